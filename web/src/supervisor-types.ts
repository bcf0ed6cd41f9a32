// Answers of the supervisor selection, eligibility and score import routes (src/recruitment/supervisor.schemas.ts).

export interface Ineligibility {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface Application {
  readonly id: string;
  readonly kind: 'SUPERVISOR' | 'ENUMERATOR';
  readonly fullName: string;
  readonly community: string;
  readonly languageOfWork: string;
  readonly score: string | null;
  readonly status: string;
  readonly dateOfBirth: string | null;
  readonly documents: readonly string[];
  readonly eligible: boolean;
  readonly ineligibility: readonly Ineligibility[];
}

export interface SupervisorRanking {
  readonly selectedAt: string | null;
  readonly publishedAt: string | null;
  readonly communities: readonly {
    readonly community: string;
    readonly required: number;
    readonly candidates: readonly {
      readonly rank: number;
      readonly applicationId: string;
      readonly fullName: string;
      readonly languageOfWork: string;
      readonly score: string | null;
      readonly status: string;
      readonly deviationReason: string | null;
    }[];
  }[];
  readonly unscored: readonly { readonly applicationId: string; readonly fullName: string }[];
}

export interface SupervisorResults {
  readonly publishedAt: string | null;
  readonly supervisors: readonly {
    readonly applicationId: string;
    readonly staffId: string;
    readonly fullName: string;
    readonly community: string;
    readonly status: string;
    readonly teamCodes: readonly string[];
  }[];
  readonly reserve: readonly {
    readonly community: string;
    readonly candidates: readonly {
      readonly reserveRank: number;
      readonly applicationId: string;
      readonly fullName: string;
      readonly languageOfWork: string;
      readonly score: string | null;
    }[];
  }[];
}

export interface SupervisorReplacement {
  readonly id: string;
  readonly leaverStaffId: string;
  readonly leavingDate: string;
  readonly cutoverDate: string;
  readonly reason: string;
  readonly status: 'PROPOSED' | 'ACCEPTED';
  readonly proposedApplicationId: string;
  readonly replacementStaffId: string | null;
}

export interface ScoreImportResult {
  readonly dryRun: boolean;
  readonly rows: number;
  readonly recorded: number;
  readonly changed: number;
  readonly unchanged: number;
}
