import { Injectable } from '@nestjs/common';
import { pageArray } from '../common/http/lists.js';
import type { z } from 'zod';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { Transactions, type Tx } from '../common/prisma/transaction.js';
import type { Prisma } from '../generated/prisma/client.js';
import { unknownCensus } from './census-lookup.js';
import { type CalendarRow, CensusRepository, type CensusRow } from './census.repository.js';
import type { calendarChangeBody, copyCensusBody, createCensusBody, updateCensusBody } from './census.schemas.js';
import { CalendarVersionsResponse, CensusCopyResponse, CensusListResponse, CensusResponse } from './census.schemas.js';
import {
  type CensusCalendar,
  calendarProblems,
  changedStages,
  DAY_STAGES,
  daysBetween,
  COMPETITION_STAGES,
  shiftCalendar,
  shiftDay,
  shiftInstant,
} from './domain/calendar.js';
import { readSettings } from './domain/census-settings.js';

function calendarView(row: CalendarRow, previous: CalendarRow | undefined) {
  const stages = row.stages as unknown as CensusCalendar;
  return {
    version: row.version,
    reason: row.reason,
    changedById: row.changedById,
    createdAt: row.createdAt.toISOString(),
    changed: previous ? changedStages(previous.stages as unknown as CensusCalendar, stages) : [],
    stages: stages as unknown as Record<string, string>,
  };
}

function censusView(c: CensusRow, calendar: CalendarRow | null, previous?: CalendarRow) {
  return CensusResponse.parse({
    id: c.id,
    code: c.code,
    name: c.name,
    country: c.country,
    languages: c.languages,
    timeZone: c.timeZone,
    referenceDate: fromDate(c.referenceDate),
    currency: c.currency,
    settings: readSettings(c.settings),
    closedAt: c.closedAt?.toISOString() ?? null,
    calendar: calendar ? calendarView(calendar, previous) : null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  });
}

function assertCalendar(c: CensusCalendar): void {
  const problems = calendarProblems(c);
  if (problems.length > 0) throw new AppError('CENSUS_INVALID', 'the calendar is not in order', problems);
}

const shiftDate = (d: Date | null, days: number): Date | null => (d ? toDate(shiftDay(fromDate(d) as string, days)) : null);

/**
 * Censuses (or other field operations) and their calendars: read by every signed-in role,
 * created, changed and copied by ADMIN, every change in the audit trail. A calendar change is
 * the next version (who, when, why); a copy shifts every date of the calendar, the tariffs'
 * windows, the training events and the competitions (with their targets) by whole days.
 */
/** A page of a small list: `limit` and the previous page's cursor. */
type ListPage = { readonly limit: number; readonly cursor?: string | undefined };

@Injectable()
export class CensusService {
  constructor(
    private readonly repo: CensusRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async list(page: ListPage) {
    const rows = await this.repo.list();
    const items = [];
    for (const c of rows) items.push(censusView(c, await this.repo.currentCalendar(c.id)));
    return CensusListResponse.parse(pageArray(items, page));
  }

  async get(id: string) {
    const c = await this.repo.find(id);
    if (!c) throw unknownCensus(id);
    const [current, previous] = await this.repo.calendars(c.id);
    return censusView(c, current ?? null, previous);
  }

  async calendars(id: string, page: ListPage) {
    const c = await this.repo.find(id);
    if (!c) throw unknownCensus(id);
    const rows = await this.repo.calendars(c.id);
    const versions = pageArray(
      rows.map((r, i) => calendarView(r, rows[i + 1])),
      page,
    );
    return CalendarVersionsResponse.parse({ censusId: c.id, ...versions });
  }

  create(p: Principal, body: z.output<typeof createCensusBody>) {
    assertCalendar(body.calendar);
    return this.transactions.run(async (tx) => {
      if (await this.repo.codeTaken(body.code, tx))
        throw new AppError('UNIQUE_VIOLATION', `census ${body.code} exists`, [problem('TAKEN', {}, { field: 'code' })]);
      const c = await this.repo.create(tx, {
        code: body.code,
        name: body.name,
        country: body.country,
        languages: body.languages,
        timeZone: body.timeZone,
        referenceDate: toDate(body.referenceDate),
        currency: body.currency,
        settings: body.settings as Prisma.InputJsonValue,
      });
      const cal = await this.repo.addCalendar(tx, c.id, body.calendar, 'created', p.userId);
      await this.audit.record(tx, actorOf(p), {
        action: 'created',
        entity: 'Census',
        entityIds: [c.id],
        details: { code: c.code, calendarVersion: cal.version },
      });
      return censusView(c, cal);
    });
  }

  update(p: Principal, id: string, body: z.output<typeof updateCensusBody>) {
    return this.transactions.run(async (tx) => {
      const before = await this.repo.find(id, tx);
      if (!before) throw unknownCensus(id);
      const c = await this.repo.update(tx, before.id, {
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.languages !== undefined ? { languages: body.languages } : {}),
        ...(body.timeZone !== undefined ? { timeZone: body.timeZone } : {}),
        ...(body.referenceDate !== undefined ? { referenceDate: toDate(body.referenceDate) } : {}),
        ...(body.settings !== undefined ? { settings: body.settings as Prisma.InputJsonValue } : {}),
        ...(body.closed !== undefined ? { closedAt: body.closed ? (before.closedAt ?? new Date()) : null } : {}),
      });
      await this.audit.record(tx, actorOf(p), {
        action: 'updated',
        entity: 'Census',
        entityIds: [c.id],
        details: {
          fields: Object.keys(body).sort(),
          ...(body.settings !== undefined ? { settings: body.settings as Prisma.InputJsonValue } : {}),
        },
      });
      return censusView(c, await this.repo.currentCalendar(c.id, tx));
    });
  }

