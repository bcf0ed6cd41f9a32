import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type Prisma, type PrismaClient } from '../../common/prisma/prisma.module.js';
import type { Tx } from '../../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../../common/scope/scope.js';
import { classScopeWhere, planScopeWhere } from '../training.repository.js';

type Db = Tx | PrismaClient;

const planSelect = {
  id: true,
  eventId: true,
  scopeKey: true,
  version: true,
  status: true,
  pinned: true,
  municipalityId: true,
  event: { select: { id: true, kind: true, name: true, startDate: true, endDate: true, shiftTimes: true, bringNote: true } },
} as const satisfies Prisma.TrainingPlanSelect;
export type SessionPlanRow = Prisma.TrainingPlanGetPayload<{ select: typeof planSelect }>;

/** Sessions (classes with their rooms and times), event times and room addresses. Scope in every WHERE. */
@Injectable()
export class SessionRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  plan(scope: Scope, planId: string, db: Db = this.prisma) {
    return db.trainingPlan.findFirst({ where: { AND: [{ id: planId }, planScopeWhere(scope)] }, select: planSelect });
  }

  /** Classes of the plan the caller may see, with the trainees of the caller's municipalities only. */
  classes(scope: Scope, planId: string, db: Db = this.prisma) {
    return db.trainingClass.findMany({
      where: { AND: [{ planId }, classScopeWhere(scope)] },
      select: {
        key: true,
        municipalityId: true,
        language: true,
        roomId: true,
        shift: true,
        startDate: true,
        endDate: true,
        trainees: {
          where: municipalityWhere(scope),
          select: { traineeId: true, traineeKind: true, municipalityId: true, position: true },
          orderBy: { position: 'asc' },
        },
      },
      orderBy: { key: 'asc' },
    });
  }

  rooms(ids: readonly string[], db: Db = this.prisma) {
    return db.room.findMany({
      where: { id: { in: [...ids] } },
      select: {
        id: true,
        name: true,
        floor: true,
        directions: true,
        municipalityId: true,
        venue: { select: { name: true, address: true } },
      },
    });
  }

  /** Name, contact and language of the listed people (staff and KKR members). */
  async people(staffIds: readonly string[], kkrIds: readonly string[], db: Db = this.prisma) {
    const out = new Map<string, { fullName: string; email: string | null; phone: string | null; language: string | null }>();
    for (let i = 0; i < staffIds.length; i += 10_000) {
      const rows = await db.staffMember.findMany({
        where: { id: { in: staffIds.slice(i, i + 10_000) } },
        select: { id: true, fullName: true, email: true, phone: true, languageOfWork: true },
      });
      for (const r of rows) out.set(r.id, { fullName: r.fullName, email: r.email, phone: r.phone, language: r.languageOfWork });
    }
    for (let i = 0; i < kkrIds.length; i += 10_000) {
      const rows = await db.kkrMember.findMany({
        where: { id: { in: kkrIds.slice(i, i + 10_000) } },
        select: { id: true, fullName: true, email: true, phone: true },
      });
      for (const r of rows) out.set(r.id, { fullName: r.fullName, email: r.email, phone: r.phone, language: null });
    }
    return out;
  }

  eventExists(id: string) {
    return this.prisma.trainingEvent.findUnique({ where: { id }, select: { id: true } });
  }

  updateEventTimes(tx: Tx, id: string, data: { shiftTimes: Prisma.InputJsonValue; bringNote: string | null }) {
    return tx.trainingEvent.update({ where: { id }, data, select: { id: true, shiftTimes: true, bringNote: true } });
  }

  /** Floor and directions of a room in the caller's scope; false when not found there. */
  async updateRoomAddress(tx: Tx, scope: Scope, id: string, data: { floor: string | null; directions: string | null }): Promise<boolean> {
    const r = await tx.room.updateMany({ where: { id, ...municipalityWhere(scope) }, data });
    return r.count === 1;
  }

  room(scope: Scope, id: string, db: Db = this.prisma) {
    return db.room.findFirst({
      where: { id, ...municipalityWhere(scope) },
      select: { id: true, municipalityId: true, name: true, floor: true, directions: true },
    });
  }
}
