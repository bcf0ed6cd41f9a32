import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { fromDate } from '../common/http/zod.pipe.js';
import type { Tx } from '../common/prisma/transaction.js';
import type { Scope } from '../common/scope/scope.js';
import type { TrainingEventKind, TrainingShift } from '../generated/prisma/enums.js';
import { TrainingRepository } from './training.repository.js';

/** Where a staff member is trained (see `TrainingSessionService.sessionsFor`). */
export interface StaffSession {
  readonly planId: string;
  readonly classKey: string;
  readonly eventKind: TrainingEventKind;
  readonly startDate: string;
  readonly endDate: string;
  readonly venueName: string;
  readonly roomName: string;
  readonly shift: TrainingShift | null;
}

/** Where people are trained, from the plans in force: for the API, equipment and recruitment. */
@Injectable()
export class TrainingSessionService {
  constructor(private readonly repo: TrainingRepository) {}

  /** GET /training/sessions/:staffId: the person must be in the caller's scope (else 404). */
  async sessionForStaff(p: Principal, staffId: string, eventKind: TrainingEventKind) {
    if (!(await this.repo.staffExists(p.scope, staffId))) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
    return this.sessionFor(p.scope, staffId, eventKind);
  }

  /** Where a person is trained for an event kind, from the plan in force: for the equipment distribution plan. */
  async sessionFor(scope: Scope, staffId: string, eventKind: TrainingEventKind) {
    const row = await this.repo.sessionFor(scope, staffId, eventKind);
    if (!row) return null;
    const c = row.class;
    const room = c.roomId ? (await this.repo.roomsById([c.roomId]))[0] : undefined;
    return {
      eventId: c.plan.eventId,
      planId: c.plan.id,
      planVersion: c.plan.version,
      classKey: c.key,
      startDate: fromDate(c.startDate) as string,
      endDate: fromDate(c.endDate) as string,
      shift: c.shift,
      venue: room ? { id: room.venue.id, name: room.venue.name, address: room.venue.address } : null,
      room: room ? { id: room.id, name: room.name, seats: room.seats } : null,
    };
  }

  /**
   * Batched `sessionFor` for the equipment distribution plan: the training session (SUPERVISORS
   * or ENUMERATORS event, from the plan in force) of each listed staff member of one
   * municipality. People in no pinned plan, or in a class the plan could not place in a room,
   * are left out. Reads in `tx` when given. Two queries in all (class rows, then their rooms), whatever the number of people.
   */
  async sessionsFor(municipalityId: string, staffIds: readonly string[], tx?: Tx): Promise<Map<string, StaffSession>> {
    const out = new Map<string, StaffSession>();
    if (staffIds.length === 0) return out;
    const rows = await this.repo.sessionsFor(municipalityId, staffIds, tx);
    const roomIds = [...new Set(rows.map((r) => r.class.roomId).filter((x): x is string => x !== null))];
    const rooms = roomIds.length ? await this.repo.roomsById(roomIds, tx) : [];
    const roomById = new Map(rooms.map((r) => [r.id, r]));
    for (const r of rows) {
      // Rows come newest publication first: the first placed class of a person wins.
      const room = r.class.roomId ? roomById.get(r.class.roomId) : undefined;
      if (!room || out.has(r.traineeId)) continue;
      out.set(r.traineeId, {
        planId: r.class.plan.id,
        classKey: r.class.key,
        eventKind: r.class.plan.event.kind,
        startDate: fromDate(r.class.startDate) as string,
        endDate: fromDate(r.class.endDate) as string,
        venueName: room.venue.name,
        roomName: room.name,
        shift: r.class.shift,
      });
    }
    return out;
  }
}
