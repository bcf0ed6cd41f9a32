import { Injectable } from '@nestjs/common';
import { DEFAULT_LOCALE, type Locale } from '../common/i18n/locales.js';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { CensusLookup } from '../census/census-lookup.js';
import { AppError, problem } from '../common/errors/app-error.js';
import type { NoticeParam } from '../common/text/notice.js';
import { LIST_MAX_LIMIT, pageArray } from '../common/http/lists.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { Transactions } from '../common/prisma/transaction.js';
import { nationalScope } from '../common/scope/scope.js';
import type { TrainingEventKind } from '../generated/prisma/enums.js';
import { checkClassSize, eventsOfCalendar } from './domain/training-rules.js';
import { type EventData, TrainingRepository } from './training.repository.js';
import { eventNotFound, eventView, trainingWords, type TrainingWords } from './training.views.js';

const invalidEvent = (field: string, code: string, params: Readonly<Record<string, NoticeParam>> = {}): AppError =>
  new AppError('TRAINING_EVENT_INVALID', 'the training event is not valid', [problem(code, params, { field })]);

export interface EventInput {
  kind: TrainingEventKind;
  /** null or absent: no name of its own, its kind names it */
  name?: string | null;
  startDate: string;
  endDate: string;
  /** the census (id); create paths resolve it first */
  censusId?: string;
  regionCode?: string | null;
  hostRoomId?: string | null;
  noticeDate?: string | null;
  maxClassSize?: number;
}

/** Training events of a census (dated by its calendar), the regional schedule and the KKR room notices. */
@Injectable()
export class TrainingEventService {
  constructor(
    private readonly repo: TrainingRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly censuses: CensusLookup,
  ) {}

  /** Events, of one census when `census` (code or id) is given. */
  async listEvents(
    kind?: TrainingEventKind,
    census?: string,
    page: { limit: number; cursor?: string } = { limit: LIST_MAX_LIMIT },
    locale: Locale = DEFAULT_LOCALE,
  ) {
    const censusId = await this.censuses.filter(census);
    const [events, regions, words] = await Promise.all([this.repo.listEvents(kind, censusId), this.repo.regions(), this.words(locale)]);
    const regionById = new Map(regions.map((r) => [r.id, r]));
    return pageArray(
      events.map((e) => eventView(e, regionById, words)),
      page,
    );
  }

  async getEvent(id: string, locale: Locale = DEFAULT_LOCALE) {
    const e = await this.repo.findEvent(id);
    if (!e) throw eventNotFound();
    const [regions, words] = await Promise.all([this.repo.regions(), this.words(locale)]);
    return eventView(e, new Map(regions.map((r) => [r.id, r])), words);
  }

  private async words(locale: Locale): Promise<TrainingWords> {
    return trainingWords(locale, await this.repo.municipalities());
  }

  /**
   * A training event of a census (named, or the only open one); dates not given are the
   * census calendar's dates of that training.
   */
  async createEvent(
    p: Principal,
    input: Omit<EventInput, 'startDate' | 'endDate' | 'censusId'> & { startDate?: string; endDate?: string; census?: string },
    locale: Locale = DEFAULT_LOCALE,
  ) {
    const census = await this.censuses.resolve(input.census);
    const d = eventsOfCalendar(census.calendar);
    const dated = input.kind === 'KKR_REGIONAL' ? d.kkr : input.kind === 'SUPERVISORS' ? d.supervisors : d.enumerators;
    const { census: _census, ...rest } = input;
    const data = {
      ...(await this.eventData({ ...rest, startDate: input.startDate ?? dated.startDate, endDate: input.endDate ?? dated.endDate })),
      censusId: census.id,
    };
    const id = await this.transactions.run(async (tx) => {
      const e = await this.repo.createEvent(tx, data);
      await this.audit.record(tx, actorOf(p), { action: 'created', entity: 'TrainingEvent', entityIds: [e.id], details: { kind: e.kind } });
      return e.id;
    });
    return this.getEvent(id, locale);
  }