  /** The next calendar version: the current stages with the changed ones; competitions follow (see moveCompetitionDates). */
  changeCalendar(p: Principal, id: string, body: z.output<typeof calendarChangeBody>) {
    return this.transactions.run(async (tx) => {
      const c = await this.repo.find(id, tx);
      if (!c) throw unknownCensus(id);
      const current = await this.repo.currentCalendar(c.id, tx);
      if (!current && Object.keys(body.stages).length < DAY_STAGES.length + 2)
        throw new AppError('CENSUS_INVALID', 'the first calendar of a census needs every stage', [
          problem('CALENDAR_INCOMPLETE', {}, { field: 'stages' }),
        ]);
      const before = (current?.stages ?? {}) as unknown as CensusCalendar;
      const next = { ...before, ...body.stages } as CensusCalendar;
      assertCalendar(next);
      const changed = current ? changedStages(before, next) : ['(all)'];
      if (changed.length === 0)
        throw new AppError('CENSUS_INVALID', 'nothing changes', [problem('NOTHING_CHANGES', {}, { field: 'stages' })]);
      const row = await this.repo.addCalendar(tx, c.id, next, body.reason, p.userId);
      let moved = 0;
      if (current) {
        for (const f of COMPETITION_STAGES)
          if (before[f] !== next[f]) moved += await this.repo.moveCompetitionDates(tx, c.id, f, toDate(before[f]), toDate(next[f]));
        if (before.applicationDeadline !== next.applicationDeadline)
          moved += await this.repo.moveCompetitionDates(
            tx,
            c.id,
            'applicationDeadline',
            new Date(before.applicationDeadline),
            new Date(next.applicationDeadline),
          );
      }
      await this.audit.record(tx, actorOf(p), {
        action: 'calendar-changed',
        entity: 'Census',
        entityIds: [c.id],
        details: { version: row.version, changed, reason: body.reason, competitionDatesMoved: moved },
      });
      return censusView(c, row, current ?? undefined);
    });
  }

