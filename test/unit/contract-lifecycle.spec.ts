import { describe, expect, it } from '@jest/globals';
import {
  ALLOWED_FROM,
  checkEnd,
  checkPeriod,
  checkReplace,
  checkSend,
  checkSign,
  coveredPeriod,
  end,
  replace,
  send,
  sign,
  type ContractAction,
  type ContractState,
  type ContractStatus,
  type Signature,
} from '../../src/contracts/domain/contract-lifecycle.js';
import { contractNumber } from '../../src/contracts/domain/contract-number.js';
import { sniffScan } from '../../src/contracts/domain/contract-scan.js';

const period = { id: 'c1', periodFrom: '2023-10-15', periodTo: '2023-12-15' };
const at: Record<ContractStatus, ContractState> = {
  GENERATED: { ...period, status: 'GENERATED' },
  SENT: { ...period, status: 'SENT' },
  SIGNED: { ...period, status: 'SIGNED', signedOn: '2023-10-14' },
  ENDED: { ...period, status: 'ENDED', signedOn: '2023-10-14', endedOn: '2023-11-30' },
  REPLACED: { ...period, status: 'REPLACED' },
};
const paper: Signature = { signedOn: '2023-10-14', signedBy: 'Arta K.', hasScan: false, paperReference: 'ARK/1' };
const TODAY = '2023-10-20';

const attempt: Record<ContractAction, (c: ContractState) => { ok: boolean; code?: string }> = {
  send: (c) => {
    const r = checkSend(c);
    return r.ok ? { ok: true } : { ok: false, code: r.refusal.code };
  },
  sign: (c) => {
    const r = checkSign(c, paper, TODAY);
    return r.ok ? { ok: true } : { ok: false, code: r.refusal.code };
  },
  end: (c) => {
    const r = checkEnd(c, '2023-11-30');
    return r.ok ? { ok: true } : { ok: false, code: r.refusal.code };
  },
  replace: (c) => {
    const r = checkReplace(c);
    return r.ok ? { ok: true } : { ok: false, code: r.refusal.code };
  },
};

describe('contract transitions: every action from every status', () => {
  const statuses = Object.keys(at) as ContractStatus[];
  const actions = Object.keys(ALLOWED_FROM) as ContractAction[];
  const table = actions.flatMap((a) => statuses.map((s) => [a, s, ALLOWED_FROM[a].includes(s)] as const));
  it.each(table)('%s from %s allowed: %s', (action, status, allowed) => {
    expect(attempt[action](at[status])).toEqual(allowed ? { ok: true } : { ok: false, code: 'CONTRACT_TRANSITION_INVALID' });
  });

  it('walks generated → sent → signed → ended', () => {
    const s1 = send(at.GENERATED as never);
    expect(s1.status).toBe('SENT');
    const s2 = sign(s1, paper);
    expect(s2).toMatchObject({ status: 'SIGNED', signedOn: '2023-10-14' });
    expect(end(s2, '2023-11-30')).toMatchObject({ status: 'ENDED', endedOn: '2023-11-30' });
    expect(replace(s2).status).toBe('REPLACED');
  });
});

describe('signatures', () => {
  it.each([
    ['paper reference only', paper, null],
    ['scan only', { ...paper, hasScan: true, paperReference: null }, null],
    ['both', { ...paper, hasScan: true }, 'paperReference'],
    ['neither', { ...paper, paperReference: null }, 'paperReference'],
    ['a blank paper reference counts as none', { ...paper, paperReference: '   ' }, 'paperReference'],
    ['no signatory', { ...paper, signedBy: ' ' }, 'signedBy'],
    ['signed today', { ...paper, signedOn: TODAY }, null],
    ['signed tomorrow', { ...paper, signedOn: '2023-10-21' }, 'signedOn'],
  ] as const)('%s', (_label, s, field) => {
    const r = checkSign(at.SENT, s, TODAY);
    expect(r.ok ? null : { code: r.refusal.code, field: r.refusal.field }).toEqual(
      field === null ? null : { code: 'CONTRACT_SIGNATURE_INVALID', field },
    );
  });
});

describe('leaving dates and periods', () => {
  it.each([
    ['2023-10-15', true], // first day of the period
    ['2023-12-15', true], // last day
    ['2023-10-14', false], // a day before
    ['2023-12-16', false], // a day after
  ])('ending on %s allowed: %s', (leaving, ok) => {
    const r = checkEnd(at.SIGNED, leaving);
    expect(r.ok ? null : { code: r.refusal.code, field: r.refusal.field }).toEqual(
      ok ? null : { code: 'CONTRACT_END_INVALID', field: 'leavingDate' },
    );
  });

  it.each([
    ['2023-10-15', '2023-10-15', true],
    ['2023-10-15', '2023-10-14', false],
  ])('period %s – %s valid: %s', (from, to, ok) => {
    expect(checkPeriod(from, to).ok).toBe(ok);
  });

  it.each([
    ['GENERATED', null],
    ['SENT', null],
    ['SIGNED', { from: '2023-10-15', to: '2023-12-15' }],
    ['ENDED', { from: '2023-10-15', to: '2023-11-30' }],
    ['REPLACED', null],
  ] as const)('a %s contract covers %j', (status, covered) => {
    expect(coveredPeriod(at[status])).toEqual(covered);
  });
});

describe('numbers and scans', () => {
  it.each([
    ['xk-2023', 1, 'xk-2023-000001'],
    ['xk-2023', 123, 'xk-2023-000123'],
    ['xk-2024', 1_234_567, 'xk-2024-1234567'],
  ])('%s #%d → %s', (code, seq, out) => {
    expect(contractNumber(code, seq)).toBe(out);
  });

  it.each([[0], [-1], [1.5]])('refuses sequence %d', (seq) => {
    expect(() => contractNumber('xk', seq)).toThrow(RangeError);
  });

  it.each([
    ['%PDF-1.7', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'application/pdf'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
    ['an executable', [0x4d, 0x5a, 0x90, 0x00], null],
    ['HTML', [...Buffer.from('<html>')], null],
    ['nothing', [], null],
  ])('sniffs %s as %s', (_label, bytes, type) => {
    expect(sniffScan(Uint8Array.from(bytes))).toBe(type);
  });
});
