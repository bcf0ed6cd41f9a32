import type { z } from 'zod';
import { zodProblem } from '../../common/errors/zod-problem.js';
import type { NoticeParam } from '../../common/text/notice.js';
import { KkrRole } from '../../generated/prisma/enums.js';
import { EMAIL, FULL_NAME, PHONE } from '../../staff/domain/staff-fields.js';

/**
 * The municipal census commission (KKR) member list, Table 1 of the ASK letter of 26 Sep 2023:
 *  - 1 to 11 members;
 *  - at most one chair and exactly one deputy chair;
 *  - exactly two permanent contact points with ASK: the deputy chair, and a municipal staff
 *    member who also sits on the KKR (so a different person from the deputy chair);
 *  - names, e-mails and phones valid where given (same rules as for field staff).
 * `checkKkrMembers` reports every problem at once, each naming the member's position (1-based,
 * list order) and field, so a clerk can fix the whole table in one pass.
 */
export const KKR_MAX_MEMBERS = 11;

export interface KkrMemberInput {
  readonly fullName: string;
  readonly currentJob: string;
  readonly kkrRole: KkrRole;
  readonly isMunicipalStaff: boolean;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly isContactPerson: boolean;
}

export interface KkrMember {
  readonly position: number;
  readonly fullName: string;
  readonly currentJob: string;
  readonly kkrRole: KkrRole;
  readonly isMunicipalStaff: boolean;
  readonly phone: string | null;
  readonly email: string | null;
  readonly isContactPerson: boolean;
}

/** `position` is absent for problems of the list as a whole. */
export interface KkrProblem {
  readonly position?: number;
  readonly field: string;
  readonly code: string;
  readonly params: Readonly<Record<string, NoticeParam>>;
}

export type KkrCheck =
  { readonly ok: true; readonly members: readonly KkrMember[] } | { readonly ok: false; readonly problems: readonly KkrProblem[] };

const positionsOf = (ms: readonly KkrMember[]): string => ms.map((m) => m.position).join(', ');
const blankToNull = (s: string | null | undefined): string | null => (s === undefined || s === null || s.trim() === '' ? null : s);

/** Same person twice: same name and no e-mail or phone that tells them apart. */
function samePerson(a: KkrMember, b: KkrMember): boolean {
  if (a.fullName.toLocaleLowerCase() !== b.fullName.toLocaleLowerCase()) return false;
  if (a.email !== null && b.email !== null && a.email !== b.email) return false;
  if (a.phone !== null && b.phone !== null && a.phone.replace(/\D/g, '') !== b.phone.replace(/\D/g, '')) return false;
  return true;
}

/** The first issue of a field rule as a coded problem. */
function issueOf(error: z.ZodError, field: string): { field: string; code: string; params: Readonly<Record<string, NoticeParam>> } {
  const issue = error.issues[0];
  const p = issue ? zodProblem(issue, field) : { code: 'INVALID', params: {} };
  return { field, code: p.code, params: p.params ?? {} };
}

export function checkKkrMembers(input: readonly KkrMemberInput[]): KkrCheck {
  const problems: KkrProblem[] = [];
  if (input.length === 0) problems.push({ field: 'members', code: 'TOO_FEW', params: { minimum: 1 } });
  if (input.length > KKR_MAX_MEMBERS)
    problems.push({ field: 'members', code: 'KKR_TOO_MANY', params: { maximum: KKR_MAX_MEMBERS, given: input.length } });

  const members: KkrMember[] = input.map((m, i) => {
    const position = i + 1;
    const name = FULL_NAME.safeParse(m.fullName);
    if (!name.success) problems.push({ position, ...issueOf(name.error, 'fullName') });
    const currentJob = m.currentJob.trim().replace(/\s+/g, ' ');
    if (currentJob.length === 0) problems.push({ position, field: 'currentJob', code: 'REQUIRED', params: {} });
    if (currentJob.length > 200) problems.push({ position, field: 'currentJob', code: 'TOO_LONG', params: { maximum: 200 } });
    let phone = blankToNull(m.phone);
    if (phone !== null) {
      const r = PHONE.safeParse(phone);
      if (r.success) phone = r.data;
      else problems.push({ position, ...issueOf(r.error, 'phone') });
    }
    let email = blankToNull(m.email);
    if (email !== null) {
      const r = EMAIL.safeParse(email);
      if (r.success) email = r.data;
      else problems.push({ position, ...issueOf(r.error, 'email') });
    }
    return {
      position,
      fullName: name.success ? name.data : m.fullName,
      currentJob,
      kkrRole: m.kkrRole,
      isMunicipalStaff: m.isMunicipalStaff,
      phone,
      email,
      isContactPerson: m.isContactPerson,
    };
  });

  for (const [j, b] of members.entries()) {
    const a = members.slice(0, j).find((x) => samePerson(x, b));
    if (a)
      problems.push({
        position: b.position,
        field: 'fullName',
        code: 'KKR_SAME_PERSON',
        params: { position: a.position },
      });
  }

  const chairs = members.filter((m) => m.kkrRole === KkrRole.CHAIR);
  for (const extra of chairs.slice(1)) {
    problems.push({
      position: extra.position,
      field: 'kkrRole',
      code: 'KKR_ONE_CHAIR',
      params: { position: chairs[0]?.position ?? 0 },
    });
  }
  const deputies = members.filter((m) => m.kkrRole === KkrRole.DEPUTY_CHAIR);
  if (members.length > 0 && deputies.length === 0) problems.push({ field: 'kkrRole', code: 'KKR_NO_DEPUTY', params: {} });
  for (const extra of deputies.slice(1)) {
    problems.push({
      position: extra.position,
      field: 'kkrRole',
      code: 'KKR_ONE_DEPUTY',
      params: { position: deputies[0]?.position ?? 0 },
    });
  }

  // Contact points (letter, point 1): the deputy chair plus a municipal staff member of the KKR.
  const contacts = members.filter((m) => m.isContactPerson);
  if (members.length > 0 && contacts.length !== 2) {
    problems.push({
      field: 'isContactPerson',
      code: 'KKR_TWO_CONTACTS',
      params: { count: contacts.length, positions: positionsOf(contacts) },
    });
  }
  const deputy = deputies.length === 1 ? deputies[0] : undefined;
  if (deputy && !deputy.isContactPerson) {
    problems.push({
      position: deputy.position,
      field: 'isContactPerson',
      code: 'KKR_DEPUTY_CONTACT',
      params: {},
    });
  }
  for (const c of contacts) {
    if (c.kkrRole !== KkrRole.DEPUTY_CHAIR && !c.isMunicipalStaff) {
      problems.push({
        position: c.position,
        field: 'isMunicipalStaff',
        code: 'KKR_CONTACT_STAFF',
        params: {},
      });
    }
  }

  return problems.length > 0 ? { ok: false, problems } : { ok: true, members };
}
