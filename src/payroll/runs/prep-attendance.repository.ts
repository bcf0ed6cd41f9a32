import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../../common/prisma/prisma.module.js';
import type { PrepAttendance, PrepAttendanceRule } from '../domain/compute-pay.js';
import { dayOf } from '../domain/days.js';

export interface EnumeratorTraining {
  readonly eventId: string;
  /** the event's days, first and last included */
  readonly days: number;
}

/**
 * Training attendance as the preparatory-pay rule needs it: the census's enumerator training
 * events and, per enumerator, the days present (TrainingAttendance, recorded per event, person
 * and day). Read-only; training owns the rows.
 */
@Injectable()
export class PrepAttendanceRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async enumeratorTrainings(censusId: string): Promise<EnumeratorTraining[]> {
    const events = await this.prisma.trainingEvent.findMany({
      where: { censusId, kind: 'ENUMERATORS' },
      select: { id: true, startDate: true, endDate: true },
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    });
    return events.map((e) => ({ eventId: e.id, days: dayOf(e.endDate) - dayOf(e.startDate) + 1 }));
  }

  /**
   * Per staff id, the attendance the rule reads: of the census's enumerator trainings, the one
   * where the person was present most (a person attends one; ties: the earlier), its days
   * present and its length. People with no day present get 0 days of the first training.
   */
  async attendanceFor(
    rule: Exclude<PrepAttendanceRule, 'NONE'>,
    trainings: readonly EnumeratorTraining[],
    staffIds: readonly string[],
  ): Promise<Map<string, PrepAttendance>> {
    const out = new Map<string, PrepAttendance>();
    const first = trainings[0];
    if (!first || staffIds.length === 0) return out;
    const rows = await this.prisma.trainingAttendance.groupBy({
      by: ['traineeId', 'eventId'],
      where: { eventId: { in: trainings.map((t) => t.eventId) }, traineeKind: 'STAFF', traineeId: { in: [...staffIds] }, present: true },
      _count: { _all: true },
    });
    const order = new Map(trainings.map((t, i) => [t.eventId, i]));
    const best = new Map<string, { count: number; index: number }>();
    for (const r of rows) {
      const index = order.get(r.eventId) ?? 0;
      const prev = best.get(r.traineeId);
      if (!prev || r._count._all > prev.count || (r._count._all === prev.count && index < prev.index))
        best.set(r.traineeId, { count: r._count._all, index });
    }
    for (const id of staffIds) {
      const b = best.get(id);
      const t = b ? (trainings[b.index] as EnumeratorTraining) : first;
      out.set(id, { rule, attendedDays: b?.count ?? 0, trainingDays: t.days });
    }
    return out;
  }
}