  async updateEvent(p: Principal, id: string, patch: Partial<EventInput>, locale: Locale = DEFAULT_LOCALE) {
    const before = await this.repo.findEvent(id);
    if (!before) throw eventNotFound();
    const regions = await this.repo.regions();
    const merged: EventInput = {
      kind: before.kind,
      name: patch.name !== undefined ? patch.name : before.name,
      startDate: patch.startDate ?? (fromDate(before.startDate) as string),
      endDate: patch.endDate ?? (fromDate(before.endDate) as string),
      regionCode: patch.regionCode !== undefined ? patch.regionCode : (regions.find((r) => r.id === before.regionId)?.code ?? null),
      hostRoomId: patch.hostRoomId !== undefined ? patch.hostRoomId : before.hostRoomId,
      noticeDate: patch.noticeDate !== undefined ? patch.noticeDate : fromDate(before.noticeDate),
      maxClassSize: patch.maxClassSize ?? before.maxClassSize,
    };
    const data = await this.eventData(merged);
    await this.transactions.run(async (tx) => {
      await this.repo.updateEvent(tx, id, data);
      await this.audit.record(tx, actorOf(p), {
        action: 'updated',
        entity: 'TrainingEvent',
        entityIds: [id],
        details: { fields: Object.keys(patch) },
      });
    });
    return this.getEvent(id, locale);
  }

  /** A census's events where missing (one KKR training per region, supervisors, enumerators), dated by its calendar. */
  async createDefaultEvents(p: Principal, censusRef?: string, locale: Locale = DEFAULT_LOCALE) {
    const census = await this.censuses.resolve(censusRef);
    const [existing, regions] = await Promise.all([this.repo.listEvents(undefined, census.id), this.repo.regions()]);
    const created: string[] = [];
    await this.transactions.run(async (tx) => {
      const d = eventsOfCalendar(census.calendar);
      const wanted: EventData[] = [
        ...regions.map((r) => ({
          censusId: census.id,
          kind: d.kkr.kind,
          name: null,
          startDate: toDate(d.kkr.startDate),
          endDate: toDate(d.kkr.endDate),
          regionId: r.id,
          hostRoomId: null,
          noticeDate: null,
          maxClassSize: 30,
        })),
        ...[d.supervisors, d.enumerators].map((x) => ({
          censusId: census.id,
          kind: x.kind,
          name: null,
          startDate: toDate(x.startDate),
          endDate: toDate(x.endDate),
          regionId: null,
          hostRoomId: null,
          noticeDate: null,
          maxClassSize: 30,
        })),
      ];
      for (const w of wanted) {
        if (existing.some((e) => e.kind === w.kind && e.regionId === w.regionId)) continue;
        const e = await this.repo.createEvent(tx, w);
        created.push(e.id);
      }
      if (created.length)
        await this.audit.record(tx, actorOf(p), {
          action: 'created',
          entity: 'TrainingEvent',
          entityIds: created,
          details: { defaults: true, census: census.code, calendarVersion: census.calendarVersion },
        });
    });
    return { created: created.length, ...(await this.listEvents(undefined, census.id, undefined, locale)) };
  }

