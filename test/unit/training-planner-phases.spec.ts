import { describe, expect, it } from '@jest/globals';
import { formClasses, mergeGroups } from '../../src/training/domain/planner-classes.js';
import type { PlannerMunicipality, PlannerRoom, WorkClass } from '../../src/training/domain/planner-model.js';
import { Neighbours } from '../../src/training/domain/planner-neighbours.js';
import { keepPinnedSlots, placeInOwnMunicipality, placeInRegion, placementOrder } from '../../src/training/domain/planner-placement.js';
import { explainClasses, shortfallsOf, traineeTotals } from '../../src/training/domain/planner-report.js';
import { openSlots } from '../../src/training/domain/planner-slots.js';

/** The planner's phases one by one (plan-rooms.ts runs them in this order). */

const EVENT = { from: '2023-10-16', to: '2023-10-20' };
const BOTH = ['MORNING', 'AFTERNOON'] as const;
const MUNS: readonly PlannerMunicipality[] = [
  { id: 'pr', code: 'prishtine', regionId: 'R1', sortOrder: 1 },
  { id: 'ob', code: 'obiliq', regionId: 'R1', sortOrder: 2 },
  { id: 'fk', code: 'fushe-kosove', regionId: 'R1', sortOrder: 3 },
  { id: 'pz', code: 'prizren', regionId: 'R2', sortOrder: 4 },
];
const codeOf = (id: string): string => MUNS.find((m) => m.id === id)?.code ?? id;
const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const room = (id: string, municipalityId: string, seats: number, extra: Partial<PlannerRoom> = {}): PlannerRoom => ({
  id,
  municipalityId,
  label: `School, ${id}`,
  seats,
  hasProjector: false,
  hasTv: false,
  availability: [],
  ...extra,
});
const work = (key: string, municipalityId: string, n: number): WorkClass => ({
  key,
  municipalityId,
  language: 'SQ',
  traineeIds: ids(`${key}-`, n),
  placement: null,
  why: null,
});

describe('formClasses (phase 1)', () => {
  it('splits a group into the fewest classes with sizes differing by at most one: 61 / 30 → 21, 20, 20', () => {
    const {
      work: classes,
      lowerBound,
      moves,
    } = formClasses({
      groups: [{ municipalityId: 'pr', language: 'SQ', traineeIds: ids('t', 61) }],
      rooms: [],
      municipalities: MUNS,
      event: EVENT,
      maxClassSize: 30,
    });
    expect(classes.map((c) => [c.key, c.traineeIds.length])).toEqual([
      ['pr|SQ|1', 21],
      ['pr|SQ|2', 20],
      ['pr|SQ|3', 20],
    ]);
    expect(lowerBound).toBe(3);
    expect(moves).toEqual([]);
  });

  it('merges pieces of one (municipality, language) group and drops empty groups', () => {
    expect(
      mergeGroups([
        { municipalityId: 'pr', language: 'SQ', traineeIds: ['a'] },
        { municipalityId: 'pr', language: 'SQ', traineeIds: ['b'] },
        { municipalityId: 'ob', language: 'SR', traineeIds: [] },
      ]),
    ).toEqual([{ municipalityId: 'pr', language: 'SQ', traineeIds: ['a', 'b'] }]);
  });

  it('on a re-plan keeps stayers in their class and reports who moved when a class closes', () => {
    const { work: classes, moves } = formClasses({
      groups: [{ municipalityId: 'pr', language: 'SQ', traineeIds: ['a', 'b', 'c'] }],
      rooms: [],
      municipalities: MUNS,
      event: EVENT,
      maxClassSize: 30,
      previous: [
        { key: 'pr|SQ|1', municipalityId: 'pr', language: 'SQ', roomId: null, shift: null, traineeIds: ['a', 'b'] },
        { key: 'pr|SQ|2', municipalityId: 'pr', language: 'SQ', roomId: null, shift: null, traineeIds: ['c'] },
      ],
    });
    expect(classes.map((c) => [c.key, c.traineeIds])).toEqual([['pr|SQ|1', ['a', 'b', 'c']]]);
    expect(moves).toEqual([
      { traineeId: 'c', municipalityId: 'pr', fromClassKey: 'pr|SQ|2', toClassKey: 'pr|SQ|1', reason: 'MOVE_CLASS_CLOSED' },
    ]);
  });
});

describe('openSlots (phase 2)', () => {
  it('offers morning before afternoon, equipped before plain, then the smallest room that fits', () => {
    const slots = openSlots([room('big', 'pr', 40), room('small', 'pr', 25), room('tv', 'pr', 35, { hasTv: true })], EVENT, BOTH);
    expect(slots.takeIn('pr', 20)).toMatchObject({ room: { id: 'tv' }, shift: 'MORNING' });
    expect(slots.takeIn('pr', 20)).toMatchObject({ room: { id: 'small' }, shift: 'MORNING' });
    expect(slots.takeIn('pr', 20)).toMatchObject({ room: { id: 'big' }, shift: 'MORNING' });
    expect(slots.takeIn('pr', 20)).toMatchObject({ room: { id: 'tv' }, shift: 'AFTERNOON' });
    expect(slots.largestFreeIn('pr')).toBe(40);
  });

  it('leaves out rooms without seats or not free for the whole event, and slots other plans hold', () => {
    const slots = openSlots(
      [
        room('empty', 'pr', 0),
        room('part', 'ob', 30, { availability: [{ from: '2023-10-17', to: '2023-10-20' }] }),
        room('held', 'fk', 30),
      ],
      EVENT,
      ['MORNING'],
      [{ roomId: 'held', shift: 'MORNING' }],
    );
    expect([slots.has('pr'), slots.has('ob'), slots.has('fk')]).toEqual([false, false, true]);
    expect(slots.takeIn('fk', 1)).toBeUndefined();
    expect(slots.roomCount('fk')).toBe(1);
  });
});

