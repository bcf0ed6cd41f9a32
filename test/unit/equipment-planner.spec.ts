import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_KITS, kitsWithDefaults, sparesFor } from '../../src/equipment/domain/kits.js';
import { planDistribution, type PlannerInput, type StockItem } from '../../src/equipment/domain/distribution-planner.js';

const pad = (n: number) => String(n).padStart(4, '0');
const stock = (code: string, prefix: string, n: number): StockItem[] =>
  Array.from({ length: n }, (_, i) => ({ serial: `${prefix}-${pad(i + 1)}`, typeCode: code }));
const enumerators = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ staffId: `e-${pad(i + 1)}`, fullName: `Enumerator ${pad(i + 1)}`, role: 'ENUMERATOR' as const }));

const base = (o: Partial<PlannerInput> = {}): PlannerInput => ({
  people: [],
  kits: DEFAULT_KITS,
  typeNames: {},
  available: [],
  held: [],
  sparePercent: 10,
  sessions: new Map(),
  ...o,
});

describe('spares rounding: ceil(needed × percent ÷ 100)', () => {
  it.each([
    // needed, percent, spares
    [0, 10, 0],
    [1, 10, 1], // 0.1 → 1
    [10, 10, 1], // exactly 1
    [11, 10, 2], // 1.1 → 2
    [50, 10, 5],
    [52, 10, 6], // 5.2 → 6
    [57, 0, 0],
    [30, 15, 5], // 4.5 → 5
    [7, 100, 7],
  ])('%i items at %i %% → %i spares', (needed, percent, spares) => {
    expect(sparesFor(needed, percent)).toBe(spares);
  });

  it('refuses fractions and out-of-range percentages', () => {
    expect(() => sparesFor(1.5, 10)).toThrow(RangeError);
    expect(() => sparesFor(10, 101)).toThrow(RangeError);
    expect(() => sparesFor(-1, 10)).toThrow(RangeError);
  });
});

describe('kit definitions', () => {
  it('uses the defaults for a role without a stored definition', () => {
    const k = kitsWithDefaults({ SUPERVISOR: [{ typeCode: 'LAPTOP', quantity: 1 }] });
    expect(k.SUPERVISOR).toEqual([{ typeCode: 'LAPTOP', quantity: 1 }]);
    expect(k.ENUMERATOR.map((l) => l.typeCode)).toEqual(['BAG', 'TABLET', 'POWER_BANK']);
  });
});

