import { messageCatalogue } from '../common/i18n/catalogue.js';
import type { Locale } from '../common/i18n/locales.js';
import { serbianInScript } from '../common/i18n/serbian-script.js';
import { wordNotice } from '../common/i18n/word-notice.js';
import { AppError } from '../common/errors/app-error.js';
import { fromDate } from '../common/http/zod.pipe.js';
import type { Scope } from '../common/scope/scope.js';
import { type Notice, noticeOf } from '../common/text/notice.js';
import { noticeWarning } from './domain/training-rules.js';
import type { EventRow, PlanHead } from './training.repository.js';

/** Views and errors shared by the training services (events, plans, sessions). */

export const eventNotFound = (): AppError => new AppError('TRAINING_EVENT_UNKNOWN', 'training event not found');
export const planNotFound = (): AppError => new AppError('TRAINING_PLAN_UNKNOWN', 'training plan not found');

/** A plan-level warning as stored in the plan's summary; municipalityId null = about the whole plan. */
export interface Warning {
  readonly municipalityId: string | null;
  readonly notice: Notice;
}

export interface RegionNames {
  readonly code: string;
  readonly nameSq: string;
  readonly nameSr: string;
}

/** A municipality's or region's name in the reader's language: Serbian in the reader's script, else Albanian. */
export function placeNameIn(p: { readonly nameSq: string | null; readonly nameSr: string | null }, locale: Locale): string {
  if ((locale === 'sr-Latn' || locale === 'sr-Cyrl') && p.nameSr) return serbianInScript(p.nameSr, locale === 'sr-Cyrl' ? 'Cyrl' : 'Latn');
  return p.nameSq ?? p.nameSr ?? '';
}

/** How the training answers word their notices: the reader's language and municipality names by code. */
export interface TrainingWords {
  readonly locale: Locale;
  readonly municipalityName: (code: string) => string | undefined;
}

export function trainingWords(
  locale: Locale,
  municipalities: readonly { readonly code: string; readonly nameSq: string | null; readonly nameSr: string | null }[],
): TrainingWords {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  return {
    locale,
    municipalityName: (code) => {
      const m = byCode.get(code);
      return m ? placeNameIn(m, locale) : undefined;
    },
  };
}

/** A notice on the wire: its code and params with the reader's wording (`CodedMessage`). */
export function codedMessage(w: TrainingWords, n: Notice) {
  return { code: n.code, params: { ...n.params }, text: wordNotice(w.locale, 'notice', n, w) };
}

/**
 * An event's name as people read it: the name a person gave it, else its kind in the reader's
 * language (a regional KKR training with its region).
 */
export function eventTitle(e: { readonly kind: string; readonly name: string | null }, locale: Locale, region?: RegionNames): string {
  if (e.name !== null) return e.name;
  const kind = messageCatalogue().format(locale, `report.eventKind.${e.kind}`);
  return region ? `${kind} – ${placeNameIn(region, locale)}` : kind;
}

/** An event as the API shows it, with its late-notice warning (KKR events). */
export function eventView(e: EventRow, regionById: ReadonlyMap<string, RegionNames>, w: TrainingWords) {
  const range = { from: fromDate(e.startDate) as string, to: fromDate(e.endDate) as string };
  const warning = e.kind === 'KKR_REGIONAL' ? noticeWarning(range, fromDate(e.noticeDate), e.hostRoomId !== null) : null;
  const region = e.regionId ? regionById.get(e.regionId) : undefined;
  const notices = warning ? [codedMessage(w, warning)] : [];
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    title: eventTitle(e, w.locale, region),
    startDate: range.from,
    endDate: range.to,
    region: region ? { code: region.code, nameSq: region.nameSq, nameSr: region.nameSr } : null,
    hostRoomId: e.hostRoomId,
    noticeDate: fromDate(e.noticeDate),
    maxClassSize: e.maxClassSize,
    warnings: notices.map((n) => n.text),
    warningNotices: notices,
  };
}

/** A plan version’s head; a municipality sees only the warnings about itself or the whole plan. */
export function headView(h: PlanHead, scope: Scope, regionById: ReadonlyMap<string, RegionNames>, w: TrainingWords) {
  const summary = h.summary as { warnings?: { municipalityId: string | null; notice?: unknown; message?: unknown }[] } & Record<
    string,
    unknown
  >;
  const visible = (m: string | null) => scope.kind === 'national' || m === null || scope.municipalityIds.includes(m);
  // a plan stored before codes keeps its sentence (`message`) as LEGACY_TEXT
  const notices = (summary.warnings ?? [])
    .filter((x) => visible(x.municipalityId))
    .map((x) => codedMessage(w, noticeOf(x.notice ?? x.message)));
  const warnings = { warnings: notices.map((n) => n.text), warningNotices: notices };
  return {
    id: h.id,
    event: eventView(h.event, regionById, w),
    municipalityId: h.municipalityId,
    version: h.version,
    status: h.status,
    pinned: h.pinned,
    maxClassSize: h.maxClassSize,
    basedOnPlanId: h.basedOnPlanId,
    createdAt: h.createdAt,
    publishedAt: h.publishedAt,
    summary: scope.kind === 'national' ? { ...summary, ...warnings } : warnings,
  };
}
