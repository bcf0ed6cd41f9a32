/**
 * The life of a contract as types (CONVENTIONS "lifecycles as types"): the database keeps the
 * status, these functions keep the rules.
 *
 *   GENERATED ──send──▶ SENT ──sign──▶ SIGNED ──end──▶ ENDED (leaving date)
 *       │                 │               │
 *       └─────────────────┴───replace─────┴──▶ REPLACED (by a new contract with a new number)
 *
 * A contract is signed only after it was sent (a paper signed on the spot is first marked
 * sent); a signature names its date and signatory and is backed by either an uploaded scan or
 * the reference of the filed paper, never both and never neither. Pure: `today` comes in.
 */
export type ContractStatus = 'GENERATED' | 'SENT' | 'SIGNED' | 'ENDED' | 'REPLACED';

/** Days as `YYYY-MM-DD` strings: they compare in calendar order and never shift across zones. */
export type IsoDay = string;

interface Base {
  readonly id: string;
  readonly periodFrom: IsoDay;
  readonly periodTo: IsoDay;
}
export interface GeneratedContract extends Base {
  readonly status: 'GENERATED';
}
export interface SentContract extends Base {
  readonly status: 'SENT';
}
export interface SignedContract extends Base {
  readonly status: 'SIGNED';
  readonly signedOn: IsoDay;
}
export interface EndedContract extends Base {
  readonly status: 'ENDED';
  readonly signedOn: IsoDay;
  readonly endedOn: IsoDay;
}
export interface ReplacedContract extends Base {
  readonly status: 'REPLACED';
}
export type ContractState = GeneratedContract | SentContract | SignedContract | EndedContract | ReplacedContract;
/** What can still be replaced: anything not yet ended or replaced. */
export type LiveContract = GeneratedContract | SentContract | SignedContract;

export type ContractAction = 'send' | 'sign' | 'end' | 'replace';

export interface ContractRefusal {
  readonly code: 'CONTRACT_TRANSITION_INVALID' | 'CONTRACT_SIGNATURE_INVALID' | 'CONTRACT_END_INVALID' | 'CONTRACT_PERIOD_INVALID';
  readonly message: string;
  /** the field at fault, with the problem as a code and parameters (`problem.<code>`) */
  readonly field?: string;
  readonly problem?: { readonly code: string; readonly params: Readonly<Record<string, string | number>> };
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: ContractRefusal };

const refuse = (
  code: ContractRefusal['code'],
  message: string,
  at?: { readonly field: string; readonly code: string; readonly params?: Readonly<Record<string, string | number>> },
): Checked<never> => ({
  ok: false,
  refusal: at === undefined ? { code, message } : { code, message, field: at.field, problem: { code: at.code, params: at.params ?? {} } },
});

/** Which statuses each action starts from. */
export const ALLOWED_FROM: Readonly<Record<ContractAction, readonly ContractStatus[]>> = {
  send: ['GENERATED'],
  sign: ['SENT'],
  end: ['SIGNED'],
  replace: ['GENERATED', 'SENT', 'SIGNED'],
};

function wrongStatus(c: ContractState, action: ContractAction): Checked<never> {
  return refuse(
    'CONTRACT_TRANSITION_INVALID',
    `a ${c.status.toLowerCase()} contract cannot be ${
      { send: 'sent', sign: 'signed', end: 'ended', replace: 'replaced' }[action]
    } (only from ${ALLOWED_FROM[action].join(' or ')})`,
  );
}

/** The period a new contract covers: from ≤ to. */
export function checkPeriod(from: IsoDay, to: IsoDay): Checked<{ from: IsoDay; to: IsoDay }> {
  if (to < from)
    return refuse('CONTRACT_PERIOD_INVALID', `the period ends (${to}) before it starts (${from})`, {
      field: 'periodTo',
      code: 'PERIOD_ENDS_BEFORE_START',
      params: { from, to },
    });
  return { ok: true, value: { from, to } };
}

