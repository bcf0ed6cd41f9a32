import type { Distance, PlannerMunicipality } from './planner-model.js';
import { MaxTree } from './planner-structures.js';
import type { RoomSlots } from './planner-slots.js';

/**
 * "Nearest" without coordinates: the distance table (symmetric, any unit) first, ascending;
 * then the other municipalities of the region by |Δ sortOrder|, ties by sortOrder, then id.
 * Built once the own-municipality placements are done: per region, a max tree over the largest
 * free slot of each municipality with rooms (list order), so "nearest municipality with a slot
 * of ≥ s seats" is O(log region), not a scan.
 */
export class Neighbours {
  private readonly munById: Map<string, PlannerMunicipality>;
  private readonly byRegion = new Map<string, PlannerMunicipality[]>();
  /** per region, the municipalities that have rooms, in list order (sortOrder, id) */
  private readonly withRooms = new Map<string, PlannerMunicipality[]>();
  private readonly listedNeighbours = new Map<string, PlannerMunicipality[]>();
  private readonly regionTree = new Map<string, MaxTree>();
  private readonly posInRegion = new Map<string, number>();

  constructor(
    municipalities: readonly PlannerMunicipality[],
    distances: readonly Distance[],
    private readonly slots: RoomSlots,
  ) {
    this.munById = new Map(municipalities.map((m) => [m.id, m]));
    for (const m of municipalities) {
      const list = this.byRegion.get(m.regionId);
      if (list) list.push(m);
      else this.byRegion.set(m.regionId, [m]);
    }
    const distance = new Map<string, number>();
    for (const d of distances) {
      distance.set(`${d.from}|${d.to}`, d.distance);
      if (!distance.has(`${d.to}|${d.from}`)) distance.set(`${d.to}|${d.from}`, d.distance);
    }
    for (const [region, list] of this.byRegion) {
      this.withRooms.set(
        region,
        list.filter((m) => slots.has(m.id)).sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      );
    }
    for (const d of distances) {
      for (const [a, b] of [
        [d.from, d.to],
        [d.to, d.from],
      ] as const) {
        const mb = this.munById.get(b);
        const ma = this.munById.get(a);
        if (!ma || !mb || ma.regionId !== mb.regionId || a === b || !slots.has(b)) continue;
        const list = this.listedNeighbours.get(a) ?? [];
        if (!list.includes(mb)) list.push(mb);
        this.listedNeighbours.set(a, list);
      }
    }
    for (const [a, list] of this.listedNeighbours)
      list.sort((x, y) => (distance.get(`${a}|${x.id}`) ?? 0) - (distance.get(`${a}|${y.id}`) ?? 0));
    for (const [region, list] of this.withRooms) {
      list.forEach((m, i) => this.posInRegion.set(m.id, i));
      this.regionTree.set(region, new MaxTree(list.map((m) => slots.largestFreeIn(m.id))));
    }
  }

  /** After a slot of `mun` was taken. */
  refresh(mun: string): void {
    const m = this.munById.get(mun);
    const pos = this.posInRegion.get(mun);
    if (m && pos !== undefined) this.regionTree.get(m.regionId)?.set(pos, this.slots.largestFreeIn(mun));
  }

  /**
   * The nearest other municipality of the region with a free slot of ≥ size seats: distance-table
   * entries ascending first, then outward from the municipality in the region's list order
   * (smallest |Δ sortOrder|, the earlier one on a tie).
   */
  nearestWithRoom(mun: string, size: number): PlannerMunicipality | undefined {
    const self = this.munById.get(mun);
    if (!self) return undefined;
    for (const m of this.listedNeighbours.get(mun) ?? []) if (this.slots.largestFreeIn(m.id) >= size) return m;
    const list = this.withRooms.get(self.regionId) ?? [];
    const tree = this.regionTree.get(self.regionId);
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
  }

  /** The largest free slot in the municipality or anywhere in its region. */
  largestInRegion(mun: string): number {
    const m = this.munById.get(mun);
    return Math.max(this.slots.largestFreeIn(mun), m ? (this.regionTree.get(m.regionId)?.max() ?? 0) : 0);
  }

  /** Usable rooms of a region. */
  roomsInRegion(regionId: string | undefined): number {
    return (this.byRegion.get(regionId ?? '') ?? []).reduce((sum, m) => sum + this.slots.roomCount(m.id), 0);
  }
}
