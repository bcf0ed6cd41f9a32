import type { Notice } from '../../common/text/notice.js';
/** The room planner's data (input, result and working state) and its small shared rules. */

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
  /** e.g. "Shkolla Naim Frashëri, Salla 12": a proper name, printed as recorded in explanations */
  readonly label: string;
  readonly seats: number;
  readonly hasProjector: boolean;
  readonly hasTv: boolean;
  readonly availability: readonly DateRange[];
}

export interface PlannerMunicipality {
  readonly id: string;
  /** how notices name it: its code, worded to its name in the reader's language at the edge */
  readonly code: string;
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
  /** where and why there, or why nowhere, as a code (`notice.CLASS_PLACED` / `notice.CLASS_UNPLACED`) */
  readonly explanation: Notice;
}

export interface Shortfall {
  readonly municipalityId: string;
  readonly language: string;
  readonly classSize: number;
  readonly classKeys: readonly string[];
  readonly traineeIds: readonly string[];
  /** why, as a code (`notice.CLASS_NO_ROOM` in messages/) */
  readonly notice: Notice;
}

/** Why a trainee changed class on a re-plan, as a code (`notice.<code>` in messages/). */
export type MoveReason = 'MOVE_CLASS_OVER_SIZE' | 'MOVE_CLASS_CLOSED' | 'MOVE_GROUP_CHANGED' | 'MOVE_NEW';

export interface Move {
  readonly traineeId: string;
  readonly municipalityId: string;
  readonly fromClassKey: string | null;
  readonly toClassKey: string;
  readonly reason: MoveReason;
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

/** A room's equipment as one code, for notices. */
export const equipmentOf = (r: PlannerRoom): 'PROJECTOR_TV' | 'PROJECTOR' | 'TV' | 'NONE' =>
  r.hasProjector && r.hasTv ? 'PROJECTOR_TV' : r.hasProjector ? 'PROJECTOR' : r.hasTv ? 'TV' : 'NONE';

/** Where a class sits: a room and one of its two daily slots. */
export interface Placement {
  readonly room: PlannerRoom;
  readonly shift: Shift;
}

/** A class while it is being planned. */
export interface WorkClass {
  key: string;
  readonly municipalityId: string;
  readonly language: string;
  traineeIds: string[];
  placement: Placement | null;
  /** why here, filled when placed */
  why: PlacementReason | null;
}

/**
 * Why a class sits where it does: its own municipality, the nearest one of the region (whose
 * own rooms were all BUSY at that size, or NONE were available on the event's days), or the
 * published plan's slot kept.
 */
export type PlacementReason =
  | { readonly reason: 'OWN_MUNICIPALITY' }
  | { readonly reason: 'NEAREST_IN_REGION'; readonly nearest: string; readonly ownRooms: 'BUSY' | 'NONE' }
  | { readonly reason: 'KEPT_FROM_PUBLISHED' };
