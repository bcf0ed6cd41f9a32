// Answers of the supervisor selection, eligibility and score import routes (src/recruitment/supervisor.schemas.ts).
// All are aliases of the types generated from the API description (npm run api:types).
import type { Answer, ApiPaths, ItemOf, ResponseOf } from './api';

type Base = '/recruitment/competitions/{id}/municipalities/{code}';

export type Application = ItemOf<Answer<`${Base}/applications`>>;
export type Ineligibility = Application['ineligibility'][number];

export type SupervisorResults = Answer<`${Base}/supervisors/results`>;

export type ScoreImportResult = ResponseOf<ApiPaths['/recruitment/competitions/{id}/scores/import']['post']>;
