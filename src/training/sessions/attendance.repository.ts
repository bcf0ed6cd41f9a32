import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../../common/prisma/prisma.module.js';
import type { Tx } from '../../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../../common/scope/scope.js';
import type { TraineeKind } from '../../generated/prisma/enums.js';

export interface AttendanceRow {
  eventId: string;
  traineeId: string;
  day: Date;
  traineeKind: TraineeKind;
  municipalityId: string;
  present: boolean;
}

/** Attendance per event, person and day. Reads and writes carry the caller's scope. */
@Injectable()
export class AttendanceRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  list(scope: Scope, eventId: string, db: Tx | PrismaClient = this.prisma) {
    return db.trainingAttendance.findMany({
      where: { eventId, ...municipalityWhere(scope) },
      select: { traineeId: true, day: true, present: true, municipalityId: true, traineeKind: true },
      orderBy: [{ traineeId: 'asc' }, { day: 'asc' }],
    });
  }

  /**
   * Write the rows whose value differs from what is stored (new or changed); unchanged rows are
   * not written, so the same file twice changes nothing.
   */
  async apply(tx: Tx, rows: readonly AttendanceRow[], by: string | null): Promise<{ created: number; updated: number; unchanged: number }> {
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    const existing = new Map<string, boolean>();
    const eventIds = [...new Set(rows.map((r) => r.eventId))];
    for (const e of eventIds) {
      const stored = await tx.trainingAttendance.findMany({
        where: { eventId: e, traineeId: { in: rows.filter((r) => r.eventId === e).map((r) => r.traineeId) } },
        select: { traineeId: true, day: true, present: true },
      });
      for (const s of stored) existing.set(`${e}|${s.traineeId}|${s.day.toISOString().slice(0, 10)}`, s.present);
    }
    for (const r of rows) {
      const before = existing.get(`${r.eventId}|${r.traineeId}|${r.day.toISOString().slice(0, 10)}`);
      if (before === r.present) {
        unchanged++;
        continue;
      }
      await tx.trainingAttendance.upsert({
        where: { eventId_traineeId_day: { eventId: r.eventId, traineeId: r.traineeId, day: r.day } },
        create: { ...r, recordedById: by },
        update: { present: r.present, recordedById: by, recordedAt: new Date() },
      });
      if (before === undefined) created++;
      else updated++;
    }
    return { created, updated, unchanged };
  }

  nationalIds(staffIds: readonly string[]) {
    return this.prisma.staffMember.findMany({ where: { id: { in: [...staffIds] } }, select: { id: true, nationalId: true } });
  }

  /** KKR members per municipality (for the letter's "at least half attend"). */
  async kkrMembers(municipalityIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.prisma.kkrMember.groupBy({
      by: ['municipalityId'],
      where: { municipalityId: { in: [...municipalityIds] } },
      _count: true,
    });
    return new Map(rows.map((r) => [r.municipalityId, r._count]));
  }
}
