import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import type { Prisma } from '../generated/prisma/client.js';
import { TARIFF_VERSION_LOCK } from '../payroll/tariffs/tariff.repository.js';

type Db = Tx | PrismaClient;

export const censusSelect = {
  id: true,
  code: true,
  name: true,
  country: true,
  languages: true,
  timeZone: true,
  referenceDate: true,
  currency: true,
  settings: true,
  closedAt: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.CensusSelect;
export type CensusRow = Prisma.CensusGetPayload<{ select: typeof censusSelect }>;

const calendarSelect = { id: true, censusId: true, version: true, stages: true, reason: true, changedById: true, createdAt: true } as const;
export type CalendarRow = Prisma.CensusCalendarGetPayload<{ select: typeof calendarSelect }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Censuses and their calendar versions. National data: no municipality scope. */
@Injectable()
export class CensusRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  list(db: Db = this.prisma): Promise<CensusRow[]> {
    return db.census.findMany({ select: censusSelect, orderBy: [{ referenceDate: 'desc' }, { code: 'asc' }] });
  }

  /** By id or by code. */
  find(ref: string, db: Db = this.prisma): Promise<CensusRow | null> {
    return db.census.findFirst({
      where: UUID.test(ref) ? { OR: [{ id: ref.toLowerCase() }, { code: ref }] } : { code: ref },
      select: censusSelect,
    });
  }

  open(db: Db = this.prisma): Promise<CensusRow[]> {
    return db.census.findMany({ where: { closedAt: null }, select: censusSelect, orderBy: { code: 'asc' } });
  }

  codeTaken(code: string, db: Db = this.prisma): Promise<boolean> {
    return db.census.count({ where: { code } }).then((n) => n > 0);
  }

  create(tx: Tx, data: Prisma.CensusCreateInput): Promise<CensusRow> {
    return tx.census.create({ data, select: censusSelect });
  }

  update(tx: Tx, id: string, data: Prisma.CensusUpdateInput): Promise<CensusRow> {
    return tx.census.update({ where: { id }, data, select: censusSelect });
  }

  currentCalendar(censusId: string, db: Db = this.prisma): Promise<CalendarRow | null> {
    return db.censusCalendar.findFirst({ where: { censusId }, orderBy: { version: 'desc' }, select: calendarSelect });
  }

  calendars(censusId: string, db: Db = this.prisma): Promise<CalendarRow[]> {
    return db.censusCalendar.findMany({ where: { censusId }, orderBy: { version: 'desc' }, select: calendarSelect });
  }

  /** The next version (highest + 1); the census row is locked so two changes cannot take one number. */
  async addCalendar(tx: Tx, censusId: string, stages: object, reason: string, changedById: string | null): Promise<CalendarRow> {
    await tx.$queryRaw`SELECT 1 FROM "Census" WHERE "id" = ${censusId}::uuid FOR UPDATE`;
    const { _max } = await tx.censusCalendar.aggregate({ where: { censusId }, _max: { version: true } });
    return tx.censusCalendar.create({
      data: { censusId, version: (_max.version ?? 0) + 1, stages: stages as Prisma.InputJsonValue, reason, changedById },
      select: calendarSelect,
    });
  }

  // ── what a copy takes along (read from the source census, written for the new one) ──

  tariffsOf(censusId: string, db: Db = this.prisma) {
    return db.tariff.findMany({ where: { censusId }, orderBy: { version: 'asc' } });
  }

  eventsOf(censusId: string, db: Db = this.prisma) {
    return db.trainingEvent.findMany({ where: { censusId }, orderBy: { createdAt: 'asc' } });
  }

  competitionsOf(censusId: string, db: Db = this.prisma) {
    return db.competition.findMany({ where: { censusId }, orderBy: { createdAt: 'asc' } });
  }

  targetsOf(competitionId: string, db: Db = this.prisma) {
    return db.staffingTarget.findMany({ where: { competitionId } });
  }

  /** Adds a tariff as the next global version (the tariff repository's lock serialises numbering). */
  async addTariff(tx: Tx, data: Omit<Prisma.TariffUncheckedCreateInput, 'version'>) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TARIFF_VERSION_LOCK}::bigint)`;
    const { _max } = await tx.tariff.aggregate({ _max: { version: true } });
    return tx.tariff.create({ data: { ...data, version: (_max.version ?? 0) + 1 }, select: { id: true, version: true } });
  }

  addEvent(tx: Tx, data: Prisma.TrainingEventUncheckedCreateInput) {
    return tx.trainingEvent.create({ data, select: { id: true } });
  }

  addCompetition(tx: Tx, data: Prisma.CompetitionUncheckedCreateInput) {
    return tx.competition.create({ data, select: { id: true } });
  }

  addTargets(tx: Tx, rows: Prisma.StaffingTargetCreateManyInput[]) {
    return tx.staffingTarget.createMany({ data: rows });
  }

  competitionCodeTaken(code: string, db: Db = this.prisma): Promise<boolean> {
    return db.competition.count({ where: { code } }).then((n) => n > 0);
  }

  /**
   * A calendar change reaches the census's competitions: each date still equal to the previous
   * version's moves to the new one; a date a competition overrode stays as it is.
   */
  async moveCompetitionDates(tx: Tx, censusId: string, field: string, from: Date, to: Date): Promise<number> {
    const r = await tx.competition.updateMany({ where: { censusId, [field]: from }, data: { [field]: to } });
    return r.count;
  }
}
