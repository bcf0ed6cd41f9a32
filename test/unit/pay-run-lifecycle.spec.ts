import { describe, expect, it } from '@jest/globals';
import {
  checkApproval,
  checkRecompute,
  isComputable,
  PAY_RUN_TRANSITIONS,
  scopesOverlap,
  type PayRunState,
} from '../../src/payroll/domain/pay-run-lifecycle.js';

const base = { id: 'run-1', municipalityId: 'mun-a', createdById: 'alice' };
const computedAt = new Date('2023-12-20T10:00:00Z');
const runs: Record<PayRunState['status'], PayRunState> = {
  QUEUED: { ...base, status: 'QUEUED' },
  COMPUTING: { ...base, status: 'COMPUTING' },
  COMPUTED: { ...base, status: 'COMPUTED', computedAt },
  FAILED: { ...base, status: 'FAILED', failedReason: 'tariff missing' },
  APPROVED: { ...base, status: 'APPROVED', computedAt, approvedById: 'bob', approvedAt: new Date('2023-12-21T09:00:00Z') },
};
const bob = { userId: 'bob' };
const alice = { userId: 'alice' };

describe('approval rules', () => {
  it.each<[PayRunState['status'], string]>([
    ['QUEUED', 'PAY_RUN_NOT_COMPUTED'],
    ['COMPUTING', 'PAY_RUN_NOT_COMPUTED'],
    ['FAILED', 'PAY_RUN_NOT_COMPUTED'],
    ['APPROVED', 'PAY_RUN_LOCKED'],
  ])('refuses a %s run with %s', (status, code) => {
    const r = checkApproval(runs[status], bob, 0);
    expect(r.ok ? null : r.refusal.code).toBe(code);
  });

  it('four eyes: the creator cannot approve, anyone else can', () => {
    const own = checkApproval(runs.COMPUTED, alice, 0);
    expect(own.ok ? null : own.refusal.code).toBe('PAY_RUN_FOUR_EYES');
    expect(checkApproval(runs.COMPUTED, bob, 0).ok).toBe(true);
  });

  it('is stale when an overlapping run was approved after this one read its data', () => {
    const r = checkApproval(runs.COMPUTED, bob, 1);
    expect(r.ok ? null : r.refusal.code).toBe('PAY_RUN_STALE');
  });

  it('four eyes is reported before staleness (the creator must hand over anyway)', () => {
    const r = checkApproval(runs.COMPUTED, alice, 3);
    expect(r.ok ? null : r.refusal.code).toBe('PAY_RUN_FOUR_EYES');
  });
});

describe('recompute rules', () => {
  it.each<[PayRunState['status'], string | null]>([
    ['COMPUTED', null],
    ['FAILED', null],
    ['APPROVED', 'PAY_RUN_LOCKED'],
    ['QUEUED', 'PAY_RUN_NOT_COMPUTED'],
    ['COMPUTING', 'PAY_RUN_NOT_COMPUTED'],
  ])('%s → %s', (status, code) => {
    const r = checkRecompute(runs[status]);
    expect(r.ok ? null : r.refusal.code).toBe(code);
  });
});

describe('computation transitions', () => {
  it.each<[PayRunState['status'], boolean]>([
    ['QUEUED', true],
    ['COMPUTING', true],
    ['COMPUTED', false],
    ['FAILED', false],
    ['APPROVED', false],
  ])('only queued or computing runs are computed by a job: %s → %s', (status, expected) => {
    expect(isComputable(runs[status])).toBe(expected);
  });
});

describe('the transitions the database makes', () => {
  const statuses = Object.keys(runs) as PayRunState['status'][];
  const leaves = (t: keyof typeof PAY_RUN_TRANSITIONS) =>
    statuses.filter((s) => (PAY_RUN_TRANSITIONS[t].from as readonly string[]).includes(s));

  it('approval and recompute leave from exactly the statuses their checks let through', () => {
    expect(leaves('approve')).toEqual(statuses.filter((s) => checkApproval(runs[s], bob, 0).ok));
    expect(leaves('requeue')).toEqual(statuses.filter((s) => checkRecompute(runs[s]).ok));
  });

  it('a job claims what is computable, and completes or fails only what it claimed', () => {
    expect(leaves('claim')).toEqual(statuses.filter((s) => isComputable(runs[s])));
    expect(leaves('complete')).toEqual([PAY_RUN_TRANSITIONS.claim.to]);
    expect(leaves('fail')).toEqual(leaves('claim'));
  });

  it('nothing leaves APPROVED', () => {
    for (const t of Object.values(PAY_RUN_TRANSITIONS)) expect(t.from).not.toContain('APPROVED');
  });
});

describe('scopes overlap', () => {
  it.each<[string | null, string | null, boolean]>([
    [null, null, true], // national / national
    [null, 'a', true], // national overlaps every municipality
    ['a', null, true],
    ['a', 'a', true],
    ['a', 'b', false], // two municipalities never
  ])('%s / %s → %s', (a, b, expected) => {
    expect(scopesOverlap(a, b)).toBe(expected);
  });
});
