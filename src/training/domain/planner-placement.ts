import type { PlannerMunicipality, PreviousClass, WorkClass } from './planner-model.js';
import type { Neighbours } from './planner-neighbours.js';
import type { RoomSlots } from './planner-slots.js';

/**
 * Phase 3 (re-plans): pinned classes keep their slot when the room is still usable and large
 * enough. Returns the keys of the previous classes that must change room or shift.
 */
export function keepPinnedSlots(work: readonly WorkClass[], previous: readonly PreviousClass[], slots: RoomSlots): string[] {
  const relocated: string[] = [];
  const prevByKey = new Map(previous.map((c) => [c.key, c]));
  for (const c of work) {
    const prev = prevByKey.get(c.key);
    if (!prev?.roomId || !prev.shift) continue;
    const room = slots.roomById.get(prev.roomId);
    if (!room || room.seats < c.traineeIds.length) {
      relocated.push(c.key);
      continue;
    }
    if (slots.takeSlot(room, prev.shift)) {
      c.placement = { room, shift: prev.shift };
      c.why = { reason: 'KEPT_FROM_PUBLISHED' };
    } else relocated.push(c.key);
  }
  return relocated;
}

/** The classes still to place: largest first, municipality by municipality in the region's list order. */
export function placementOrder(work: readonly WorkClass[], municipalities: readonly PlannerMunicipality[]): WorkClass[] {
  const munById = new Map(municipalities.map((m) => [m.id, m]));
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
  return work.filter((c) => c.placement === null).sort(order);
}

/** Phase 4: each class in its own municipality where a slot fits; returns the classes that spill over. */
export function placeInOwnMunicipality(pending: readonly WorkClass[], slots: RoomSlots): WorkClass[] {
  const spill: WorkClass[] = [];
  for (const c of pending) {
    const p = slots.takeIn(c.municipalityId, c.traineeIds.length);
    if (p) {
      c.placement = p;
      c.why = { reason: 'OWN_MUNICIPALITY' };
    } else spill.push(c);
  }
  return spill;
}

/**
 * Phase 5: the nearest municipality of the same region with a fitting free slot; returns the
 * classes left without a room. Spill classes come municipality by municipality, largest first,
 * and slots only get fewer: once a size found nothing, no later class of that municipality at
 * least as large can, so it is skipped.
 */
export function placeInRegion(spill: readonly WorkClass[], slots: RoomSlots, neighbours: Neighbours): WorkClass[] {
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
    const m = size < failedSize ? neighbours.nearestWithRoom(c.municipalityId, size) : undefined;
    const p = m ? slots.takeIn(m.id, size) : undefined;
    if (m && p) {
      neighbours.refresh(m.id);
      c.placement = p;
      // BUSY: its own rooms are taken or too small at this size; NONE: none is available on the event's days
      c.why = { reason: 'NEAREST_IN_REGION', nearest: m.code, ownRooms: slots.has(c.municipalityId) ? 'BUSY' : 'NONE' };
      placed = true;
    }
    if (!placed) {
      failedSize = Math.min(failedSize, size);
      unplaced.push(c);
    }
  }
  return unplaced;
}
