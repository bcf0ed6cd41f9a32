import { describe, expect, it } from '@jest/globals';
import { KkrRole } from '../../src/generated/prisma/enums.js';
import { checkKkrMembers, type KkrMemberInput, type KkrProblem } from '../../src/commissions/domain/kkr-rules.js';
import { problem } from '../../src/common/errors/app-error.js';
import { inEnglish } from '../support/problems-in-english.js';

const m = (o: Partial<KkrMemberInput> & { fullName: string }): KkrMemberInput => ({
  currentJob: 'Officer',
  kkrRole: KkrRole.MEMBER,
  isMunicipalStaff: false,
  isContactPerson: false,
  phone: null,
  email: null,
  ...o,
});

const chair = m({ fullName: 'Agim Bajrami', kkrRole: KkrRole.CHAIR, isMunicipalStaff: true, currentJob: 'Mayor' });
const deputy = m({
  fullName: 'Shpresa Kelmendi',
  kkrRole: KkrRole.DEPUTY_CHAIR,
  isMunicipalStaff: true,
  isContactPerson: true,
  email: 'Shpresa.K@Example.org',
});
const staffContact = m({
  fullName: 'Driton Hasani',
  kkrRole: KkrRole.SECRETARY,
  isMunicipalStaff: true,
  isContactPerson: true,
  phone: '+383 44 123 456',
});
const outsider = m({ fullName: 'Nenad Ristić', isMunicipalStaff: false });
const valid = [chair, deputy, staffContact, outsider];

const problemsOf = (list: readonly KkrMemberInput[]): Array<[number | undefined, string]> => {
  const r = checkKkrMembers(list);
  return r.ok ? [] : r.problems.map((p: KkrProblem) => [p.position, p.field]);
};

describe('checkKkrMembers', () => {
  it('accepts a valid list, numbers positions 1..n in list order and normalises fields', () => {
    const r = checkKkrMembers([...valid, m({ fullName: '  Mimoza   Osmani ', email: ' ' })]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.members.map((x) => x.position)).toEqual([1, 2, 3, 4, 5]);
    expect(r.members[1]?.email).toBe('shpresa.k@example.org');
    expect(r.members[4]).toMatchObject({ fullName: 'Mimoza Osmani', email: null });
  });

  it('accepts a list without a chair (the letter asks for a deputy chair, not a chair)', () => {
    expect(problemsOf([deputy, staffContact])).toEqual([]);
  });

  it('accepts 11 members', () => {
    const list = [...valid, ...Array.from({ length: 7 }, (_, i) => m({ fullName: `Member ${'abcdefg'[i]}` }))];
    expect(list).toHaveLength(11);
    expect(problemsOf(list)).toEqual([]);
  });

  it.each<[string, KkrMemberInput[], Array<[number | undefined, string]>]>([
    ['no members', [], [[undefined, 'members']]],
    [
      '12 members',
      [...valid, ...Array.from({ length: 8 }, (_, i) => m({ fullName: `Member ${'abcdefgh'[i]}` }))],
      [[undefined, 'members']],
    ],
    [
      'no contact person',
      [chair, { ...deputy, isContactPerson: false }, { ...staffContact, isContactPerson: false }],
      [
        [undefined, 'isContactPerson'],
        [2, 'isContactPerson'],
      ],
    ],
    [
      'one contact person (only the deputy chair)',
      [chair, deputy, { ...staffContact, isContactPerson: false }],
      [[undefined, 'isContactPerson']],
    ],
    [
      'three contact persons',
      [chair, deputy, staffContact, { ...outsider, isMunicipalStaff: true, isContactPerson: true }],
      [[undefined, 'isContactPerson']],
    ],
    [
      'the deputy chair is not a contact, two staff members are',
      [chair, { ...deputy, isContactPerson: false }, staffContact, { ...outsider, isMunicipalStaff: true, isContactPerson: true }],
      [[2, 'isContactPerson']],
    ],
    ['the second contact is not municipal staff', [chair, deputy, { ...staffContact, isMunicipalStaff: false }], [[3, 'isMunicipalStaff']]],
    [
      'the chair as second contact without being municipal staff',
      [{ ...chair, isMunicipalStaff: false, isContactPerson: true }, deputy],
      [[1, 'isMunicipalStaff']],
    ],
    [
      'the same person as deputy chair and as second contact',
      [chair, deputy, { ...staffContact, fullName: 'Shpresa Kelmendi', email: 'shpresa.k@example.org' }],
      [[3, 'fullName']],
    ],
    ['two deputy chairs (both contacts)', [chair, deputy, { ...staffContact, kkrRole: KkrRole.DEPUTY_CHAIR }], [[3, 'kkrRole']]],
    ['no deputy chair', [chair, { ...deputy, kkrRole: KkrRole.MEMBER }, staffContact], [[undefined, 'kkrRole']]],
    ['two chairs', [chair, deputy, staffContact, { ...outsider, kkrRole: KkrRole.CHAIR }], [[4, 'kkrRole']]],
    [
      'a bad e-mail, phone, name and empty job',
      [
        chair,
        { ...deputy, email: 'not-an-email' },
        { ...staffContact, phone: 'call me' },
        { ...outsider, fullName: 'R2-D2', currentJob: '  ' },
      ],
      [
        [2, 'email'],
        [3, 'phone'],
        [4, 'fullName'],
        [4, 'currentJob'],
      ],
    ],
  ])('refuses %s', (_label, list, expected) => {
    expect(problemsOf(list)).toEqual(expected);
  });

  it('keeps two different people of the same name apart by their e-mail', () => {
    expect(
      problemsOf(
        [...valid, { ...outsider, email: 'other@example.org' }].map((x, i) => (i === 3 ? { ...x, email: 'nenad@example.org' } : x)),
      ),
    ).toEqual([]);
  });

  it('reports every problem at once with readable reasons', () => {
    const r = checkKkrMembers([
      { ...chair, isContactPerson: true },
      { ...chair, fullName: 'Vjosa Berisha', email: 'x' },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(
      inEnglish(
        r.problems.map(({ position, field, code, params }) => problem(code, params, { field, ...(position ? { row: position } : {}) })),
      ),
    ).toEqual([
      { row: 2, field: 'email', reason: 'must be an e-mail address' },
      { row: 2, field: 'kkrRole', reason: 'a KKR has at most one CHAIR; position 1 is already the chair' },
      { field: 'kkrRole', reason: 'exactly one member must be DEPUTY_CHAIR; none is' },
      {
        field: 'isContactPerson',
        reason: 'exactly two contact persons are required, the deputy chair and a municipal staff member; only position 1 is marked',
      },
    ]);
  });
});