export function checkSend(c: ContractState): Checked<GeneratedContract> {
  return c.status === 'GENERATED' ? { ok: true, value: c } : wrongStatus(c, 'send');
}

export function send(c: GeneratedContract): SentContract {
  return { id: c.id, periodFrom: c.periodFrom, periodTo: c.periodTo, status: 'SENT' };
}

export interface Signature {
  readonly signedOn: IsoDay;
  readonly signedBy: string;
  /** exactly one of the two */
  readonly hasScan: boolean;
  readonly paperReference: string | null;
}

export function checkSign(c: ContractState, s: Signature, today: IsoDay): Checked<{ contract: SentContract; signature: Signature }> {
  if (c.status !== 'SENT') return wrongStatus(c, 'sign');
  if (s.signedBy.trim() === '') return refuse('CONTRACT_SIGNATURE_INVALID', 'name who signed', { field: 'signedBy', code: 'REQUIRED' });
  if (s.signedOn > today)
    return refuse('CONTRACT_SIGNATURE_INVALID', `the signature date ${s.signedOn} is in the future`, {
      field: 'signedOn',
      code: 'DAY_IN_FUTURE',
    });
  const paper = s.paperReference !== null && s.paperReference.trim() !== '';
  if (s.hasScan === paper)
    return refuse(
      'CONTRACT_SIGNATURE_INVALID',
      s.hasScan
        ? 'send either a scan or a paper reference, not both'
        : 'a signature needs an uploaded scan or the reference of the filed paper',
      { field: 'paperReference', code: s.hasScan ? 'SCAN_AND_PAPER' : 'SCAN_OR_PAPER_REQUIRED' },
    );
  return { ok: true, value: { contract: c, signature: s } };
}

export function sign(c: SentContract, s: Signature): SignedContract {
  return { id: c.id, periodFrom: c.periodFrom, periodTo: c.periodTo, status: 'SIGNED', signedOn: s.signedOn };
}

/** The leaving date lies within the period covered; the contract covers nothing after it. */
export function checkEnd(c: ContractState, leavingDate: IsoDay): Checked<SignedContract> {
  if (c.status !== 'SIGNED') return wrongStatus(c, 'end');
  if (leavingDate < c.periodFrom || leavingDate > c.periodTo)
    return refuse(
      'CONTRACT_END_INVALID',
      `the leaving date ${leavingDate} is outside the contract period ${c.periodFrom} – ${c.periodTo}`,
      { field: 'leavingDate', code: 'OUTSIDE_PERIOD', params: { from: c.periodFrom, to: c.periodTo } },
    );
  return { ok: true, value: c };
}

export function end(c: SignedContract, leavingDate: IsoDay): EndedContract {
  return { ...c, status: 'ENDED', endedOn: leavingDate };
}

export function checkReplace(c: ContractState): Checked<LiveContract> {
  return c.status === 'GENERATED' || c.status === 'SENT' || c.status === 'SIGNED' ? { ok: true, value: c } : wrongStatus(c, 'replace');
}

export function replace(c: LiveContract): ReplacedContract {
  return { id: c.id, periodFrom: c.periodFrom, periodTo: c.periodTo, status: 'REPLACED' };
}

/**
 * The days a contract makes payable: a signed one its period, an ended one its period up to the
 * leaving date; one not (yet) signed or replaced covers nothing.
 */
export function coveredPeriod(c: ContractState): { from: IsoDay; to: IsoDay } | null {
  switch (c.status) {
    case 'SIGNED':
      return { from: c.periodFrom, to: c.periodTo };
    case 'ENDED':
      return c.endedOn < c.periodFrom ? null : { from: c.periodFrom, to: c.endedOn < c.periodTo ? c.endedOn : c.periodTo };
    case 'GENERATED':
    case 'SENT':
    case 'REPLACED':
      return null;
    default: {
      const never: never = c;
      throw new RangeError(`unknown contract status ${String(never)}`);
    }
  }
}
