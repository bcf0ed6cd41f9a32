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
  readonly reason: string;
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

export function checkKkrMembers(input: readonly KkrMemberInput[]): KkrCheck {
  const problems: KkrProblem[] = [];
  if (input.length === 0) problems.push({ field: 'members', reason: 'the list needs at least one member' });
  if (input.length > KKR_MAX_MEMBERS)
    problems.push({ field: 'members', reason: `a KKR has at most ${KKR_MAX_MEMBERS} members; ${input.length} given` });

  const members: KkrMember[] = input.map((m, i) => {
    const position = i + 1;
    const name = FULL_NAME.safeParse(m.fullName);
    if (!name.success) problems.push({ position, field: 'fullName', reason: name.error.issues[0]?.message ?? 'is not a valid name' });
    const currentJob = m.currentJob.trim().replace(/\s+/g, ' ');
    if (currentJob.length === 0) problems.push({ position, field: 'currentJob', reason: 'must not be empty' });
    if (currentJob.length > 200) problems.push({ position, field: 'currentJob', reason: 'must have at most 200 characters' });
    let phone = blankToNull(m.phone);
    if (phone !== null) {
      const r = PHONE.safeParse(phone);
      if (r.success) phone = r.data;
      else problems.push({ position, field: 'phone', reason: r.error.issues[0]?.message ?? 'is not a phone number' });
    }
    let email = blankToNull(m.email);
    if (email !== null) {
      const r = EMAIL.safeParse(email);
      if (r.success) email = r.data;
      else problems.push({ position, field: 'email', reason: r.error.issues[0]?.message ?? 'is not an e-mail address' });
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
        reason: `the same person is already listed at position ${a.position}; one person holds one row`,
      });
  }

  const chairs = members.filter((m) => m.kkrRole === KkrRole.CHAIR);
  for (const extra of chairs.slice(1)) {
    problems.push({
      position: extra.position,
      field: 'kkrRole',
      reason: `a KKR has at most one CHAIR; position ${chairs[0]?.position} is already the chair`,
    });
  }
  const deputies = members.filter((m) => m.kkrRole === KkrRole.DEPUTY_CHAIR);
  if (members.length > 0 && deputies.length === 0)
    problems.push({ field: 'kkrRole', reason: 'exactly one member must be DEPUTY_CHAIR; none is' });
  for (const extra of deputies.slice(1)) {
    problems.push({
      position: extra.position,
      field: 'kkrRole',
      reason: `a KKR has exactly one DEPUTY_CHAIR; position ${deputies[0]?.position} is already the deputy chair`,
    });
  }

  // Contact points (letter, point 1): the deputy chair plus a municipal staff member of the KKR.
  const contacts = members.filter((m) => m.isContactPerson);
  if (members.length > 0 && contacts.length !== 2) {
    const found =
      contacts.length === 0
        ? 'none is marked'
        : contacts.length === 1
          ? `only position ${positionsOf(contacts)} is marked`
          : `${contacts.length} are marked (positions ${positionsOf(contacts)})`;
    problems.push({
      field: 'isContactPerson',
      reason: `exactly two contact persons are required, the deputy chair and a municipal staff member; ${found}`,
    });
  }
  const deputy = deputies.length === 1 ? deputies[0] : undefined;
  if (deputy && !deputy.isContactPerson) {
    problems.push({
      position: deputy.position,
      field: 'isContactPerson',
      reason: 'the deputy chair must be one of the two contact persons',
    });
  }
  for (const c of contacts) {
    if (c.kkrRole !== KkrRole.DEPUTY_CHAIR && !c.isMunicipalStaff) {
      problems.push({
        position: c.position,
        field: 'isMunicipalStaff',
        reason: 'the contact person besides the deputy chair must be a municipal staff member',
      });
    }
  }

  return problems.length > 0 ? { ok: false, problems } : { ok: true, members };
}
