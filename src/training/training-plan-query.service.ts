import { Injectable } from '@nestjs/common';
import { DEFAULT_LOCALE, type Locale } from '../common/i18n/locales.js';
import { notice, noticeOf } from '../common/text/notice.js';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { offsetOf, offsetPage } from '../common/http/lists.js';
import { fromDate } from '../common/http/zod.pipe.js';
import type { Scope } from '../common/scope/scope.js';
import type { Move, Shortfall } from './domain/plan-rooms.js';
import { TrainingRepository } from './training.repository.js';
import { codedMessage, headView, planNotFound, trainingWords, type TrainingWords } from './training.views.js';

/** Reading room plans: lists, one plan as the caller may see it, and the printed room plan's data. */
@Injectable()
export class TrainingPlanQueryService {
  constructor(private readonly repo: TrainingRepository) {}

  async listPlans(
    p: Principal,
    f: { eventId?: string; municipalityCode?: string; limit: number; cursor?: string },
    locale: Locale = DEFAULT_LOCALE,
  ) {
    let municipalityId: string | null | undefined;
    if (f.municipalityCode !== undefined) {
      const m = await this.repo.municipalityByCode(p.scope, f.municipalityCode);
      if (!m) return { items: [], total: 0, nextCursor: null };
      municipalityId = m.id;
    }
    const offset = offsetOf(f.cursor);
    const [[items, total], regions, muns] = await Promise.all([
      this.repo.listPlans(p.scope, { eventId: f.eventId, municipalityId, limit: f.limit, offset }),
      this.repo.regions(),
      this.repo.municipalities(),
    ]);
    const regionById = new Map(regions.map((r) => [r.id, r]));
    const words = trainingWords(locale, muns);
    return offsetPage(
      items.map((h) => headView(h, p.scope, regionById, words)),
      offset,
      f.limit,
      total,
    );
  }

  /** One plan as the caller may see it: classes, rooms and venues, dates, trainees, explanations, shortfalls, moves. */
  async getPlan(p: Principal, planId: string, locale: Locale = DEFAULT_LOCALE) {
    return this.planView(p.scope, planId, locale);
  }

  /**
   * Everything a printed room plan (report type 3) needs, as plain data: by plan id, or by
   * municipality code and event (the plan in force for the municipality: its own pinned plan,
   * else the event-wide one), seen through `scope` and restricted to that municipality.
   */
  async roomPlanData(
    scope: Scope,
    ref: { planId: string } | { municipalityCode: string; eventId: string },
    locale: Locale = DEFAULT_LOCALE,
  ) {
    if ('planId' in ref) return this.planView(scope, ref.planId, locale);
    const m = await this.repo.municipalityByCode(scope, ref.municipalityCode);
    if (!m) throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${ref.municipalityCode} not found`);
    const plan = (await this.repo.pinnedPlan(ref.eventId, m.id)) ?? (await this.repo.pinnedPlan(ref.eventId, 'all'));
    if (!plan) throw planNotFound();
    return this.planView({ kind: 'municipal', municipalityIds: [m.id] }, plan.id, locale);
  }

  private async planView(scope: Scope, planId: string, locale: Locale = DEFAULT_LOCALE) {
    const head = await this.repo.findPlan(scope, planId);
    if (!head) throw planNotFound();
    const regions = await this.repo.regions();
    const classes = await this.repo.planClasses(scope, planId);
    const roomIds = [...new Set(classes.map((c) => c.roomId).filter((x): x is string => x !== null))];
    const [rooms, muns] = await Promise.all([this.repo.roomsById(roomIds), this.repo.municipalities()]);
    const roomById = new Map(rooms.map((r) => [r.id, r]));
    const munById = new Map(muns.map((m) => [m.id, m]));
    const words = trainingWords(locale, muns);
    const staffIds: string[] = [];
    const kkrIds: string[] = [];
    for (const c of classes) for (const t of c.trainees) (t.traineeKind === 'STAFF' ? staffIds : kkrIds).push(t.traineeId);
    const names = await this.repo.traineeNames(staffIds, kkrIds);
    const visible = (m: string | null) => scope.kind === 'national' || m === null || scope.municipalityIds.includes(m);
    const mun = (id: string | null) => {
      if (!id) return null;
      const m = munById.get(id);
      return { code: m?.code ?? null, nameSq: m?.nameSq ?? null, nameSr: m?.nameSr ?? null };
    };
    return {
      ...headView(head, scope, new Map(regions.map((r) => [r.id, r])), words),
      municipality: mun(head.municipalityId),
      classes: classes.map((c) => {
        const room = c.roomId ? roomById.get(c.roomId) : undefined;
        return {
          key: c.key,
          municipality: mun(c.municipalityId),
          language: c.language,
          size: c.size,
          startDate: fromDate(c.startDate),
          endDate: fromDate(c.endDate),
          shift: c.shift,
          room: room
            ? {
                id: room.id,
                name: room.name,
                seats: room.seats,
                hasProjector: room.hasProjector,
                hasTv: room.hasTv,
                municipality: mun(room.municipalityId),
                venue: { id: room.venue.id, name: room.venue.name, address: room.venue.address, kind: room.venue.kind },
              }
            : null,
          ...explanationWords(c.explanation, words),
          trainees: c.trainees.map((t) => ({
            id: t.traineeId,
            kind: t.traineeKind,
            fullName: names.get(t.traineeId) ?? null,
            municipality: mun(t.municipalityId),
            position: t.position,
          })),
        };
      }),
      shortfalls: (head.shortfalls as unknown as Shortfall[])
        .filter((s) => visible(s.municipalityId))
        .map((s) => ({
          municipality: mun(s.municipalityId),
          language: s.language,
          classSize: s.classSize,
          classes: s.classKeys.length,
          ...shortfallWords(s, words),
        })),
      moves: (head.moves as unknown as Move[])
        .filter((m) => visible(m.municipalityId))
        .map((m) => {
          // a reason of no known code (written before codes) is shown as written
          const reason = codedMessage(words, m.reason.startsWith('MOVE_') ? notice(m.reason) : noticeOf(m.reason));
          return { ...m, reason: reason.text, notice: reason, fullName: names.get(m.traineeId) ?? null };
        }),
    };
  }
}

/** A stored shortfall's code (a plan from before codes: its sentence) and its wording in the caller's language. */
function shortfallWords(s: Shortfall | { readonly message?: string }, words: TrainingWords) {
  const notice = codedMessage(words, 'notice' in s ? noticeOf(s.notice) : noticeOf(s.message ?? ''));
  return { notice, message: notice.text };
}

/** A class's stored explanation (a code with params) and its wording in the caller's language. */
function explanationWords(stored: unknown, words: TrainingWords) {
  const notice = codedMessage(words, noticeOf(stored));
  return { explanation: notice.text, notice };
}