describe('keepPinnedSlots (phase 3)', () => {
  it('keeps a pinned class in its room and shift; one that outgrew its room is relocated', () => {
    const slots = openSlots([room('r1', 'pr', 25), room('r2', 'pr', 10)], EVENT, BOTH);
    const a = work('pr|SQ|1', 'pr', 20);
    const b = work('pr|SQ|2', 'pr', 12);
    const relocated = keepPinnedSlots(
      [a, b],
      [
        { key: a.key, municipalityId: 'pr', language: 'SQ', roomId: 'r1', shift: 'AFTERNOON', traineeIds: [] },
        { key: b.key, municipalityId: 'pr', language: 'SQ', roomId: 'r2', shift: 'MORNING', traineeIds: [] },
      ],
      slots,
    );
    expect(relocated).toEqual(['pr|SQ|2']);
    expect(a.placement).toMatchObject({ room: { id: 'r1' }, shift: 'AFTERNOON' });
    expect(a.why).toEqual({ reason: 'KEPT_FROM_PUBLISHED' });
    expect(b.placement).toBeNull();
  });
});

describe('placementOrder and placeInOwnMunicipality (phase 4)', () => {
  it('orders municipality by municipality (list order), largest class first, and spills what does not fit at home', () => {
    const order = placementOrder([work('ob|SQ|1', 'ob', 5), work('pr|SQ|2', 'pr', 10), work('pr|SQ|1', 'pr', 20)], MUNS);
    expect(order.map((c) => c.key)).toEqual(['pr|SQ|1', 'pr|SQ|2', 'ob|SQ|1']);
    const slots = openSlots([room('r', 'pr', 15)], EVENT, ['MORNING']);
    const spill = placeInOwnMunicipality(order, slots);
    expect(spill.map((c) => c.key)).toEqual(['pr|SQ|1', 'ob|SQ|1']);
    expect(order[1]).toMatchObject({ placement: { room: { id: 'r' } }, why: { reason: 'OWN_MUNICIPALITY' } });
  });
});

describe('Neighbours and placeInRegion (phase 5)', () => {
  it('places a spilled class in the nearest municipality of its region (|Δ sortOrder|), never in another region', () => {
    const slots = openSlots([room('fk1', 'fk', 30), room('pz1', 'pz', 30)], EVENT, ['MORNING']);
    const neighbours = new Neighbours(MUNS, [], slots);
    expect(neighbours.nearestWithRoom('ob', 20)?.id).toBe('fk');
    expect(neighbours.roomsInRegion('R1')).toBe(1);
    const c = work('pr|SQ|1', 'pr', 20);
    const d = work('pr|SQ|2', 'pr', 20);
    expect(placeInRegion([c, d], slots, neighbours)).toEqual([d]);
    // Prishtinë has no room at all on the event's days
    expect(c.why).toEqual({ reason: 'NEAREST_IN_REGION', nearest: 'fushe-kosove', ownRooms: 'NONE' });
    expect(neighbours.largestInRegion('pr')).toBe(0);
  });

  it('prefers the distance table over list order', () => {
    const slots = openSlots([room('ob1', 'ob', 30), room('fk1', 'fk', 30)], EVENT, ['MORNING']);
    const neighbours = new Neighbours(MUNS, [{ from: 'pr', to: 'fk', distance: 3 }], slots);
    expect(neighbours.nearestWithRoom('pr', 10)?.id).toBe('fk');
  });
});

describe('explainClasses, shortfallsOf and traineeTotals (phases 6–7)', () => {
  it('says where and why, and what is missing, as codes with their params', () => {
    const slots = openSlots([room('r', 'pr', 30, { hasProjector: true })], EVENT, BOTH);
    const placed = work('pr|SQ|1', 'pr', 20);
    placed.placement = { room: slots.roomById.get('r') as PlannerRoom, shift: 'AFTERNOON' };
    placed.why = { reason: 'OWN_MUNICIPALITY' };
    const unplaced = work('pz|SQ|1', 'pz', 28);
    const classes = explainClasses([placed, unplaced], codeOf, EVENT);
    expect(classes[0]?.explanation).toEqual({
      code: 'CLASS_PLACED',
      params: {
        trainees: 20,
        language: 'SQ',
        municipality: 'prishtine',
        from: '2023-10-16',
        to: '2023-10-20',
        room: 'School, r',
        roomMunicipality: 'prishtine',
        seats: 30,
        equipment: 'PROJECTOR',
        shift: 'AFTERNOON',
        reason: 'OWN_MUNICIPALITY',
        secondShift: 1,
      },
    });
    expect(classes[1]).toMatchObject({
      roomId: null,
      explanation: {
        code: 'CLASS_UNPLACED',
        params: { trainees: 28, language: 'SQ', municipality: 'prizren', from: '2023-10-16', to: '2023-10-20' },
      },
    });
    const neighbours = new Neighbours(MUNS, [], slots);
    expect(shortfallsOf([unplaced], [placed, unplaced], { municipalities: MUNS, slots, neighbours, event: EVENT })).toEqual([
      {
        municipalityId: 'pz',
        language: 'SQ',
        classSize: 28,
        classKeys: ['pz|SQ|1'],
        traineeIds: unplaced.traineeIds,
        notice: { code: 'CLASS_NO_ROOM', params: { classes: 1, size: 28, ...EVENT, cause: 'NO_ROOMS' } },
      },
    ]);
    expect(traineeTotals([placed, unplaced])).toEqual({ traineesPlaced: 20, traineesUnplaced: 28 });
  });
});
