/**
 * The training room planner (issue #6, letter point 7): splits each trainee group into
 * classes and places every class in a room for the whole event. Pure: plain readonly data in,
 * plain data out; no clock, no I/O.
 *
 * Rules, in the order they apply:
 *  - A group is the trainees of one home municipality with one language of work, so a class has
 *    one language of instruction. A group of n trainees gets exactly k = ceil(n / max) classes
 *    (the fewest the maximum allows) whose sizes differ by at most one.
 *  - A class sits in a room with at least as many seats as trainees, for every day of the event
 *    (a room's availability ranges must cover the event; no ranges = no restriction recorded).
 *    Each room has two slots, MORNING and AFTERNOON.
 *  - Slot order for a class: own municipality before other municipalities; among other
 *    municipalities only those of the same region, nearest first; within one municipality the
 *    morning shift before the afternoon (the second shift is the fallback before giving up),
 *    then rooms with a projector or TV, then the smallest room that fits.
 *  - "Nearest" without coordinates: the optional distance table (symmetric, any unit) first,
 *    ascending; then the other municipalities of the region by |Δ sortOrder| (the region's list
 *    order of the letter), ties by sortOrder, then id. Deterministic for equal input.
 *  - Classes are placed largest first, municipality by municipality (sortOrder, id): first every
 *    municipality in its own rooms, then what is left spills over to neighbours. Within one pool
 *    of slots, largest-first with any fitting slot places the most classes possible (every slot
 *    that fits a class also fits every smaller one), so the equipment and shift preferences never
 *    cost a placement there.
 *  - What cannot be placed is reported per municipality and class size in plain words.
 *  - Pinned re-plan (`previous`): trainees that can stay in their class stay; leavers are
 *    removed; newcomers fill free places or open classes; classes keep their room when it still
 *    fits. Minimal moves: the largest target sizes go to the classes with the most stayers,
 *    so a trainee moves only when their class must shrink or close.
 */

import { freshClasses, pinnedClasses } from './planner-classes.js';
import {
  equipmentWords,
  formatRange,
  plural,
  roomCoversEvent,
  SHIFTS,
  type PlannedClass,
  type Placement,
  type PlannerInput,
  type PlannerMunicipality,
  type PlannerResult,
  type PlannerRoom,
  type Shift,
  type Shortfall,
  type WorkClass,
} from './planner-model.js';
import { MaxTree, SlotPool } from './planner-structures.js';

export * from './planner-model.js';

interface MunicipalitySlots {
  /** [shift][equipped ? 0 : 1] */
  readonly pools: readonly (readonly [SlotPool, SlotPool])[];
  readonly roomCount: number;
}

