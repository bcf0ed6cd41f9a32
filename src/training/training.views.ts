import { AppError } from '../common/errors/app-error.js';
import { fromDate } from '../common/http/zod.pipe.js';
import type { Scope } from '../common/scope/scope.js';
import { noticeWarning } from './domain/training-rules.js';
import type { EventRow, PlanHead } from './training.repository.js';

/** Views and errors shared by the training services (events, plans, sessions). */

export const eventNotFound = (): AppError => new AppError('TRAINING_EVENT_UNKNOWN', 'training event not found');
export const planNotFound = (): AppError => new AppError('TRAINING_PLAN_UNKNOWN', 'training plan not found');

/** A plan-level warning; municipalityId null = about the whole plan. */
export interface Warning {
  readonly municipalityId: string | null;
  readonly message: string;
}

export interface RegionNames {
  readonly code: string;
  readonly nameSq: string;
  readonly nameSr: string;
}

/** An event as the API shows it, with its late-notice warning (KKR events). */
export function eventView(e: EventRow, regionById: ReadonlyMap<string, RegionNames>) {
  const range = { from: fromDate(e.startDate) as string, to: fromDate(e.endDate) as string };
  const warning = e.kind === 'KKR_REGIONAL' ? noticeWarning(range, fromDate(e.noticeDate), e.hostRoomId !== null) : null;
  const region = e.regionId ? regionById.get(e.regionId) : undefined;
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    startDate: range.from,
    endDate: range.to,
    region: region ? { code: region.code, nameSq: region.nameSq, nameSr: region.nameSr } : null,
    hostRoomId: e.hostRoomId,
    noticeDate: fromDate(e.noticeDate),
    maxClassSize: e.maxClassSize,
    warnings: warning ? [warning] : [],
  };
}

/** A plan version’s head; a municipality sees only the warnings about itself or the whole plan. */
export function headView(h: PlanHead, scope: Scope, regionById: ReadonlyMap<string, RegionNames>) {
  const summary = h.summary as { warnings?: Warning[] } & Record<string, unknown>;
  const visible = (m: string | null) => scope.kind === 'national' || m === null || scope.municipalityIds.includes(m);
  return {
    id: h.id,
    event: eventView(h.event, regionById),
    municipalityId: h.municipalityId,
    version: h.version,
    status: h.status,
    pinned: h.pinned,
    maxClassSize: h.maxClassSize,
    basedOnPlanId: h.basedOnPlanId,
    createdAt: h.createdAt,
    publishedAt: h.publishedAt,
    summary:
      scope.kind === 'national'
        ? { ...summary, warnings: (summary.warnings ?? []).map((w) => w.message) }
        : { warnings: (summary.warnings ?? []).filter((w) => visible(w.municipalityId)).map((w) => w.message) },
  };
}
