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
 *  - What cannot be placed is reported per municipality and class size, as codes worded at the edge.
 *  - Pinned re-plan (`previous`): trainees that can stay in their class stay; leavers are
 *    removed; newcomers fill free places or open classes; classes keep their room when it still
 *    fits. Minimal moves: the largest target sizes go to the classes with the most stayers,
 *    so a trainee moves only when their class must shrink or close.
 */

import { formClasses } from './planner-classes.js';
import { SHIFTS, type PlannerInput, type PlannerResult, type Shift } from './planner-model.js';
import { Neighbours } from './planner-neighbours.js';
import { keepPinnedSlots, placeInOwnMunicipality, placeInRegion, placementOrder } from './planner-placement.js';
import { explainClasses, shortfallsOf, traineeTotals } from './planner-report.js';
import { openSlots } from './planner-slots.js';

export * from './planner-model.js';

/** The planner: form classes, open the slots, keep pinned slots, place at home, then nearby, then explain. */
export function planRooms(input: PlannerInput): PlannerResult {
  const max = input.maxClassSize;
  if (!Number.isInteger(max) || max < 1) throw new RangeError('maxClassSize must be a positive whole number');
  const shifts: readonly Shift[] = input.allowSecondShift === false ? ['MORNING'] : SHIFTS;
  const munById = new Map(input.municipalities.map((m) => [m.id, m]));
  const codeOf = (id: string): string => munById.get(id)?.code ?? id;

  const { work, moves, lowerBound } = formClasses(input);
  const slots = openSlots(input.rooms, input.event, shifts, input.blockedSlots);
  const relocated = input.previous ? keepPinnedSlots(work, input.previous, slots) : [];
  const spill = placeInOwnMunicipality(placementOrder(work, input.municipalities), slots);
  const neighbours = new Neighbours(input.municipalities, input.distances ?? [], slots);
  const unplaced = placeInRegion(spill, slots, neighbours);

  return {
    classes: explainClasses(work, codeOf, input.event),
    shortfalls: shortfallsOf(unplaced, work, { municipalities: input.municipalities, slots, neighbours, event: input.event }),
    moves,
    relocatedClassKeys: relocated,
    lowerBound,
    classesPlaced: work.length - unplaced.length,
    ...traineeTotals(work),
  };
}
