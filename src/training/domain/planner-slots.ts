import { roomCoversEvent, type DateRange, type Placement, type PlannerRoom, type Shift } from './planner-model.js';
import { SlotPool } from './planner-structures.js';

interface MunicipalitySlots {
  /** [shift][equipped ? 0 : 1] */
  readonly pools: readonly (readonly [SlotPool, SlotPool])[];
  readonly roomCount: number;
}

/** The free (room, shift) slots of the usable rooms, by municipality. */
export class RoomSlots {
  private readonly byMunicipality = new Map<string, MunicipalitySlots>();
  /** usable rooms: seats and availability covering the event */
  readonly roomById = new Map<string, PlannerRoom>();

  constructor(
    rooms: readonly PlannerRoom[],
    event: DateRange,
    readonly shifts: readonly Shift[],
  ) {
    // Usable rooms by municipality, split into (shift × equipped) pools.
    const roomsByMun = new Map<string, PlannerRoom[]>();
    for (const r of rooms) {
      if (r.seats < 1 || !roomCoversEvent(r.availability, event)) continue;
      const list = roomsByMun.get(r.municipalityId);
      if (list) list.push(r);
      else roomsByMun.set(r.municipalityId, [r]);
    }
    for (const [mun, list] of roomsByMun) {
      const equipped = list.filter((r) => r.hasProjector || r.hasTv);
      const plain = list.filter((r) => !r.hasProjector && !r.hasTv);
      this.byMunicipality.set(mun, {
        pools: shifts.map(() => [new SlotPool([...equipped]), new SlotPool([...plain])] as const),
        roomCount: list.length,
      });
    }
    for (const list of roomsByMun.values()) for (const r of list) this.roomById.set(r.id, r);
  }

  /** The municipality has a usable room. */
  has(mun: string): boolean {
    return this.byMunicipality.has(mun);
  }

  roomCount(mun: string): number {
    return this.byMunicipality.get(mun)?.roomCount ?? 0;
  }

  /** Best slot in one municipality: morning before afternoon, equipped before plain, smallest that fits. */
  takeIn(mun: string, size: number): Placement | undefined {
    const s = this.byMunicipality.get(mun);
    if (!s) return undefined;
    for (const [si, pair] of s.pools.entries()) {
      for (const pool of pair) {
        const room = pool.take(size);
        if (room) return { room, shift: this.shifts[si] as Shift };
      }
    }
    return undefined;
  }

  largestFreeIn(mun: string): number {
    const s = this.byMunicipality.get(mun);
    if (!s) return 0;
    let best = 0;
    for (const pair of s.pools) for (const pool of pair) best = Math.max(best, pool.largestFree());
    return best;
  }

  /** Take one given slot; false when it is not free (or not usable). */
  takeSlot(room: PlannerRoom, shift: Shift): boolean {
    const s = this.byMunicipality.get(room.municipalityId);
    const si = this.shifts.indexOf(shift);
    if (!s || si < 0) return false;
    const pair = s.pools[si] as readonly [SlotPool, SlotPool];
    return (room.hasProjector || room.hasTv ? pair[0] : pair[1]).takeRoom(room.id, room.seats);
  }
}

/**
 * Phase 2: the free slots of the usable rooms (two shifts, or the morning only), less the
 * slots other plans of the event hold.
 */
export function openSlots(
  rooms: readonly PlannerRoom[],
  event: DateRange,
  shifts: readonly Shift[],
  blocked: readonly { readonly roomId: string; readonly shift: Shift }[] = [],
): RoomSlots {
  const slots = new RoomSlots(rooms, event, shifts);
  for (const b of blocked) {
    const room = slots.roomById.get(b.roomId);
    if (room) slots.takeSlot(room, b.shift);
  }
  return slots;
}
