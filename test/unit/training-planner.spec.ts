import { describe, expect, it } from '@jest/globals';
import {
  classSizes,
  planRooms,
  type PlannerInput,
  type PlannerMunicipality,
  type PlannerRoom,
  type PlannerResult,
  type PreviousClass,
  type TraineeGroup,
} from '../../src/training/domain/plan-rooms.js';

const EVENT = { from: '2023-10-16', to: '2023-10-20' };
const MUNS: readonly PlannerMunicipality[] = [
  { id: 'pr', code: 'prishtine', regionId: 'R1', sortOrder: 1 },
  { id: 'ob', code: 'obiliq', regionId: 'R1', sortOrder: 2 },
  { id: 'fk', code: 'fushe-kosove', regionId: 'R1', sortOrder: 3 },
  { id: 'li', code: 'lipjan', regionId: 'R1', sortOrder: 4 },
  { id: 'pz', code: 'prizren', regionId: 'R2', sortOrder: 5 },
];

const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const group = (municipalityId: string, n: number, language = 'SQ'): TraineeGroup => ({
  municipalityId,
  language,
  traineeIds: ids(`${municipalityId}-${language}-`, n),
});
let roomSeq = 0;
const room = (municipalityId: string, seats: number, extra: Partial<PlannerRoom> = {}): PlannerRoom => {
  roomSeq++;
  return {
    id: extra.id ?? `room-${roomSeq}`,
    municipalityId,
    label: extra.label ?? `Room ${roomSeq}`,
    seats,
    hasProjector: false,
    hasTv: false,
    availability: [],
    ...extra,
  };
};
const plan = (over: Partial<PlannerInput>): PlannerResult =>
  planRooms({ groups: [], rooms: [], municipalities: MUNS, event: EVENT, maxClassSize: 30, ...over });
const sizesOf = (r: PlannerResult): number[] => r.classes.map((c) => c.traineeIds.length);

describe('classSizes: ceil(n / max) classes differing by at most one', () => {
  it.each([
    [0, 30, []],
    [1, 30, [1]],
    [30, 30, [30]],
    [31, 30, [16, 15]], // ceil(31/30) = 2 → 16 + 15
    [60, 30, [30, 30]],
    [61, 30, [21, 20, 20]], // ceil(61/30) = 3 → 21 + 20 + 20
    [90, 30, [30, 30, 30]],
    [56, 28, [28, 28]],
    [57, 25, [19, 19, 19]],
  ])('%i trainees, max %i → %j', (n, max, expected) => {
    expect(classSizes(n, max)).toEqual(expected);
  });
});

describe('planRooms: splitting into classes', () => {
  it.each([
    ['an exact multiple of 30', 90, [30, 30, 30]],
    ['one over a multiple', 91, [23, 23, 23, 22]], // ceil(91/30) = 4 → 23 + 23 + 23 + 22
    ['a tiny municipality', 3, [3]],
    ['a language group of one', 1, [1]],
  ])('%s: %i trainees → %j, all placed', (_label, n, expected) => {
    const r = plan({ groups: [group('pr', n)], rooms: ids('r', 5).map((id) => room('pr', 30, { id })) });
    expect(sizesOf(r)).toEqual(expected);
    expect(r.lowerBound).toBe(expected.length);
    expect(r.classesPlaced).toBe(expected.length);
    expect(r.traineesPlaced).toBe(n);
    expect(r.shortfalls).toEqual([]);
  });

  it('never mixes languages in a class: 29 SQ + 1 SR are two classes', () => {
    const r = plan({ groups: [group('pr', 29, 'SQ'), group('pr', 1, 'SR')], rooms: [room('pr', 30), room('pr', 30)] });
    expect(r.classes.map((c) => [c.language, c.traineeIds.length])).toEqual([
      ['SQ', 29],
      ['SR', 1],
    ]);
    expect(r.classesPlaced).toBe(2);
  });

  it('takes the plan maximum: 56 trainees at max 25 → 19, 19, 18', () => {
    const r = plan({ groups: [group('pr', 56)], rooms: [room('pr', 25), room('pr', 25), room('pr', 25)], maxClassSize: 25 });
    expect(sizesOf(r)).toEqual([19, 19, 18]);
  });
});