describe('distribution planner', () => {
  it('gives everyone a complete kit with serials and keeps spares when stock suffices', () => {
    const plan = planDistribution(
      base({
        people: [...enumerators(2), { staffId: 's-1', fullName: 'Zana Supervisor', role: 'SUPERVISOR' }],
        available: [...stock('BAG', 'BG', 3), ...stock('TABLET', 'TB', 4), ...stock('POWER_BANK', 'PB', 3), ...stock('LAPTOP', 'LP', 2)],
      }),
    );
    // Supervisors first, serials in order.
    expect(plan.lines.map((l) => [l.staffId, l.items.map((i) => i.serial)])).toEqual([
      ['s-1', ['LP-0001', 'TB-0001']],
      ['e-0001', ['BG-0001', 'TB-0002', 'PB-0001']],
      ['e-0002', ['BG-0002', 'TB-0003', 'PB-0002']],
    ]);
    expect(plan.lines.every((l) => l.complete)).toBe(true);
    // 1 laptop → 1 spare wanted, none left; 3 tablets → 1 spare (TB-0004); bags 2 → 1 spare.
    expect(plan.spares).toEqual([
      { typeCode: 'LAPTOP', wanted: 1, serials: ['LP-0002'] },
      { typeCode: 'TABLET', wanted: 1, serials: ['TB-0004'] },
      { typeCode: 'BAG', wanted: 1, serials: ['BG-0003'] },
      { typeCode: 'POWER_BANK', wanted: 1, serials: ['PB-0003'] },
    ]);
    expect(plan.missing.shortfalls).toEqual([]);
    expect(plan.missing.items).toEqual([]);
  });

  it('lists precisely what is missing: the example of the brief', () => {
    // 47 enumerators + 5 supervisors = 52 tablets; at 9 %: spares ceil(52 × 9 ÷ 100 = 4.68) = 5 → need 57; have 54 → 3 missing.
    // Power banks: 47 + ceil(4.23) = 5 → need 52; have 51 → 1 missing.
    const people = [
      ...enumerators(47),
      ...Array.from({ length: 5 }, (_, i) => ({ staffId: `s-${i}`, fullName: `Sup ${i}`, role: 'SUPERVISOR' as const })),
    ];
    const plan = planDistribution(
      base({
        people,
        sparePercent: 9,
        available: [
          ...stock('TABLET', 'TB', 54),
          ...stock('BAG', 'BG', 52),
          ...stock('POWER_BANK', 'PB', 51),
          ...stock('LAPTOP', 'LP', 6), // 5 + 1
        ],
      }),
    );
    expect(plan.needs.find((n) => n.typeCode === 'TABLET')).toMatchObject({ forPeople: 52, spares: 5, need: 57, have: 54, missing: 3 });
    expect(plan.missing.items).toEqual([
      { typeCode: 'TABLET', count: 3 },
      { typeCode: 'POWER_BANK', count: 1 },
    ]);
    expect(plan.missing.shortfalls).toEqual([
      { code: 'EQUIPMENT_SHORT', params: { type: 'Tablet', missing: 3, need: 57, spares: 5, have: 54 } },
      { code: 'EQUIPMENT_SHORT', params: { type: 'Power bank', missing: 1, need: 52, spares: 5, have: 51 } },
    ]);
    // People come before spares: every kit is complete, spares are short.
    expect(plan.missing.incompleteKits).toEqual([]);
    expect(plan.spares.find((s) => s.typeCode === 'TABLET')?.serials).toHaveLength(2);
  });

  it('names a single missing type in the short form of the brief', () => {
    const plan = planDistribution(
      base({
        people: enumerators(2),
        kits: { ...DEFAULT_KITS, ENUMERATOR: [{ typeCode: 'TABLET', quantity: 1 }] },
        available: stock('TABLET', 'TB', 1),
      }),
    );
    // need 2 + ceil(0.2) = 3, have 1
    expect(plan.missing.shortfalls).toEqual([
      { code: 'EQUIPMENT_SHORT', params: { type: 'Tablet', missing: 2, need: 3, spares: 1, have: 1 } },
    ]);
    expect(plan.missing.incompleteKits).toEqual([{ staffId: 'e-0002', fullName: 'Enumerator 0002', typeCodes: ['TABLET'] }]);
    expect(plan.lines[1]).toMatchObject({ complete: false, items: [{ typeCode: 'TABLET', serial: null, alreadyIssued: false }] });
  });

  it('keeps items a person already holds in their own kit and counts them as had', () => {
    const plan = planDistribution(
      base({
        people: enumerators(1),
        kits: { ...DEFAULT_KITS, ENUMERATOR: [{ typeCode: 'TABLET', quantity: 1 }] },
        held: [{ serial: 'TB-0900', typeCode: 'TABLET', staffId: 'e-0001' }],
        available: stock('TABLET', 'TB', 1),
        sparePercent: 0,
      }),
    );
    expect(plan.lines[0]?.items).toEqual([{ typeCode: 'TABLET', serial: 'TB-0900', alreadyIssued: true }]);
    expect(plan.needs[0]).toMatchObject({ typeCode: 'LAPTOP', need: 0 });
    expect(plan.needs.find((n) => n.typeCode === 'TABLET')).toMatchObject({ need: 1, have: 2, missing: 0 });
  });

  it('notes SESSION_NOT_PLANNED per person without a training session and lists them', () => {
    const session = { startDate: '2023-10-16', endDate: '2023-10-20', venueName: 'Shkolla Lidhja', roomName: 'Room 1', shift: 'MORNING' };
    const plan = planDistribution(base({ people: enumerators(2), sessions: new Map([['e-0001', session]]) }));
    expect(plan.lines.map((l) => [l.session, l.sessionNote])).toEqual([
      [session, null],
      [null, 'SESSION_NOT_PLANNED'],
    ]);
    expect(plan.missing.sessionsNotPlanned).toEqual([{ staffId: 'e-0002', fullName: 'Enumerator 0002' }]);
  });

  it('is deterministic whatever the input order, and never hands one serial out twice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 30 }), (n, tablets, pct) => {
        const people = enumerators(n);
        const available = stock('TABLET', 'TB', tablets);
        const a = planDistribution(base({ people, available, sparePercent: pct }));
        const b = planDistribution(base({ people: [...people].reverse(), available: [...available].reverse(), sparePercent: pct }));
        expect(b).toEqual(a);
        const serials = [
          ...a.lines.flatMap((l) => l.items.map((i) => i.serial)).filter((s): s is string => s !== null),
          ...a.spares.flatMap((s) => s.serials),
        ];
        expect(new Set(serials).size).toBe(serials.length);
        const t = a.needs.find((x) => x.typeCode === 'TABLET');
        expect(t?.missing).toBe(Math.max(0, n + sparesFor(n, pct) - tablets));
      }),
    );
  });
});
