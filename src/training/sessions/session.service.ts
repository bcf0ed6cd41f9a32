import { Inject, Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../../audit/audit.service.js';
import type { Principal } from '../../auth/principal.js';
import { APP_CONFIG, type AppConfig } from '../../common/config/config.js';
import { censusTimeZone } from '../../common/config/messaging-config.js';
import { wallTimeToInstant } from '../../common/dates/zoned-time.js';
import { AppError } from '../../common/errors/app-error.js';
import { fromDate } from '../../common/http/zod.pipe.js';
import { Transactions, type Tx } from '../../common/prisma/transaction.js';
import type { Scope } from '../../common/scope/scope.js';
import type { TraineeKind } from '../../generated/prisma/enums.js';
import { shiftTimesOf, type SessionSnapshot, type ShiftTimes } from '../domain/session-times.js';
import { SessionRepository, type SessionPlanRow } from './session.repository.js';

/** One trainee of a plan with the session they attend and how to reach them. */
export interface TraineeSession {
  readonly traineeId: string;
  readonly traineeKind: TraineeKind;
  readonly municipalityId: string;
  readonly fullName: string;
  readonly email: string | null;
  readonly phone: string | null;
  /** staff language of work (SQ, SR, ...); null for KKR members */
  readonly language: string | null;
  readonly session: SessionSnapshot;
}

export interface PlanSessions {
  readonly plan: SessionPlanRow;
  readonly bringNote: string | null;
  /** placed classes the caller may see, with their times and address */
  readonly classes: readonly (SessionSnapshot & { readonly shift: string | null; readonly trainees: number })[];
  /** trainees of the caller's municipalities in placed classes */
  readonly trainees: readonly TraineeSession[];
}

/**
 * Training sessions with clock times and addresses: a class of a plan meets in its room on the
 * event's dates, at the times of its shift (configured per event) in the census time zone.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly repo: SessionRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sessions of a plan seen through `scope`; null when the plan is not visible. Reads in `db` (a transaction) when given. */
  async planSessions(scope: Scope, planId: string, db?: Tx): Promise<PlanSessions | null> {
    const plan = await this.repo.plan(scope, planId, db);
    if (!plan) return null;
    const classes = (await this.repo.classes(scope, planId, db)).filter((c) => c.roomId !== null);
    const rooms = new Map((await this.repo.rooms([...new Set(classes.map((c) => c.roomId as string))], db)).map((r) => [r.id, r]));
    const staffIds: string[] = [];
    const kkrIds: string[] = [];
    for (const c of classes) for (const t of c.trainees) (t.traineeKind === 'STAFF' ? staffIds : kkrIds).push(t.traineeId);
    const people = await this.repo.people(staffIds, kkrIds, db);
    const zone = censusTimeZone(this.config);
    const outClasses: (SessionSnapshot & { shift: string | null; trainees: number })[] = [];
    const trainees: TraineeSession[] = [];
    for (const c of classes) {
      const room = rooms.get(c.roomId as string);
      if (!room) continue;
      const times = shiftTimesOf(plan.event.shiftTimes, c.shift);
      const session: SessionSnapshot = {
        eventId: plan.eventId,
        eventKind: plan.event.kind,
        classKey: c.key,
        roomId: room.id,
        venueName: room.venue.name,
        address: room.venue.address,
        roomName: room.name,
        floor: room.floor,
        directions: room.directions,
        startDate: fromDate(c.startDate) as string,
        endDate: fromDate(c.endDate) as string,
        startTime: times.start,
        endTime: times.end,
        timeZone: zone,
      };
      outClasses.push({ ...session, shift: c.shift, trainees: c.trainees.length });
      for (const t of c.trainees) {
        const person = people.get(t.traineeId);
        if (!person) continue;
        trainees.push({ traineeId: t.traineeId, traineeKind: t.traineeKind, municipalityId: t.municipalityId, ...person, session });
      }
    }
    return { plan, bringNote: plan.event.bringNote, classes: outClasses, trainees };
  }

  /** GET /training/plans/:id/sessions: each placed class with dates, clock times (and instants) and address. */
  async sessionsView(p: Principal, planId: string) {
    const s = await this.planSessions(p.scope, planId);
    if (!s) throw new AppError('TRAINING_PLAN_UNKNOWN', 'training plan not found');
    return {
      planId: s.plan.id,
      version: s.plan.version,
      status: s.plan.status,
      timeZone: censusTimeZone(this.config),
      bringNote: s.bringNote,
      items: s.classes.map((c) => ({
        classKey: c.classKey,
        shift: c.shift,
        startDate: c.startDate,
        endDate: c.endDate,
        startTime: c.startTime,
        endTime: c.endTime,
        /** first day's start and last day's end as instants (UTC) */
        startsAt: wallTimeToInstant(c.startDate, c.startTime, c.timeZone).toISOString(),
        endsAt: wallTimeToInstant(c.endDate, c.endTime, c.timeZone).toISOString(),
        address: { venue: c.venueName, address: c.address, room: c.roomName, floor: c.floor, directions: c.directions },
        trainees: c.trainees,
      })),
    };
  }

  async setEventTimes(p: Principal, eventId: string, input: { shiftTimes: ShiftTimes; bringNote: string | null }) {
    if (!(await this.repo.eventExists(eventId))) throw new AppError('TRAINING_EVENT_UNKNOWN', 'training event not found');
    return this.transactions.run(async (tx) => {
      const row = await this.repo.updateEventTimes(tx, eventId, { shiftTimes: input.shiftTimes, bringNote: input.bringNote });
      await this.audit.record(tx, actorOf(p), {
        action: 'updated',
        entity: 'TrainingEvent',
        entityIds: [eventId],
        details: { fields: ['shiftTimes', 'bringNote'] },
      });
      return { eventId: row.id, shiftTimes: row.shiftTimes, bringNote: row.bringNote, timeZone: censusTimeZone(this.config) };
    });
  }

  async setRoomAddress(p: Principal, roomId: string, input: { floor: string | null; directions: string | null }) {
    return this.transactions.run(async (tx) => {
      if (!(await this.repo.updateRoomAddress(tx, p.scope, roomId, input))) throw new AppError('TRAINING_ROOM_UNKNOWN', 'room not found');
      const room = await this.repo.room(p.scope, roomId, tx);
      await this.audit.record(tx, actorOf(p), {
        action: 'updated',
        entity: 'Room',
        entityIds: [roomId],
        municipalityId: room?.municipalityId ?? null,
        details: { fields: ['floor', 'directions'] },
      });
      return room;
    });
  }
}