  /** A new census from this one, every date moved by the same number of days. */
  copy(p: Principal, id: string, body: z.output<typeof copyCensusBody>) {
    return this.transactions.run(async (tx) => {
      const src = await this.repo.find(id, tx);
      if (!src) throw unknownCensus(id);
      const cal = await this.repo.currentCalendar(src.id, tx);
      if (!cal) throw new AppError('CENSUS_CALENDAR_MISSING', `census ${src.code} has no calendar to copy`);
      if (await this.repo.codeTaken(body.code, tx))
        throw new AppError('UNIQUE_VIOLATION', `census ${body.code} exists`, [problem('TAKEN', {}, { field: 'code' })]);
      const stages = cal.stages as unknown as CensusCalendar;
      const days = body.shiftDays ?? daysBetween(stages.fieldworkFrom, body.fieldworkFrom as string);
      const shifted = shiftCalendar(stages, days, src.timeZone);
      const c = await this.repo.create(tx, {
        code: body.code,
        name: body.name,
        country: src.country,
        languages: src.languages,
        timeZone: src.timeZone,
        referenceDate: shiftDate(src.referenceDate, days) as Date,
        currency: src.currency,
        settings: src.settings as Prisma.InputJsonValue,
      });
      const newCal = await this.repo.addCalendar(
        tx,
        c.id,
        shifted,
        `copied from ${src.code} (calendar version ${cal.version}), ${days} days later`,
        p.userId,
      );
      const copied = await this.copyRecords(tx, src.id, c, days);
      await this.audit.record(tx, actorOf(p), {
        action: 'copied',
        entity: 'Census',
        entityIds: [c.id, src.id],
        details: { from: src.code, to: c.code, shiftDays: days, ...copied },
      });
      return CensusCopyResponse.parse({ census: censusView(c, newCal), shiftDays: days, copied });
    });
  }

  private async copyRecords(tx: Tx, fromId: string, to: CensusRow, days: number) {
    const sh = (d: Date) => shiftDate(d, days) as Date;
    let tariffs = 0;
    for (const t of await this.repo.tariffsOf(fromId, tx)) {
      const months = (t.payMonths as { from: string; to: string }[]).map((m) => ({
        from: shiftDay(m.from, days),
        to: shiftDay(m.to, days),
      }));
      await this.repo.addTariff(tx, {
        censusId: to.id,
        name: t.name,
        effectiveFrom: sh(t.effectiveFrom),
        currency: t.currency,
        supervisorMonthly: t.supervisorMonthly,
        payMonths: months,
        prepAmount: t.prepAmount,
        prepFrom: sh(t.prepFrom),
        prepTo: sh(t.prepTo),
        interviewFrom: sh(t.interviewFrom),
        interviewTo: sh(t.interviewTo),
        rateBuilding: t.rateBuilding,
        rateDwelling: t.rateDwelling,
        rateHousehold: t.rateHousehold,
        rateIndividual: t.rateIndividual,
        rateDiaspora: t.rateDiaspora,
        taxPercent: t.taxPercent,
        createdById: null,
      });
      tariffs++;
    }
    let trainingEvents = 0;
    for (const e of await this.repo.eventsOf(fromId, tx)) {
      await this.repo.addEvent(tx, {
        censusId: to.id,
        kind: e.kind,
        name: e.name,
        startDate: sh(e.startDate),
        endDate: sh(e.endDate),
        regionId: e.regionId,
        hostRoomId: e.hostRoomId,
        noticeDate: shiftDate(e.noticeDate, days),
        maxClassSize: e.maxClassSize,
        shiftTimes: e.shiftTimes as Prisma.InputJsonValue,
        bringNote: e.bringNote,
      });
      trainingEvents++;
    }
    let competitions = 0;
    let targets = 0;
    for (const k of await this.repo.competitionsOf(fromId, tx)) {
      const code = `${to.code}-${k.code}`.slice(0, 64);
      if (await this.repo.competitionCodeTaken(code, tx))
        throw new AppError('UNIQUE_VIOLATION', `competition ${code} exists`, [problem('TAKEN', {}, { field: 'code' })]);
      const dates = Object.fromEntries(COMPETITION_STAGES.map((f) => [f, sh(k[f])])) as Record<(typeof COMPETITION_STAGES)[number], Date>;
      const created = await this.repo.addCompetition(tx, {
        code,
        censusId: to.id,
        name: k.name,
        ...dates,
        applicationDeadline: new Date(shiftInstant(k.applicationDeadline.toISOString(), days, to.timeZone)),
      });
      const rows = await this.repo.targetsOf(k.id, tx);
      await this.repo.addTargets(
        tx,
        rows.map((r) => ({
          competitionId: created.id,
          municipalityId: r.municipalityId,
          community: r.community,
          supervisors: r.supervisors,
          enumerators: r.enumerators,
        })),
      );
      competitions++;
      targets += rows.length;
    }
    return { tariffs, trainingEvents, competitions, targets };
  }
}
