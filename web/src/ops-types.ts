// What the console reads from the training, equipment and recruitment APIs (only the fields it shows).

export interface MunRef {
  readonly code: string | null;
  readonly nameSq: string | null;
}

export interface Room {
  readonly id: string;
  readonly name: string;
  readonly seats: number;
  readonly hasProjector: boolean;
  readonly hasTv: boolean;
}

export interface Venue {
  readonly id: string;
  readonly municipality: { readonly code: string; readonly nameSq: string };
  readonly name: string;
  readonly kind: string;
  readonly address: string;
  readonly rooms: readonly Room[];
  readonly seats: number;
}

export interface TrainingEvent {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly region: { readonly code: string; readonly nameSq: string } | null;
  readonly maxClassSize: number;
  readonly warnings: readonly string[];
}

export interface PlanHead {
  readonly id: string;
  readonly event: TrainingEvent;
  readonly municipalityId: string | null;
  readonly version: number;
  readonly status: string;
  readonly pinned: boolean;
  readonly maxClassSize: number;
  readonly createdAt: string;
  readonly publishedAt: string | null;
  readonly summary: { readonly warnings: readonly string[] };
}

export interface PlanClass {
  readonly key: string;
  readonly municipality: MunRef | null;
  readonly language: string;
  readonly size: number;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly shift: string | null;
  readonly room: {
    readonly name: string;
    readonly seats: number;
    readonly venue: { readonly name: string; readonly address: string };
  } | null;
  readonly explanation: string;
  readonly trainees: readonly { readonly id: string; readonly fullName: string | null }[];
}

export interface TrainingPlan extends PlanHead {
  readonly municipality: MunRef | null;
  readonly classes: readonly PlanClass[];
  readonly shortfalls: readonly {
    readonly municipality: MunRef | null;
    readonly language: string;
    readonly classSize: number;
    readonly classes: number;
    readonly message: string;
  }[];
  readonly moves: readonly {
    readonly traineeId: string;
    readonly fullName: string | null;
    readonly fromClassKey: string | null;
    readonly toClassKey: string;
    readonly reason: string;
  }[];
}

export interface Item {
  readonly id: string;
  readonly serial: string;
  readonly typeCode: string;
  readonly typeName: string;
  readonly status: string;
  readonly location: { readonly store: 'ASK' | 'MUNICIPALITY'; readonly municipalityCode: string | null };
  readonly storageRoom: { readonly name: string | null } | null;
  readonly holderStaffId: string | null;
}

export interface ItemType {
  readonly code: string;
  readonly name: string;
}

export interface Kit {
  readonly role: string;
  readonly lines: readonly { readonly typeCode: string; readonly quantity: number }[];
  readonly isDefault?: boolean;
}

export interface DistributionPlanHead {
  readonly id: string;
  readonly version: number;
  readonly sparePercent: number;
  readonly missingSummary: string | null;
  readonly createdAt: string;
}

export interface DistributionLine {
  readonly staffId: string;
  readonly fullName: string;
  readonly role: string;
  readonly items: readonly { readonly typeCode: string; readonly serial: string | null; readonly alreadyIssued: boolean }[];
  readonly complete: boolean;
  readonly session: {
    readonly startDate: string;
    readonly endDate: string;
    readonly venueName: string;
    readonly roomName: string;
    readonly shift: string | null;
  } | null;
  readonly sessionNote: string | null;
}

export interface DistributionPlan {
  readonly id: string;
  readonly municipality: { readonly code: string; readonly name: string };
  readonly version: number;
  readonly sparePercent: number;
  readonly storageRoom: { readonly name: string; readonly address: string | null } | null;
  readonly createdAt: string;
  readonly lines: readonly DistributionLine[];
  readonly spares: readonly { readonly typeCode: string; readonly wanted: number; readonly serials: readonly string[] }[];
  readonly needs: readonly {
    readonly typeCode: string;
    readonly typeName: string;
    readonly need: number;
    readonly have: number;
    readonly missing: number;
  }[];
  readonly missing: {
    readonly summary: string | null;
    readonly items: readonly { readonly typeCode: string; readonly count: number }[];
    readonly incompleteKits: readonly { readonly staffId: string; readonly fullName: string; readonly typeCodes: readonly string[] }[];
    readonly sessionsNotPlanned: readonly { readonly staffId: string; readonly fullName: string }[];
  };
}

export interface StaffKit {
  readonly staffId: string;
  readonly fullName: string;
  readonly holds: readonly { readonly serial: string; readonly typeCode: string; readonly typeName: string }[];
}

/** A page of a list (`{ items, total, nextCursor }`): pass `nextCursor` as `cursor` for the next page. */
export interface ListPage<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly nextCursor: string | null;
}

/** Competitions are few: one page of this size holds them all. */
export const COMPETITIONS_QUERY = { limit: 500 } as const;

export interface Competition {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

/** One shortlist the commission received: a re-send is a new version saying what changed and who sent it. */
export interface ShortlistVersion {
  readonly version: number;
  readonly sentAt: string;
  readonly sentBy: string | null;
  readonly reason: string | null;
  readonly changes: {
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly moved: readonly { readonly applicationId: string; readonly from: number; readonly to: number }[];
  };
}

export interface Shortlist {
  readonly competitionId: string;
  readonly municipalityCode: string;
  readonly sentAt: string | null;
  readonly version?: number;
  readonly versions?: readonly ShortlistVersion[];
  readonly finalisedAt: string | null;
  readonly publishedAt: string | null;
  readonly communities: readonly {
    readonly community: string;
    readonly required: number;
    readonly candidates: readonly {
      readonly rank: number | null;
      readonly applicationId: string;
      readonly fullName: string;
      readonly languageOfWork: string;
      readonly score: string | null;
      readonly status: string;
      readonly deviationReason: string | null;
    }[];
  }[];
}

export interface DeadlineFlag {
  readonly id: string;
  readonly kind: string;
  readonly subject: string;
  readonly municipalityCode: string | null;
  readonly message: string;
  readonly dueAt: string;
  readonly raisedAt: string;
  readonly doneAt: string | null;
}
