// Answers of the supervisor selection, eligibility and score import routes (src/recruitment/supervisor.schemas.ts).
// Those the API description types are aliases of the generated types (npm run api:types);
// the applications list is not described yet and keeps its hand-written shape until it is.
import type { Answer, ApiPaths, ResponseOf } from './api';

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

type Base = '/recruitment/competitions/{id}/municipalities/{code}';

export type SupervisorResults = Answer<`${Base}/supervisors/results`>;

export type ScoreImportResult = ResponseOf<ApiPaths['/recruitment/competitions/{id}/scores/import']['post']>;
