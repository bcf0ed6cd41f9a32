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

export type Shift = 'MORNING' | 'AFTERNOON';
export const SHIFTS: readonly Shift[] = ['MORNING', 'AFTERNOON'];

export interface DateRange {
  /** YYYY-MM-DD, inclusive */
  readonly from: string;
  /** YYYY-MM-DD, inclusive */
  readonly to: string;
}

export interface TraineeGroup {
  readonly municipalityId: string;
  readonly language: string;
  /** in the order classes are filled (callers sort, e.g. by name) */
  readonly traineeIds: readonly string[];
}

export interface PlannerRoom {
  readonly id: string;
  readonly municipalityId: string;
  /** e.g. "Shkolla Naim Frashëri, room 12" for explanations */
  readonly label: string;
  readonly seats: number;
  readonly hasProjector: boolean;
  readonly hasTv: boolean;
  readonly availability: readonly DateRange[];
}

export interface PlannerMunicipality {
  readonly id: string;
  readonly name: string;
  readonly regionId: string;
  readonly sortOrder: number;
}

export interface Distance {
  readonly from: string;
  readonly to: string;
  readonly distance: number;
}

export interface PreviousClass {
  readonly key: string;
  readonly municipalityId: string;
  readonly language: string;
  readonly roomId: string | null;
  readonly shift: Shift | null;
  readonly traineeIds: readonly string[];
}

export interface PlannerInput {
  readonly groups: readonly TraineeGroup[];
  readonly rooms: readonly PlannerRoom[];
  readonly municipalities: readonly PlannerMunicipality[];
  readonly distances?: readonly Distance[];
  readonly event: DateRange;
  /** 1.. ; the letter's 25–30 is enforced by the callers that take it from people */
  readonly maxClassSize: number;
  /** default true: use the afternoon shift when morning slots run out */
  readonly allowSecondShift?: boolean;
  /** the published plan to keep pinned */
  readonly previous?: readonly PreviousClass[];
  /** slots already held by other plans of the same event (e.g. another municipality's pinned plan) */
  readonly blockedSlots?: readonly { readonly roomId: string; readonly shift: Shift }[];
}

export interface PlannedClass {
  readonly key: string;
  readonly municipalityId: string;
  readonly language: string;
  readonly traineeIds: readonly string[];
  readonly roomId: string | null;
  readonly roomMunicipalityId: string | null;
  readonly shift: Shift | null;
  /** one line: where and why there (or why nowhere) */
  readonly explanation: string;
}

export interface Shortfall {
  readonly municipalityId: string;
  readonly language: string;
  readonly classSize: number;
  readonly classKeys: readonly string[];
  readonly traineeIds: readonly string[];
  readonly message: string;
}

export interface Move {
  readonly traineeId: string;
  readonly municipalityId: string;
  readonly fromClassKey: string | null;
  readonly toClassKey: string;
  readonly reason: string;
}

export interface PlannerResult {
  readonly classes: readonly PlannedClass[];
  readonly shortfalls: readonly Shortfall[];
  /** re-plans only: trainees who changed class (newcomers are not moves) */
  readonly moves: readonly Move[];
  /** re-plans only: kept classes that had to change room or shift */
  readonly relocatedClassKeys: readonly string[];
  readonly lowerBound: number;
  readonly classesPlaced: number;
  readonly traineesPlaced: number;
  readonly traineesUnplaced: number;
}

/** Sizes of k = ceil(n / max) classes differing by at most one, largest first: 61 / 30 → 21, 20, 20. */
export function classSizes(n: number, max: number): number[] {
  if (n <= 0) return [];
  const k = Math.ceil(n / max);
  const base = Math.floor(n / k);
  const bigger = n - base * k;
  return Array.from({ length: k }, (_, i) => (i < bigger ? base + 1 : base));
}