describe('planRooms: placing classes', () => {
  it('reports every class when there are no rooms, as a code with its counts and cause', () => {
    const r = plan({ groups: [group('pr', 56)] });
    expect(r.classesPlaced).toBe(0);
    expect(r.traineesUnplaced).toBe(56);
    expect(r.shortfalls).toHaveLength(1);
    expect(r.shortfalls[0]?.notice).toEqual({
      code: 'CLASS_NO_ROOM',
      params: { classes: 2, size: 28, ...EVENT, cause: 'NO_ROOMS' },
    });
    expect(r.shortfalls[0]?.traineeIds).toHaveLength(56);
    expect(r.classes.every((c) => c.roomId === null && c.explanation.code === 'CLASS_UNPLACED')).toBe(true);
  });

  it('never seats a class in a room that is too small', () => {
    const r = plan({ groups: [group('pr', 28)], rooms: [room('pr', 20), room('pr', 27)] });
    expect(r.classesPlaced).toBe(0);
    expect(r.shortfalls[0]?.notice).toEqual({
      code: 'CLASS_NO_ROOM',
      params: { classes: 1, size: 28, ...EVENT, cause: 'LARGEST', largest: 27 },
    });
  });

  it('uses the afternoon shift before giving up', () => {
    const r = plan({ groups: [group('pr', 60)], rooms: [room('pr', 30, { id: 'only' })] });
    expect(r.classes.map((c) => [c.roomId, c.shift])).toEqual([
      ['only', 'MORNING'],
      ['only', 'AFTERNOON'],
    ]);
    expect(r.classes[1]?.explanation.params).toMatchObject({ shift: 'AFTERNOON', secondShift: 1 });
  });

  it('gives up when both shifts are full and says so', () => {
    const r = plan({ groups: [group('pr', 90)], rooms: [room('pr', 30)] });
    expect(r.classesPlaced).toBe(2);
    expect(r.shortfalls[0]?.notice).toEqual({
      code: 'CLASS_NO_ROOM',
      params: { classes: 1, size: 30, ...EVENT, cause: 'ALL_TAKEN', shifts: 2 },
    });
  });

  it('without a second shift, reports instead of using the afternoon', () => {
    const r = plan({ groups: [group('pr', 60)], rooms: [room('pr', 30)], allowSecondShift: false });
    expect(r.classesPlaced).toBe(1);
    expect(r.shortfalls).toHaveLength(1);
  });

  it('prefers a room with a projector or TV, then the smallest that fits', () => {
    const r = plan({
      groups: [group('pr', 20)],
      rooms: [
        room('pr', 22, { id: 'plain-small' }),
        room('pr', 40, { id: 'tv', hasTv: true }),
        room('pr', 35, { id: 'proj', hasProjector: true }),
      ],
    });
    expect(r.classes[0]?.roomId).toBe('proj');
    expect(r.classes[0]?.explanation.params).toMatchObject({ equipment: 'PROJECTOR', seats: 35 });
  });

  it('keeps trainees in their own municipality when it has a room', () => {
    const r = plan({ groups: [group('ob', 25)], rooms: [room('pr', 30, { id: 'pr-room' }), room('ob', 30, { id: 'ob-room' })] });
    expect(r.classes[0]?.roomId).toBe('ob-room');
    expect(r.classes[0]?.explanation.params).toMatchObject({ reason: 'OWN_MUNICIPALITY', municipality: 'obiliq' });
  });

  it('falls back to the nearest municipality of the region by sortOrder without a distance table', () => {
    // Lipjan (4) has no room: Fushë Kosovë (3) is next in the region's list, Prishtinë (1) further.
    const r = plan({ groups: [group('li', 25)], rooms: [room('pr', 30, { id: 'pr-room' }), room('fk', 30, { id: 'fk-room' })] });
    expect(r.classes[0]?.roomId).toBe('fk-room');
    expect(r.classes[0]?.explanation.params).toMatchObject({
      reason: 'NEAREST_IN_REGION',
      nearestMunicipality: 'fushe-kosove',
      ownRooms: 'NONE',
      roomMunicipality: 'fushe-kosove',
    });
  });

  it('breaks a tie in list distance towards the earlier municipality, and skips neighbours whose rooms are too small', () => {
    // Obiliq (2) is equally far from Prishtinë (1) and Fushë Kosovë (3): Prishtinë first.
    const tie = plan({ groups: [group('ob', 25)], rooms: [room('fk', 30, { id: 'fk-room' }), room('pr', 30, { id: 'pr-room' })] });
    expect(tie.classes[0]?.roomId).toBe('pr-room');
    // Prishtinë's room is too small: the next nearest with ≥ 25 seats, Fushë Kosovë.
    const small = plan({ groups: [group('ob', 25)], rooms: [room('fk', 30, { id: 'fk-room' }), room('pr', 20, { id: 'pr-room' })] });
    expect(small.classes[0]?.roomId).toBe('fk-room');
  });

  it('follows the distance table when there is one', () => {
    const r = plan({
      groups: [group('li', 25)],
      rooms: [room('pr', 30, { id: 'pr-room' }), room('fk', 30, { id: 'fk-room' })],
      distances: [
        { from: 'li', to: 'pr', distance: 15 },
        { from: 'fk', to: 'li', distance: 20 },
      ],
    });
    expect(r.classes[0]?.roomId).toBe('pr-room');
  });

  it('never sends trainees to another region', () => {
    const r = plan({ groups: [group('pz', 25)], rooms: [room('pr', 30)] });
    expect(r.classesPlaced).toBe(0);
    expect(r.shortfalls[0]).toMatchObject({ municipalityId: 'pz', notice: { code: 'CLASS_NO_ROOM', params: { classes: 1, size: 25 } } });
  });

  it('ignores rooms not available for the whole event', () => {
    const r = plan({
      groups: [group('pr', 25)],
      rooms: [
        room('pr', 30, { id: 'part', availability: [{ from: '2023-10-16', to: '2023-10-18' }] }),
        room('pr', 30, { id: 'full', availability: [{ from: '2023-10-01', to: '2023-10-31' }] }),
      ],
    });
    expect(r.classes[0]?.roomId).toBe('full');
  });

  it('leaves slots held by another plan alone', () => {
    const r = plan({
      groups: [group('pr', 25)],
      rooms: [room('pr', 30, { id: 'held' })],
      blockedSlots: [{ roomId: 'held', shift: 'MORNING' }],
    });
    expect([r.classes[0]?.roomId, r.classes[0]?.shift]).toEqual(['held', 'AFTERNOON']);
  });

  it('serves the own municipality before neighbours spill over', () => {
    // Obiliq has one room and 30 own trainees; Lipjan's class must not take it.
    const r = plan({
      groups: [group('li', 30), group('ob', 60)],
      rooms: [room('ob', 30, { id: 'ob-room' })],
      allowSecondShift: true,
    });
    const ob = r.classes.filter((c) => c.municipalityId === 'ob');
    expect(ob.every((c) => c.roomId === 'ob-room')).toBe(true);
    expect(r.classes.find((c) => c.municipalityId === 'li')?.roomId).toBeNull();
  });
});

