import { notice, type NoticeParam } from '../../common/text/notice.js';
import {
  equipmentWords,
  formatRange,
  type DateRange,
  type PlannedClass,
  type PlannerMunicipality,
  type Shortfall,
  type WorkClass,
} from './planner-model.js';
import type { Neighbours } from './planner-neighbours.js';
import { KEPT_FROM_PUBLISHED } from './planner-placement.js';
import type { RoomSlots } from './planner-slots.js';

/** Phase 6: every class with one line saying where and why there, or why nowhere. */
export function explainClasses(work: readonly WorkClass[], nameOf: (municipalityId: string) => string, event: DateRange): PlannedClass[] {
  const when = formatRange(event);
  return work.map((c) => {
    const n = c.traineeIds.length;
    if (c.placement) {
      const { room, shift } = c.placement;
      const shiftWhy = shift === 'AFTERNOON' && c.why !== KEPT_FROM_PUBLISHED ? ', second shift: morning slots were full' : '';
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
}

/**
 * Phase 7: what could not be placed, per municipality, language and class size, as a code
 * (`notice.CLASS_NO_ROOM`): how many classes of which size, the event's days, and why
 * (`cause`: NO_ROOMS in the municipality or its region, LARGEST free room nearby with
 * `largest` seats, or ALL_TAKEN in its `shifts`).
 */
export function shortfallsOf(
  unplaced: readonly WorkClass[],
  work: readonly WorkClass[],
  ctx: {
    readonly municipalities: readonly PlannerMunicipality[];
    readonly slots: RoomSlots;
    readonly neighbours: Neighbours;
    readonly event: DateRange;
  },
): Shortfall[] {
  const munById = new Map(ctx.municipalities.map((m) => [m.id, m]));
  const languagesOf = new Map<string, Set<string>>();
  for (const c of work) {
    const set = languagesOf.get(c.municipalityId);
    if (set) set.add(c.language);
    else languagesOf.set(c.municipalityId, new Set([c.language]));
  }
  const shortBy = new Map<string, WorkClass[]>();
  for (const c of unplaced) {
    const k = `${c.municipalityId}|${c.language}|${c.traineeIds.length}`;
    const list = shortBy.get(k);
    if (list) list.push(c);
    else shortBy.set(k, [c]);
  }
  return [...shortBy.values()].map((cs) => {
    const first = cs[0] as WorkClass;
    const size = first.traineeIds.length;
    const mun = first.municipalityId;
    const regionRooms = ctx.neighbours.roomsInRegion(munById.get(mun)?.regionId);
    const largest = ctx.neighbours.largestInRegion(mun);
    const cause: Record<string, NoticeParam> =
      regionRooms === 0 && !ctx.slots.has(mun)
        ? { cause: 'NO_ROOMS' }
        : largest > 0
          ? { cause: 'LARGEST', largest }
          : { cause: 'ALL_TAKEN', shifts: ctx.slots.shifts.length };
    return {
      municipalityId: mun,
      language: first.language,
      classSize: size,
      classKeys: cs.map((c) => c.key),
      traineeIds: cs.flatMap((c) => c.traineeIds),
      notice: notice('CLASS_NO_ROOM', { classes: cs.length, size, from: ctx.event.from, to: ctx.event.to, ...cause }),
    };
  });
}

/** Trainees with and without a room. */
export function traineeTotals(work: readonly WorkClass[]): { traineesPlaced: number; traineesUnplaced: number } {
  let traineesPlaced = 0;
  let traineesUnplaced = 0;
  for (const c of work) {
    if (c.placement) traineesPlaced += c.traineeIds.length;
    else traineesUnplaced += c.traineeIds.length;
  }
  return { traineesPlaced, traineesUnplaced };
}
