import { notice, type NoticeParam } from '../../common/text/notice.js';
import {
  equipmentOf,
  type DateRange,
  type PlannedClass,
  type PlannerMunicipality,
  type Shortfall,
  type WorkClass,
} from './planner-model.js';
import type { Neighbours } from './planner-neighbours.js';
import type { RoomSlots } from './planner-slots.js';

/**
 * Phase 6: every class with a code saying where and why there (`CLASS_PLACED`: trainees,
 * language, municipality, room, roomMunicipality, seats, equipment, shift, from, to, reason
 * with nearestMunicipality and ownRooms, secondShift 1 when the morning slots were full), or why
 * nowhere (`CLASS_UNPLACED`). Municipalities are their codes, worded at the edge.
 */
export function explainClasses(work: readonly WorkClass[], codeOf: (municipalityId: string) => string, event: DateRange): PlannedClass[] {
  return work.map((c) => {
    const n = c.traineeIds.length;
    const who = { trainees: n, language: c.language, municipality: codeOf(c.municipalityId), from: event.from, to: event.to };
    if (c.placement) {
      const { room, shift } = c.placement;
      const why = c.why ?? { reason: 'OWN_MUNICIPALITY' };
      const reason: Record<string, NoticeParam> =
        why.reason === 'NEAREST_IN_REGION'
          ? { reason: why.reason, nearestMunicipality: codeOf(why.nearest), ownRooms: why.ownRooms }
          : { reason: why.reason };
      const explanation = notice('CLASS_PLACED', {
        ...who,
        room: room.label,
        roomMunicipality: codeOf(room.municipalityId),
        seats: room.seats,
        equipment: equipmentOf(room),
        shift,
        ...reason,
        secondShift: shift === 'AFTERNOON' && why.reason !== 'KEPT_FROM_PUBLISHED' ? 1 : 0,
      });
      return {
        key: c.key,
        municipalityId: c.municipalityId,
        language: c.language,
        traineeIds: c.traineeIds,
        roomId: room.id,
        roomMunicipalityId: room.municipalityId,
        shift,
        explanation,
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
      explanation: notice('CLASS_UNPLACED', who),
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