describe('planRooms: pinned re-plan', () => {
  const rooms = [room('pr', 30, { id: 'A' }), room('pr', 30, { id: 'B' }), room('pr', 30, { id: 'C' })];
  const first = plan({ groups: [group('pr', 50)], rooms });
  const previous: PreviousClass[] = first.classes.map((c) => ({
    key: c.key,
    municipalityId: c.municipalityId,
    language: c.language,
    roomId: c.roomId,
    shift: c.shift,
    traineeIds: c.traineeIds,
  }));
  const classOf = (r: PlannerResult, t: string) => r.classes.find((c) => c.traineeIds.includes(t));

  it('keeps everyone when nothing changed', () => {
    const r = plan({ groups: [group('pr', 50)], rooms, previous });
    expect(r.moves).toEqual([]);
    expect(r.classes.map((c) => [c.key, c.roomId, c.shift])).toEqual(previous.map((c) => [c.key, c.roomId, c.shift]));
  });

  it('replaces a leaver by a newcomer in the same class without moving anyone', () => {
    const ids50 = ids('pr-SQ-', 50).filter((t) => t !== 'pr-SQ-3');
    const r = plan({ groups: [{ municipalityId: 'pr', language: 'SQ', traineeIds: [...ids50, 'new-1'] }], rooms, previous });
    expect(r.moves).toEqual([]);
    expect(classOf(r, 'new-1')?.key).toBe(classOf(first, 'pr-SQ-3')?.key);
    expect(classOf(r, 'pr-SQ-3')).toBeUndefined();
  });

  it('opens a class for newcomers beyond the maximum and moves as few as sizes require', () => {
    // 50 → 61 trainees: classes 25 + 25 become 21 + 20 + 20: 4 + 5 = 9 stayers move to the new class
    // alongside the 11 newcomers (20 = 11 + 9).
    const grown = { municipalityId: 'pr', language: 'SQ', traineeIds: [...ids('pr-SQ-', 50), ...ids('new-', 11)] };
    const r = plan({ groups: [grown], rooms, previous });
    expect(sizesOf(r)).toEqual([21, 20, 20]);
    expect(r.moves).toHaveLength(9);
    expect(r.moves.every((m) => m.reason === 'MOVE_CLASS_OVER_SIZE')).toBe(true);
    expect(r.classes[2]?.roomId).toBe('C');
    // the two old classes keep their rooms
    expect(r.classes.slice(0, 2).map((c) => c.roomId)).toEqual(previous.map((c) => c.roomId));
  });

  it('closes the class with fewest stayers when the group shrinks', () => {
    // 50 → 28 trainees: one class; the kept class has the most stayers, the rest move into it.
    const left = [...ids('pr-SQ-', 25).slice(0, 20), ...ids('pr-SQ-', 50).slice(25, 33)];
    const r = plan({ groups: [{ municipalityId: 'pr', language: 'SQ', traineeIds: left }], rooms, previous });
    expect(r.classes).toHaveLength(1);
    expect(r.classes[0]?.key).toBe(previous[0]?.key);
    expect(r.moves).toHaveLength(8);
    expect(r.moves.every((m) => m.reason === 'MOVE_CLASS_CLOSED')).toBe(true);
  });
});