export function roomCoversEvent(availability: readonly DateRange[], event: DateRange): boolean {
  if (availability.length === 0) return true;
  // Dates are YYYY-MM-DD, so string order is date order.
  return availability.some((r) => r.from <= event.from && r.to >= event.to);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayMonth = (d: string): [number, string] => [Number(d.slice(8, 10)), MONTHS[Number(d.slice(5, 7)) - 1] ?? '?'];

/** "16–20 Oct", "30 Sep – 2 Oct", "6 Oct". */
export function formatRange(r: DateRange): string {
  const [d1, m1] = dayMonth(r.from);
  const [d2, m2] = dayMonth(r.to);
  if (r.from === r.to) return `${d1} ${m1}`;
  if (m1 === m2 && r.from.slice(0, 4) === r.to.slice(0, 4)) return `${d1}–${d2} ${m1}`;
  return `${d1} ${m1} – ${d2} ${m2}`;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

// ── slot pools ───────────────────────────────────────────────────────────────────────────

/**
 * Free slots of one (municipality, shift, equipped) pool sorted by seats; `take(s)` removes and
 * returns the smallest slot with ≥ s seats. Removal uses a "next free index" union-find, so a
 * lookup is a binary search plus near-constant work: no O(n²) anywhere.
 */
class SlotPool {
  private readonly seats: number[];
  private readonly rooms: PlannerRoom[];
  private readonly next: Int32Array;
  private readonly removed: Uint8Array;
  /** index of the largest slot that may still be free (only ever moves down) */
  private top: number;
  private free: number;

  constructor(rooms: PlannerRoom[]) {
    rooms.sort((a, b) => a.seats - b.seats || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.rooms = rooms;
    this.seats = rooms.map((r) => r.seats);
    this.next = new Int32Array(rooms.length + 1);
    for (let i = 0; i <= rooms.length; i++) this.next[i] = i;
    this.removed = new Uint8Array(rooms.length);
    this.top = rooms.length - 1;
    this.free = rooms.length;
  }

  private remove(i: number): void {
    this.next[i] = i + 1;
    this.removed[i] = 1;
    this.free--;
  }

  get size(): number {
    return this.free;
  }

  private find(i: number): number {
    let root = i;
    while (this.next[root] !== root) root = this.next[root] as number;
    while (this.next[i] !== root) {
      const up = this.next[i] as number;
      this.next[i] = root;
      i = up;
    }
    return root;
  }

  private lowerBound(s: number): number {
    let lo = 0;
    let hi = this.seats.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.seats[mid] as number) < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  take(s: number): PlannerRoom | undefined {
    const i = this.find(this.lowerBound(s));
    if (i >= this.rooms.length) return undefined;
    this.remove(i);
    return this.rooms[i];
  }

  /** Remove a given room (a pinned class keeps it). */
  takeRoom(roomId: string, seats: number): boolean {
    let i = this.find(this.lowerBound(seats));
    while (i < this.rooms.length && (this.seats[i] as number) === seats) {
      if (this.rooms[i]?.id === roomId) {
        this.remove(i);
        return true;
      }
      i = this.find(i + 1);
    }
    return false;
  }

  /** Amortised O(1): slots are only ever removed, so the top pointer only moves down. */
  largestFree(): number {
    while (this.top >= 0 && this.removed[this.top] === 1) this.top--;
    return this.top >= 0 ? (this.seats[this.top] as number) : 0;
  }
}

/** Max segment tree over a fixed list: point updates and "nearest index with value ≥ s" both ways. */
class MaxTree {
  private readonly n: number;
  private readonly t: Float64Array;

  constructor(values: readonly number[]) {
    let n = 1;
    while (n < Math.max(1, values.length)) n *= 2;
    this.n = n;
    this.t = new Float64Array(2 * n);
    values.forEach((v, i) => (this.t[n + i] = v));
    for (let i = n - 1; i >= 1; i--) this.t[i] = Math.max(this.t[2 * i] as number, this.t[2 * i + 1] as number);
  }

  max(): number {
    return this.t[1] as number;
  }

  set(i: number, v: number): void {
    let k = this.n + i;
    this.t[k] = v;
    for (k >>= 1; k >= 1; k >>= 1) this.t[k] = Math.max(this.t[2 * k] as number, this.t[2 * k + 1] as number);
  }

  /** Smallest index ≥ from with value ≥ s, or -1. */
  nextAtLeast(from: number, s: number): number {
    return this.descend(1, 0, this.n - 1, Math.max(0, from), s, true);
  }

  /** Largest index ≤ to with value ≥ s, or -1. */
  prevAtLeast(to: number, s: number): number {
    return to < 0 ? -1 : this.descend(1, 0, this.n - 1, to, s, false);
  }

  private descend(node: number, lo: number, hi: number, bound: number, s: number, forward: boolean): number {
    if ((this.t[node] as number) < s || (forward ? hi < bound : lo > bound)) return -1;
    if (lo === hi) return lo;
    const mid = (lo + hi) >> 1;
    const [first, second] = forward
      ? ([
          [2 * node, lo, mid],
          [2 * node + 1, mid + 1, hi],
        ] as const)
      : ([
          [2 * node + 1, mid + 1, hi],
          [2 * node, lo, mid],
        ] as const);
    const a = this.descend(first[0], first[1], first[2], bound, s, forward);
    return a !== -1 ? a : this.descend(second[0], second[1], second[2], bound, s, forward);
  }
}

interface MunicipalitySlots {
  /** [shift][equipped ? 0 : 1] */
  readonly pools: readonly (readonly [SlotPool, SlotPool])[];
  readonly roomCount: number;
}

interface Placement {
  readonly room: PlannerRoom;
  readonly shift: Shift;
}

interface WorkClass {
  key: string;
  readonly municipalityId: string;
  readonly language: string;
  traineeIds: string[];
  placement: Placement | null;
  /** why here, filled when placed */
  why: string;
}

const equipmentWords = (r: PlannerRoom): string =>
  r.hasProjector && r.hasTv ? 'projector and TV' : r.hasProjector ? 'projector' : r.hasTv ? 'TV' : 'no projector or TV';

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

const groupKey = (municipalityId: string, language: string): string => `${municipalityId}|${language}`;

function freshClasses(groups: readonly TraineeGroup[], max: number): { work: WorkClass[]; moves: Move[]; lowerBound: number } {
  const work: WorkClass[] = [];
  let lowerBound = 0;
  for (const g of mergeGroups(groups)) {
    const sizes = classSizes(g.traineeIds.length, max);
    lowerBound += sizes.length;
    let at = 0;
    for (const [i, s] of sizes.entries()) {
      work.push({
        key: `${g.municipalityId}|${g.language}|${i + 1}`,
        municipalityId: g.municipalityId,
        language: g.language,
        traineeIds: g.traineeIds.slice(at, at + s),
        placement: null,
        why: '',
      });
      at += s;
    }
  }
  return { work, moves: [], lowerBound };
}

/** Callers may pass one (municipality, language) in several pieces: one group each. */
function mergeGroups(groups: readonly TraineeGroup[]): TraineeGroup[] {
  const merged = new Map<string, { municipalityId: string; language: string; traineeIds: string[] }>();
  for (const g of groups) {
    const k = groupKey(g.municipalityId, g.language);
    const m = merged.get(k);
    if (m) for (const t of g.traineeIds) m.traineeIds.push(t);
    else merged.set(k, { municipalityId: g.municipalityId, language: g.language, traineeIds: [...g.traineeIds] });
  }
  return [...merged.values()].filter((g) => g.traineeIds.length > 0);
}

function pinnedClasses(input: PlannerInput, max: number): { work: WorkClass[]; moves: Move[]; lowerBound: number } {
  const previous = input.previous ?? [];
  const groups = mergeGroups(input.groups);
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const t of g.traineeIds) groupOf.set(t, groupKey(g.municipalityId, g.language));
  const prevClassOf = new Map<string, string>();
  const prevByGroup = new Map<string, PreviousClass[]>();
  const usedKeys = new Set<string>();
  for (const c of previous) {
    usedKeys.add(c.key);
    for (const t of c.traineeIds) prevClassOf.set(t, c.key);
    const k = groupKey(c.municipalityId, c.language);
    const list = prevByGroup.get(k);
    if (list) list.push(c);
    else prevByGroup.set(k, [c]);
  }

  const work: WorkClass[] = [];
  const moves: Move[] = [];
  let lowerBound = 0;
  for (const g of groups) {
    const k = groupKey(g.municipalityId, g.language);
    const sizes = classSizes(g.traineeIds.length, max);
    lowerBound += sizes.length;
    // Stayers per previous class of this group, in their previous order.
    const candidates = (prevByGroup.get(k) ?? []).map((c, position) => ({
      key: c.key,
      position,
      stayers: c.traineeIds.filter((t) => groupOf.get(t) === k),
    }));
    // Keep the classes with the most stayers; open new ones when more are needed.
    candidates.sort((a, b) => b.stayers.length - a.stayers.length || a.position - b.position);
    const kept = candidates.slice(0, sizes.length);
    const closed = candidates.slice(sizes.length);
    let n = 0;
    while (kept.length < sizes.length) {
      let key: string;
      do key = `${g.municipalityId}|${g.language}|${++n + (prevByGroup.get(k)?.length ?? 0)}`;
      while (usedKeys.has(key));
      usedKeys.add(key);
      kept.push({ key, position: Number.MAX_SAFE_INTEGER, stayers: [] });
    }
    // Largest targets to the classes with most stayers (kept is sorted that way; new ones last).
    const members: string[][] = kept.map(() => []);
    const overflow: { traineeId: string; from: string; reason: string }[] = [];
    kept.forEach((c, i) => {
      const target = sizes[i] as number;
      c.stayers.forEach((t, j) => {
        if (j < target) (members[i] as string[]).push(t);
        else overflow.push({ traineeId: t, from: c.key, reason: 'class over the new size' });
      });
    });
    for (const c of closed) for (const t of c.stayers) overflow.push({ traineeId: t, from: c.key, reason: 'class closed' });
    // Newcomers: not in this group's previous classes (new, or changed municipality/language).
    const newcomers: { traineeId: string; from: string | null; reason: string }[] = [];
    const groupKeys = new Set((prevByGroup.get(k) ?? []).map((c) => c.key));
    for (const t of g.traineeIds) {
      const from = prevClassOf.get(t);
      const stayedInGroup = from !== undefined && groupKeys.has(from);
      if (!stayedInGroup) newcomers.push({ traineeId: t, from: from ?? null, reason: from ? 'municipality or language changed' : 'new' });
    }
    const queue = [...newcomers, ...overflow];
    let qi = 0;
    const groupWork: { position: number; c: WorkClass }[] = [];
    kept.forEach((c, i) => {
      const target = sizes[i] as number;
      const list = members[i] as string[];
      while (list.length < target && qi < queue.length) {
        const q = queue[qi++] as { traineeId: string; from: string | null; reason: string };
        list.push(q.traineeId);
        if (q.from !== null)
          moves.push({
            traineeId: q.traineeId,
            municipalityId: g.municipalityId,
            fromClassKey: q.from,
            toClassKey: c.key,
            reason: q.reason,
          });
      }
      groupWork.push({
        position: c.position,
        c: { key: c.key, municipalityId: g.municipalityId, language: g.language, traineeIds: list, placement: null, why: '' },
      });
    });
    // Output in the previous plan's order, new classes last, so versions read alike.
    groupWork.sort((a, b) => a.position - b.position);
    for (const x of groupWork) work.push(x.c);
  }
  return { work, moves, lowerBound };
}
