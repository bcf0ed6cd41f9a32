import { describe, expect, it } from '@jest/globals';
import {
  approve,
  checkApproval,
  checkRecompute,
  completeComputing,
  failComputing,
  isComputable,
  requestRecompute,
  scopesOverlap,
  startComputing,
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

  it('approve keeps the computation and records who and when', () => {
    const at = new Date('2023-12-22T08:00:00Z');
    const r = checkApproval(runs.COMPUTED, bob, 0);
    if (!r.ok) throw new Error('expected approvable');
    expect(approve(r.run, bob, at)).toEqual({ ...base, status: 'APPROVED', computedAt, approvedById: 'bob', approvedAt: at });
  });

  it('approve itself refuses the creator even when called directly', () => {
    const r = checkApproval(runs.COMPUTED, bob, 0);
    if (!r.ok) throw new Error('expected approvable');
    expect(() => approve(r.run, alice, new Date())).toThrow(RangeError);
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

  it.each<PayRunState['status']>(['COMPUTED', 'FAILED'])('a %s run goes back to the queue', (status) => {
    const r = checkRecompute(runs[status]);
    if (!r.ok) throw new Error('expected recomputable');
    expect(requestRecompute(r.run)).toEqual({ ...base, status: 'QUEUED' });
  });
});

describe('computation transitions', () => {
  it('queued → computing → computed, and a retried attempt starts from computing', () => {
    const computing = startComputing(runs.QUEUED as Extract<PayRunState, { status: 'QUEUED' }>);
    expect(computing.status).toBe('COMPUTING');
    expect(startComputing(computing).status).toBe('COMPUTING');
    expect(completeComputing(computing, computedAt)).toEqual({ ...base, status: 'COMPUTED', computedAt });
  });

  it('a computation that gives up is FAILED with its reason', () => {
    expect(failComputing(runs.COMPUTING as Extract<PayRunState, { status: 'COMPUTING' }>, 'no tariff')).toEqual({
      ...base,
      status: 'FAILED',
      failedReason: 'no tariff',
    });
  });

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
