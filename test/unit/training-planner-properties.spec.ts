import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { planRooms, type PlannerInput, type PlannerMunicipality, type PreviousClass } from '../../src/training/domain/plan-rooms.js';

const MUNS: readonly PlannerMunicipality[] = [
  { id: 'm1', code: 'm1', regionId: 'R1', sortOrder: 1 },
  { id: 'm2', code: 'm2', regionId: 'R1', sortOrder: 2 },
  { id: 'm3', code: 'm3', regionId: 'R1', sortOrder: 3 },
  { id: 'm4', code: 'm4', regionId: 'R2', sortOrder: 4 },
];
const EVENT = { from: '2023-10-16', to: '2023-10-20' };

const inputArb = fc
  .record({
    groups: fc.array(
      fc.record({
        municipalityId: fc.constantFrom('m1', 'm2', 'm3', 'm4'),
        language: fc.constantFrom('SQ', 'SR', 'TR'),
        n: fc.integer({ min: 0, max: 140 }),
      }),
      { maxLength: 8 },
    ),
    rooms: fc.array(
      fc.record({
        municipalityId: fc.constantFrom('m1', 'm2', 'm3', 'm4'),
        seats: fc.integer({ min: 1, max: 45 }),
        hasProjector: fc.boolean(),
        hasTv: fc.boolean(),
        available: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
    maxClassSize: fc.integer({ min: 25, max: 30 }),
    allowSecondShift: fc.boolean(),
  })
  .map(({ groups, rooms, maxClassSize, allowSecondShift }): PlannerInput => ({
    // Trainee ids are unique across groups: a person is in one group.
    groups: groups.map((g, gi) => ({
      municipalityId: g.municipalityId,
      language: g.language,
      traineeIds: Array.from({ length: g.n }, (_, i) => `g${gi}-t${i}`),
    })),
    rooms: rooms.map((r, i) => ({
      id: `r${i}`,
      label: `Room ${i}`,
      municipalityId: r.municipalityId,
      seats: r.seats,
      hasProjector: r.hasProjector,
      hasTv: r.hasTv,
      availability: r.available ? [] : [{ from: '2023-10-01', to: '2023-10-17' }],
    })),
    municipalities: MUNS,
    event: EVENT,
    maxClassSize,
    allowSecondShift,
  }));

function expectInvariants(input: PlannerInput): void {
  const r = planRooms(input);
  const all = input.groups.flatMap((g) => g.traineeIds);
  // every trainee placed exactly once or reported in a shortfall
  const seen = new Map<string, number>();
  for (const c of r.classes) for (const t of c.traineeIds) seen.set(t, (seen.get(t) ?? 0) + 1);
  expect(seen.size).toBe(all.length);
  expect([...seen.values()].every((n) => n === 1)).toBe(true);
  const reported = new Set(r.shortfalls.flatMap((s) => s.traineeIds));
  for (const c of r.classes) {
    if (c.roomId === null) for (const t of c.traineeIds) expect(reported.has(t)).toBe(true);
    else for (const t of c.traineeIds) expect(reported.has(t)).toBe(false);
  }
  const roomById = new Map(input.rooms.map((x) => [x.id, x]));
  const slotsUsed = new Set<string>();
  for (const c of r.classes) {
    // no class over the maximum or over its room's seats; one class per room and shift
    expect(c.traineeIds.length).toBeLessThanOrEqual(input.maxClassSize);
    expect(c.traineeIds.length).toBeGreaterThan(0);
    expect(c.explanation.code).toBe(c.roomId === null ? 'CLASS_UNPLACED' : 'CLASS_PLACED');
    if (c.roomId !== null) {
      const room = roomById.get(c.roomId);
      expect(room).toBeDefined();
      expect(c.traineeIds.length).toBeLessThanOrEqual(room?.seats ?? 0);
      const slot = `${c.roomId}|${c.shift}`;
      expect(slotsUsed.has(slot)).toBe(false);
      slotsUsed.add(slot);
      if (!input.allowSecondShift) expect(c.shift).toBe('MORNING');
    }
  }
  // per group: sizes within one, exactly ceil(n / max) classes
  const byGroup = new Map<string, number[]>();
  for (const c of r.classes) {
    const k = `${c.municipalityId}|${c.language}`;
    byGroup.set(k, [...(byGroup.get(k) ?? []), c.traineeIds.length]);
  }
  for (const [k, sizes] of byGroup) {
    const n = sizes.reduce((a, b) => a + b, 0);
    const max = input.maxClassSize;
    expect(sizes.length).toBe(Math.ceil(n / max));
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(k).toContain('|');
  }
  expect(r.classes.length).toBe(r.lowerBound);
  expect(r.traineesPlaced + r.traineesUnplaced).toBe(all.length);
}

describe('planRooms properties', () => {
  it('places every trainee once or reports them; no class over max or seats; sizes within one; ceil(n/max) classes', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expectInvariants(input);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the same invariants on a pinned re-plan, and moves nobody who could stay', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (input, leave, join) => {
        const first = planRooms(input);
        const previous: PreviousClass[] = first.classes.map((c) => ({ ...c }));
        const groups = input.groups.map((g, gi) => ({
          ...g,
          traineeIds: [
            ...g.traineeIds.slice(Math.min(leave, g.traineeIds.length)),
            ...Array.from({ length: join }, (_, i) => `new-${gi}-${i}`),
          ],
        }));
        const next: PlannerInput = { ...input, groups, previous };
        expectInvariants(next);
        const r = planRooms(next);
        // unchanged input → no moves and the same classes and slots
        const same = planRooms({ ...input, previous });
        expect(same.moves).toEqual([]);
        expect(same.classes.map((c) => [c.key, c.roomId, c.shift])).toEqual(first.classes.map((c) => [c.key, c.roomId, c.shift]));
        // every move comes from a class that shrank below its stayers or closed
        for (const m of r.moves) expect(['MOVE_CLASS_OVER_SIZE', 'MOVE_CLASS_CLOSED']).toContain(m.reason);
      }),
      { numRuns: 200 },
    );
  });
});