export function planRooms(input: PlannerInput): PlannerResult {
  const max = input.maxClassSize;
  if (!Number.isInteger(max) || max < 1) throw new RangeError('maxClassSize must be a positive whole number');
  const shifts: readonly Shift[] = input.allowSecondShift === false ? ['MORNING'] : SHIFTS;
  const event = input.event;
  const when = formatRange(event);

  const munById = new Map(input.municipalities.map((m) => [m.id, m]));
  const nameOf = (id: string): string => munById.get(id)?.name ?? id;

  // Usable rooms by municipality, split into (shift × equipped) pools.
  const roomsByMun = new Map<string, PlannerRoom[]>();
  for (const r of input.rooms) {
    if (r.seats < 1 || !roomCoversEvent(r.availability, event)) continue;
    const list = roomsByMun.get(r.municipalityId);
    if (list) list.push(r);
    else roomsByMun.set(r.municipalityId, [r]);
  }
  const slots = new Map<string, MunicipalitySlots>();
  for (const [mun, rooms] of roomsByMun) {
    const equipped = rooms.filter((r) => r.hasProjector || r.hasTv);
    const plain = rooms.filter((r) => !r.hasProjector && !r.hasTv);
    slots.set(mun, {
      pools: shifts.map(() => [new SlotPool([...equipped]), new SlotPool([...plain])] as const),
      roomCount: rooms.length,
    });
  }
  const roomById = new Map<string, PlannerRoom>();
  for (const rooms of roomsByMun.values()) for (const r of rooms) roomById.set(r.id, r);

  /** Best slot in one municipality: morning before afternoon, equipped before plain, smallest that fits. */
  const takeIn = (mun: string, size: number): Placement | undefined => {
    const s = slots.get(mun);
    if (!s) return undefined;
    for (const [si, pair] of s.pools.entries()) {
      for (const pool of pair) {
        const room = pool.take(size);
        if (room) return { room, shift: shifts[si] as Shift };
      }
    }
    return undefined;
  };
  const largestFreeIn = (mun: string): number => {
    const s = slots.get(mun);
    if (!s) return 0;
    let best = 0;
    for (const pair of s.pools) for (const pool of pair) best = Math.max(best, pool.largestFree());
    return best;
  };

  // "Nearest" order per municipality, computed only for municipalities that spill over.
  const byRegion = new Map<string, PlannerMunicipality[]>();
  for (const m of input.municipalities) {
    const list = byRegion.get(m.regionId);
    if (list) list.push(m);
    else byRegion.set(m.regionId, [m]);
  }
  const distance = new Map<string, number>();
  for (const d of input.distances ?? []) {
    distance.set(`${d.from}|${d.to}`, d.distance);
    if (!distance.has(`${d.to}|${d.from}`)) distance.set(`${d.to}|${d.from}`, d.distance);
  }
  // Per region, the municipalities that have rooms, in list order (sortOrder, id).
  const withRooms = new Map<string, PlannerMunicipality[]>();
  for (const [region, list] of byRegion) {
    withRooms.set(
      region,
      list.filter((m) => slots.has(m.id)).sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    );
  }
  const listedNeighbours = new Map<string, PlannerMunicipality[]>();
  for (const d of input.distances ?? []) {
    for (const [a, b] of [
      [d.from, d.to],
      [d.to, d.from],
    ] as const) {
      const mb = munById.get(b);
      const ma = munById.get(a);
      if (!ma || !mb || ma.regionId !== mb.regionId || a === b || !slots.has(b)) continue;
      const list = listedNeighbours.get(a) ?? [];
      if (!list.includes(mb)) list.push(mb);
      listedNeighbours.set(a, list);
    }
  }
  for (const [a, list] of listedNeighbours) list.sort((x, y) => (distance.get(`${a}|${x.id}`) ?? 0) - (distance.get(`${a}|${y.id}`) ?? 0));
  // Per region, a max tree over the largest free slot of each municipality with rooms (list
  // order), so "nearest municipality with a slot of ≥ s seats" is O(log region), not a scan.
  const regionTree = new Map<string, MaxTree>();
  const posInRegion = new Map<string, number>();
  const buildTrees = (): void => {
    for (const [region, list] of withRooms) {
      list.forEach((m, i) => posInRegion.set(m.id, i));
      regionTree.set(region, new MaxTree(list.map((m) => largestFreeIn(m.id))));
    }
  };
  const refresh = (mun: string): void => {
    const m = munById.get(mun);
    const pos = posInRegion.get(mun);
    if (m && pos !== undefined) regionTree.get(m.regionId)?.set(pos, largestFreeIn(mun));
  };
  /**
   * The nearest other municipality of the region with a free slot of ≥ size seats: distance-table
   * entries ascending first, then outward from the municipality in the region's list order
   * (smallest |Δ sortOrder|, the earlier one on a tie).
   */
  const nearestWithRoom = (mun: string, size: number): PlannerMunicipality | undefined => {
    const self = munById.get(mun);
    if (!self) return undefined;
    for (const m of listedNeighbours.get(mun) ?? []) if (largestFreeIn(m.id) >= size) return m;
    const list = withRooms.get(self.regionId) ?? [];
    const tree = regionTree.get(self.regionId);
    if (!tree || list.length === 0) return undefined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as PlannerMunicipality).sortOrder < self.sortOrder) lo = mid + 1;
      else hi = mid;
    }
    let li = tree.prevAtLeast(lo - 1, size);
    if (li >= 0 && list[li]?.id === mun) li = tree.prevAtLeast(li - 1, size);
    let ri = tree.nextAtLeast(lo, size);
    if (ri >= 0 && list[ri]?.id === mun) ri = tree.nextAtLeast(ri + 1, size);
    const l = li >= 0 ? list[li] : undefined;
    const r = ri >= 0 ? list[ri] : undefined;
    if (l && (!r || self.sortOrder - l.sortOrder <= r.sortOrder - self.sortOrder)) return l;
    return r;
  };
  const largestInRegion = (mun: string): number => {
    const m = munById.get(mun);
    return Math.max(largestFreeIn(mun), m ? (regionTree.get(m.regionId)?.max() ?? 0) : 0);
  };

  const { work, moves, lowerBound } = input.previous ? pinnedClasses(input, max) : freshClasses(input.groups, max);

  const takeSlot = (room: PlannerRoom, shift: Shift): boolean => {
    const s = slots.get(room.municipalityId);
    const si = shifts.indexOf(shift);
    if (!s || si < 0) return false;
    const pair = s.pools[si] as readonly [SlotPool, SlotPool];
    return (room.hasProjector || room.hasTv ? pair[0] : pair[1]).takeRoom(room.id, room.seats);
  };
  for (const b of input.blockedSlots ?? []) {
    const room = roomById.get(b.roomId);
    if (room) takeSlot(room, b.shift);
  }

  // Pinned classes keep their slot when the room is still usable and large enough.
  const relocated: string[] = [];
  if (input.previous) {
    const prevByKey = new Map(input.previous.map((c) => [c.key, c]));
    for (const c of work) {
      const prev = prevByKey.get(c.key);
      if (!prev?.roomId || !prev.shift) continue;
      const room = roomById.get(prev.roomId);
      if (!room || room.seats < c.traineeIds.length) {
        relocated.push(c.key);
        continue;
      }
      if (takeSlot(room, prev.shift)) {
        c.placement = { room, shift: prev.shift };
        c.why = 'kept from the published plan';
      } else relocated.push(c.key);
    }
  }

  // Largest first, municipality by municipality in the region's list order.
  const order = (a: WorkClass, b: WorkClass): number => {
    const ma = munById.get(a.municipalityId);
    const mb = munById.get(b.municipalityId);
    return (
      (ma?.sortOrder ?? Infinity) - (mb?.sortOrder ?? Infinity) ||
      (a.municipalityId < b.municipalityId ? -1 : a.municipalityId > b.municipalityId ? 1 : 0) ||
      b.traineeIds.length - a.traineeIds.length ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
    );
  };
  const pending = work.filter((c) => c.placement === null).sort(order);

  // Phase 1: own municipality.
  const spill: WorkClass[] = [];
  for (const c of pending) {
    const p = takeIn(c.municipalityId, c.traineeIds.length);
    if (p) {
      c.placement = p;
      c.why = 'own municipality';
    } else spill.push(c);
  }
  // Phase 2: nearest municipality of the same region with a fitting free slot. Spill classes
  // come municipality by municipality, largest first, and slots only get fewer: once a size
  // found nothing, no later class of that municipality at least as large can, so it is skipped.
  buildTrees();
  const unplaced: WorkClass[] = [];
  let failedMun = '';
  let failedSize = Infinity;
  for (const c of spill) {
    const size = c.traineeIds.length;
    if (c.municipalityId !== failedMun) {
      failedMun = c.municipalityId;
      failedSize = Infinity;
    }
    let placed = false;
    const m = size < failedSize ? nearestWithRoom(c.municipalityId, size) : undefined;
    const p = m ? takeIn(m.id, size) : undefined;
    if (m && p) {
      refresh(m.id);
      c.placement = p;
      const own = slots.has(c.municipalityId)
        ? `${nameOf(c.municipalityId)} has no free room with ≥ ${size} seats`
        : `${nameOf(c.municipalityId)} has no room available on ${when}`;
      c.why = `${own}; nearest in the region: ${m.name}`;
      placed = true;
    }
    if (!placed) {
      failedSize = Math.min(failedSize, size);
      unplaced.push(c);
    }
  }

  // Explanations.
  const classes: PlannedClass[] = work.map((c) => {
    const n = c.traineeIds.length;
    if (c.placement) {
      const { room, shift } = c.placement;
      const shiftWhy = shift === 'AFTERNOON' && c.why !== 'kept from the published plan' ? ', second shift: morning slots were full' : '';
      return {
        key: c.key,
        municipalityId: c.municipalityId,
        language: c.language,
        traineeIds: c.traineeIds,
        roomId: room.id,
        roomMunicipalityId: room.municipalityId,
        shift,
        explanation: `${n} ${c.language} trainees of ${nameOf(c.municipalityId)} in ${room.label} (${nameOf(room.municipalityId)}, ${room.seats} seats, ${equipmentWords(room)}), ${shift.toLowerCase()} ${when}: ${c.why}${shiftWhy}`,
      };
    }
    return {
      key: c.key,
      municipalityId: c.municipalityId,
      language: c.language,
      traineeIds: c.traineeIds,
      roomId: null,
      roomMunicipalityId: null,
      shift: null,
      explanation: `${n} ${c.language} trainees of ${nameOf(c.municipalityId)}: no room with ≥ ${n} seats on ${when}`,
    };
  });

  // Shortfalls: per municipality, language and class size.
  const languagesOf = new Map<string, Set<string>>();
  for (const c of work) {
    const set = languagesOf.get(c.municipalityId);
    if (set) set.add(c.language);
    else languagesOf.set(c.municipalityId, new Set([c.language]));
  }
  const regionRoomCount = (regionId: string | undefined): number =>
    (byRegion.get(regionId ?? '') ?? []).reduce((sum, m) => sum + (slots.get(m.id)?.roomCount ?? 0), 0);
  const shortBy = new Map<string, WorkClass[]>();
  for (const c of unplaced) {
    const k = `${c.municipalityId}|${c.language}|${c.traineeIds.length}`;
    const list = shortBy.get(k);
    if (list) list.push(c);
    else shortBy.set(k, [c]);
  }
  const shortfalls: Shortfall[] = [...shortBy.values()].map((cs) => {
    const first = cs[0] as WorkClass;
    const size = first.traineeIds.length;
    const mun = first.municipalityId;
    const who = `${nameOf(mun)}${(languagesOf.get(mun)?.size ?? 0) > 1 ? ` (${first.language})` : ''}`;
    const regionRooms = regionRoomCount(munById.get(mun)?.regionId);
    const largest = largestInRegion(mun);
    const cause =
      regionRooms === 0 && !slots.has(mun)
        ? `no rooms are recorded as available in ${nameOf(mun)} or its region`
        : largest > 0
          ? `the largest free room nearby has ${largest} seats`
          : `all rooms nearby are taken${shifts.length > 1 ? ' in both shifts' : ''}`;
    return {
      municipalityId: mun,
      language: first.language,
      classSize: size,
      classKeys: cs.map((c) => c.key),
      traineeIds: cs.flatMap((c) => c.traineeIds),
      message: `${who}: ${plural(cs.length, 'class', 'classes')} of ${size} ${cs.length === 1 ? 'has' : 'have'} no room on ${when} (${cause}); add ${plural(cs.length, 'room', 'rooms')} with ≥ ${size} seats`,
    };
  });

  let traineesPlaced = 0;
  let traineesUnplaced = 0;
  for (const c of work) {
    if (c.placement) traineesPlaced += c.traineeIds.length;
    else traineesUnplaced += c.traineeIds.length;
  }
  return {
    classes,
    shortfalls,
    moves,
    relocatedClassKeys: relocated,
    lowerBound,
    classesPlaced: work.length - unplaced.length,
    traineesPlaced,
    traineesUnplaced,
  };
}