  /** Regional training schedule (report type 6): per region its municipalities, the KKR date and host venue; then the other events. */
  async trainingScheduleData(locale: Locale = DEFAULT_LOCALE) {
    const [regions, muns, events] = await Promise.all([this.repo.regions(), this.repo.municipalities(), this.repo.listEvents()]);
    const words = trainingWords(locale, muns);
    const hostIds = events.map((e) => e.hostRoomId).filter((x): x is string => x !== null);
    const rooms = hostIds.length ? await this.repo.roomsById(hostIds) : [];
    const roomById = new Map(rooms.map((r) => [r.id, r]));
    const munById = new Map(muns.map((m) => [m.id, m]));
    const regionById = new Map(regions.map((r) => [r.id, r]));
    return {
      regions: regions.map((r) => ({
        code: r.code,
        nameSq: r.nameSq,
        nameSr: r.nameSr,
        municipalities: muns.filter((m) => m.regionId === r.id).map((m) => ({ code: m.code, nameSq: m.nameSq, nameSr: m.nameSr })),
        kkrTrainings: events
          .filter((e) => e.kind === 'KKR_REGIONAL' && e.regionId === r.id)
          .map((e) => {
            const room = e.hostRoomId ? roomById.get(e.hostRoomId) : undefined;
            return {
              ...eventView(e, regionById, words),
              host: room
                ? {
                    // `municipality` stays the Albanian name (API unchanged); Serbian reports print `municipalitySr`
                    municipality: munById.get(room.municipalityId)?.nameSq ?? null,
                    municipalitySr: munById.get(room.municipalityId)?.nameSr ?? null,
                    venue: room.venue.name,
                    address: room.venue.address,
                    room: room.name,
                    seats: room.seats,
                  }
                : null,
            };
          }),
      })),
      otherEvents: events.filter((e) => e.kind !== 'KKR_REGIONAL').map((e) => eventView(e, regionById, words)),
    };
  }

  /**
   * The room notices of the regional KKR trainings starting from `from` to `to` (inclusive
   * days), one row per participating municipality (the municipalities of the event's region),
   * for recruitment's TRAINING_NOTICE_LATE deadline flags.
   */
  async kkrNotices(from: string, to: string) {
    const events = await this.repo.kkrEventsBetween(toDate(from), toDate(to));
    return events.flatMap((e) =>
      e.municipalityIds.map((municipalityId) => ({
        eventId: e.id,
        municipalityId,
        startDate: fromDate(e.startDate) as string,
        noticeDate: fromDate(e.noticeDate),
      })),
    );
  }

  private async eventData(input: EventInput): Promise<EventData> {
    if (input.endDate < input.startDate) throw invalidEvent('endDate', 'END_BEFORE_START_DATE', { startDay: input.startDate });
    const maxClassSize = input.maxClassSize ?? 30;
    const sizeProblem = checkClassSize(maxClassSize);
    if (sizeProblem) throw invalidEvent('maxClassSize', sizeProblem.code, sizeProblem.params);
    let regionId: string | null = null;
    if (input.kind === 'KKR_REGIONAL') {
      if (!input.regionCode) throw invalidEvent('regionCode', 'KKR_EVENT_NEEDS_REGION');
      const region = await this.repo.regionByCode(input.regionCode);
      if (!region) throw invalidEvent('regionCode', 'UNKNOWN_REGION', { region: input.regionCode });
      regionId = region.id;
    } else {
      if (input.regionCode) throw invalidEvent('regionCode', 'ONLY_KKR_EVENT_HAS_REGION');
      if (input.hostRoomId) throw invalidEvent('hostRoomId', 'ONLY_KKR_EVENT_HAS_HOST_ROOM');
    }
    if (input.hostRoomId) {
      const room = await this.repo.findRoom(nationalScope, input.hostRoomId);
      const muns = await this.repo.municipalities();
      const roomRegion = muns.find((m) => m.id === room?.municipalityId)?.regionId;
      if (!room) throw invalidEvent('hostRoomId', 'UNKNOWN_ROOM');
      if (roomRegion !== regionId) throw invalidEvent('hostRoomId', 'HOST_ROOM_OUTSIDE_REGION');
    }
    return {
      kind: input.kind,
      name: input.name ?? null,
      startDate: toDate(input.startDate),
      endDate: toDate(input.endDate),
      regionId,
      hostRoomId: input.hostRoomId ?? null,
      noticeDate: input.noticeDate ? toDate(input.noticeDate) : null,
      maxClassSize,
    };
  }
}
