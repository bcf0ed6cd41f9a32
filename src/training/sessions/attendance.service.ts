import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../../audit/audit.service.js';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../common/errors/app-error.js';
import { toDate } from '../../common/http/zod.pipe.js';
import { Transactions } from '../../common/prisma/transaction.js';
import type { Table } from '../../common/tabular/parse-table.js';
import { checkHeader, readTable, refuseRows } from '../../common/tabular/tabular-import.js';
import { ATTENDANCE_IMPORT, eventDays, kkrHalfAttendance, readAttendanceRows, type AttendanceRecord } from '../domain/attendance.js';
import { AttendanceRepository } from './attendance.repository.js';
import { SessionService, type PlanSessions } from './session.service.js';

const planNotFound = (): AppError => new AppError('TRAINING_PLAN_UNKNOWN', 'training plan not found');

/**
 * Attendance at training sessions: per person and day, recorded by the KKR for its trainees (or
 * ASK for all), by JSON or by a CSV file (all or nothing, every bad row named, the same file twice
 * changes nothing). Regional KKR trainings show per municipality whether at least half attended.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly sessions: SessionService,
    private readonly repo: AttendanceRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  private async load(p: Principal, planId: string): Promise<PlanSessions> {
    const s = await this.sessions.planSessions(p.scope, planId);
    if (!s) throw planNotFound();
    return s;
  }

  async view(p: Principal, planId: string) {
    const s = await this.load(p, planId);
    const rows = await this.repo.list(p.scope, s.plan.eventId);
    const byPerson = new Map<string, Record<string, boolean>>();
    for (const r of rows)
      (byPerson.get(r.traineeId) ?? byPerson.set(r.traineeId, {}).get(r.traineeId))![r.day.toISOString().slice(0, 10)] = r.present;
    const days = eventDays(s.plan.event.startDate.toISOString().slice(0, 10), s.plan.event.endDate.toISOString().slice(0, 10));
    const people = s.trainees.map((t) => {
      const marks = byPerson.get(t.traineeId) ?? {};
      return {
        traineeId: t.traineeId,
        kind: t.traineeKind,
        fullName: t.fullName,
        classKey: t.session.classKey,
        days: marks,
        daysPresent: Object.values(marks).filter(Boolean).length,
      };
    });
    let kkr: ReturnType<typeof kkrHalfAttendance> | null = null;
    if (s.plan.event.kind === 'KKR_REGIONAL') {
      const muns = [...new Set(s.trainees.map((t) => t.municipalityId))];
      const attended = new Map<string, number>();
      for (const t of s.trainees)
        if (byPerson.get(t.traineeId) && Object.values(byPerson.get(t.traineeId)!).some(Boolean))
          attended.set(t.municipalityId, (attended.get(t.municipalityId) ?? 0) + 1);
      kkr = kkrHalfAttendance(await this.repo.kkrMembers(muns), attended);
    }
    return { planId: s.plan.id, eventId: s.plan.eventId, eventKind: s.plan.event.kind, days, items: people, kkrHalfAttendance: kkr };
  }

  /** PUT .../attendance: JSON records { traineeId, day, present }. */
  async record(p: Principal, planId: string, records: readonly AttendanceRecord[]) {
    const s = await this.load(p, planId);
    const rows = records.map((r, i) => ({
      row: i + 1,
      cells: new Map([
        ['person', r.traineeId],
        ['day', r.day],
        ['present', r.present ? '1' : '0'],
      ]),
    }));
    return this.apply(p, s, { format: 'json', columns: ['person', 'day', 'present'], rows }, 'json');
  }

  /** POST .../attendance/import: CSV (or JSON rows) with columns person, day, present. */
  async import(p: Principal, planId: string, body: unknown, contentType: string | undefined) {
    // The file is read before the plan is looked up: an unreadable file is refused the same way everywhere.
    const table = readTable(body, contentType, ATTENDANCE_IMPORT.formats);
    checkHeader(ATTENDANCE_IMPORT.columns, table);
    const s = await this.load(p, planId);
    return this.apply(p, s, table, table.format);
  }

  private async apply(p: Principal, s: PlanSessions, table: Table, format: string) {
    const traineeByKey = new Map<string, string>();
    for (const t of s.trainees) traineeByKey.set(t.traineeId, t.traineeId);
    const staffIds = s.trainees.filter((t) => t.traineeKind === 'STAFF').map((t) => t.traineeId);
    for (const r of await this.repo.nationalIds(staffIds)) traineeByKey.set(r.nationalId, r.id);
    const days = eventDays(s.plan.event.startDate.toISOString().slice(0, 10), s.plan.event.endDate.toISOString().slice(0, 10));
    const { records, problems } = readAttendanceRows(table.rows, table.columns, { days, traineeByKey });
    refuseRows(problems.map((x) => ({ ...x, row: x.row ?? 1 })));
    const who = new Map(s.trainees.map((t) => [t.traineeId, t]));
    const result = await this.transactions.run(async (tx) => {
      const r = await this.repo.apply(
        tx,
        records.map((x) => {
          const t = who.get(x.traineeId)!;
          return {
            eventId: s.plan.eventId,
            traineeId: x.traineeId,
            day: toDate(x.day),
            traineeKind: t.traineeKind,
            municipalityId: t.municipalityId,
            present: x.present,
          };
        }),
        p.userId,
      );
      if (r.created + r.updated > 0)
        await this.audit.record(tx, actorOf(p), {
          action: 'attendance-recorded',
          entity: 'TrainingEvent',
          entityIds: [s.plan.eventId, s.plan.id],
          municipalityId: p.municipalityId,
          details: { format, ...r },
        });
      return r;
    });
    return { rows: records.length, ...result };
  }
}
