// What the console reads from the training, equipment and recruitment APIs: aliases of the types
// generated from the API description (web/src/generated/api.d.ts), so a change of a response
// breaks the console's type-check, not its users.
import type { Answer, ItemOf } from './api';
export type { ListPage } from './components/cursor-list';

export type Venue = ItemOf<Answer<'/training/venues'>>;
export type TrainingEvent = ItemOf<Answer<'/training/events'>>;
export type PlanHead = ItemOf<Answer<'/training/plans'>>;
export type TrainingPlan = Answer<'/training/plans/{id}'>;

export type Item = ItemOf<Answer<'/equipment/items'>>;
export type ItemType = ItemOf<Answer<'/equipment/item-types'>>;
export type Kit = ItemOf<Answer<'/equipment/kits'>>;
export type DistributionPlanHead = ItemOf<Answer<'/equipment/municipalities/{code}/distribution-plans'>>;
export type DistributionPlan = Answer<'/equipment/distribution-plans/{id}'>;
export type DistributionLine = DistributionPlan['lines'][number];
export type StaffKit = Answer<'/equipment/staff/{id}/kit'>;

/** Competitions are few: one page of this size holds them all. */
export const COMPETITIONS_QUERY = { limit: 500 } as const;

export type Competition = ItemOf<Answer<'/recruitment/competitions'>>;
export type Shortlist = Answer<'/recruitment/competitions/{id}/municipalities/{code}/shortlist'>;
export type DeadlineFlag = ItemOf<Answer<'/recruitment/deadline-flags'>>;
