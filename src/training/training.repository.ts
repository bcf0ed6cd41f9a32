import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type Prisma, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../common/scope/scope.js';
import type { TrainingEventKind, TraineeKind, TrainingShift, VenueKind } from '../generated/prisma/enums.js';
import { municipalityInScope } from '../geography/geography.repository.js';

type Db = Tx | PrismaClient;

export const roomSelect = {
  id: true,
  venueId: true,
  municipalityId: true,
  name: true,
  seats: true,
  hasProjector: true,
  hasTv: true,
  availability: true,
  updatedAt: true,
} as const satisfies Prisma.RoomSelect;

export const venueSelect = {
  id: true,
  municipalityId: true,
  municipality: { select: { code: true, nameSq: true } },
  name: true,
  kind: true,
  address: true,
  createdAt: true,
  updatedAt: true,
  rooms: { select: roomSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }] },
} as const satisfies Prisma.VenueSelect;

export type VenueRow = Prisma.VenueGetPayload<{ select: typeof venueSelect }>;
export type RoomRow = Prisma.RoomGetPayload<{ select: typeof roomSelect }>;

export const eventSelect = {
  id: true,
  kind: true,
  name: true,
  startDate: true,
  endDate: true,
  regionId: true,
  hostRoomId: true,
  noticeDate: true,
  maxClassSize: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.TrainingEventSelect;
export type EventRow = Prisma.TrainingEventGetPayload<{ select: typeof eventSelect }>;

export interface RoomData {
  name: string;
  seats: number;
  hasProjector: boolean;
  hasTv: boolean;
  availability: { from: string; to: string }[];
}

export interface EventData {
  censusId?: string;
  kind: TrainingEventKind;
  /** null: no name given, its kind names it */
  name: string | null;
  startDate: Date;
  endDate: Date;
  regionId: string | null;
  hostRoomId: string | null;
  noticeDate: Date | null;
  maxClassSize: number;
}

export interface ClassData {
  id: string;
  key: string;
  municipalityId: string;
  language: string;
  size: number;
  roomId: string | null;
  roomMunicipalityId: string | null;
  shift: TrainingShift | null;
  startDate: Date;
  endDate: Date;
  /** a notice: { code, params } */
  explanation: Prisma.InputJsonValue;
}

export interface TraineeRowData {
  classId: string;
  traineeId: string;
  traineeKind: TraineeKind;
  municipalityId: string;
  position: number;
}

export interface PlanData {
  eventId: string;
  municipalityId: string | null;
  scopeKey: string;
  version: number;
  maxClassSize: number;
  basedOnPlanId: string | null;
  createdById: string | null;
  summary: Prisma.InputJsonValue;
  shortfalls: Prisma.InputJsonValue;
  moves: Prisma.InputJsonValue;
}

/** Plans a municipal caller may see: its own municipality's, and event-wide plans that involve it. */
export function planScopeWhere(scope: Scope): Prisma.TrainingPlanWhereInput {
  if (scope.kind === 'national') return {};
  const ids = { in: [...scope.municipalityIds] };
  return {
    OR: [
      { municipalityId: ids },
      {
        municipalityId: null,
        classes: { some: { OR: [{ municipalityId: ids }, { roomMunicipalityId: ids }, { trainees: { some: { municipalityId: ids } } }] } },
      },
    ],
  };
}

/** Classes of a plan a municipal caller may see: its groups, its rooms, or classes with its trainees. */
export function classScopeWhere(scope: Scope): Prisma.TrainingClassWhereInput {
  if (scope.kind === 'national') return {};
  const ids = { in: [...scope.municipalityIds] };
  return { OR: [{ municipalityId: ids }, { roomMunicipalityId: ids }, { trainees: { some: { municipalityId: ids } } }] };
}

/** Venues, rooms, training events and stored room plans. Municipal data always filtered by the caller's scope. */
@Injectable()
export class TrainingRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  // ── geography ──
  municipalityByCode(scope: Scope, code: string, db: Db = this.prisma) {
    return municipalityInScope(db, scope, code, { id: true, code: true, nameSq: true, regionId: true });
  }

  municipalities(db: Db = this.prisma) {
    return db.municipality.findMany({
      select: { id: true, code: true, nameSq: true, nameSr: true, regionId: true, sortOrder: true },
      orderBy: { sortOrder: 'asc' },
    });
  }

  regions(db: Db = this.prisma) {
    return db.region.findMany({
      select: { id: true, code: true, nameSq: true, nameSr: true, sortOrder: true },
      orderBy: { sortOrder: 'asc' },
    });
  }

  regionByCode(code: string) {
    return this.prisma.region.findUnique({ where: { code }, select: { id: true, code: true, nameSq: true } });
  }

  // ── venues and rooms ──
  listVenues(scope: Scope, f: { municipalityId?: string; limit: number; offset: number }) {
    const where: Prisma.VenueWhereInput = {
      ...municipalityWhere(scope),
      ...(f.municipalityId ? { municipalityId: f.municipalityId } : {}),
    };
    return Promise.all([
      this.prisma.venue.findMany({
        where,
        select: venueSelect,
        orderBy: [{ municipality: { sortOrder: 'asc' } }, { name: 'asc' }, { id: 'asc' }],
        take: f.limit,
        skip: f.offset,
      }),
      this.prisma.venue.count({ where }),
    ]);
  }

  findVenue(scope: Scope, id: string, db: Db = this.prisma) {
    return db.venue.findFirst({ where: { id, ...municipalityWhere(scope) }, select: venueSelect });
  }

  createVenue(tx: Tx, data: { municipalityId: string; name: string; kind: VenueKind; address: string }) {
    return tx.venue.create({ data, select: venueSelect });
  }

  async updateVenue(tx: Tx, scope: Scope, id: string, data: { name?: string; kind?: VenueKind; address?: string }) {
    const r = await tx.venue.updateMany({ where: { id, ...municipalityWhere(scope) }, data });
    return r.count === 1 ? this.findVenue(scope, id, tx) : null;
  }

  async deleteVenue(tx: Tx, scope: Scope, id: string): Promise<boolean> {
    return (await tx.venue.deleteMany({ where: { id, ...municipalityWhere(scope) } })).count === 1;
  }

  findRoom(scope: Scope, id: string, db: Db = this.prisma) {
    return db.room.findFirst({
      where: { id, ...municipalityWhere(scope) },
      select: { ...roomSelect, venue: { select: { id: true, name: true, address: true, kind: true } } },
    });
  }

  createRoom(tx: Tx, venue: { id: string; municipalityId: string }, data: RoomData) {
    return tx.room.create({ data: { ...data, venueId: venue.id, municipalityId: venue.municipalityId }, select: roomSelect });
  }

  async updateRoom(tx: Tx, scope: Scope, id: string, data: Partial<RoomData>) {
    const r = await tx.room.updateMany({ where: { id, ...municipalityWhere(scope) }, data });
    return r.count === 1 ? tx.room.findFirst({ where: { id }, select: roomSelect }) : null;
  }

  async deleteRoom(tx: Tx, scope: Scope, id: string): Promise<boolean> {
    return (await tx.room.deleteMany({ where: { id, ...municipalityWhere(scope) } })).count === 1;
  }

  /** Rooms used by a pinned (published, current) plan: deleting them would orphan what people were told. */
  countPinnedUses(db: Db, roomIds: readonly string[]): Promise<number> {
    return db.trainingClass.count({ where: { roomId: { in: [...roomIds] }, plan: { pinned: true } } });
  }

  /** Rooms of these municipalities with their venue, for the planner and for printing. */
  roomsIn(db: Db, municipalityIds: readonly string[] | 'all') {
    return db.room.findMany({
      where: municipalityIds === 'all' ? {} : { municipalityId: { in: [...municipalityIds] } },
      select: { ...roomSelect, venue: { select: { id: true, name: true, address: true, kind: true } } },
      orderBy: { id: 'asc' },
    });
  }

  roomsById(ids: readonly string[], db: Db = this.prisma) {
    return db.room.findMany({
      where: { id: { in: [...ids] } },
      select: { ...roomSelect, venue: { select: { id: true, name: true, address: true, kind: true } } },
    });
  }

  // ── events (national reference data) ──
  listEvents(kind?: TrainingEventKind, censusId?: string) {
    return this.prisma.trainingEvent.findMany({
      where: { ...(kind ? { kind } : {}), ...(censusId ? { censusId } : {}) },
      select: eventSelect,
      orderBy: [{ startDate: 'asc' }, { kind: 'asc' }, { name: 'asc' }],
    });
  }

  findEvent(id: string, db: Db = this.prisma) {
    return db.trainingEvent.findUnique({ where: { id }, select: eventSelect });
  }

  createEvent(tx: Tx, data: EventData) {
    return tx.trainingEvent.create({ data, select: eventSelect });
  }

  updateEvent(tx: Tx, id: string, data: Partial<EventData>) {
    return tx.trainingEvent.update({ where: { id }, data, select: eventSelect });
  }

  // ── trainees ──
  activeStaff(db: Db, kind: 'SUPERVISOR' | 'ENUMERATOR', municipalityIds: readonly string[] | 'all') {
    return db.staffMember.findMany({
      where: { kind, status: 'ACTIVE', ...(municipalityIds === 'all' ? {} : { municipalityId: { in: [...municipalityIds] } }) },
      select: { id: true, fullName: true, municipalityId: true, languageOfWork: true },
      orderBy: [{ fullName: 'asc' }, { id: 'asc' }],
    });
  }

  async staffExists(scope: Scope, id: string): Promise<boolean> {
    return (await this.prisma.staffMember.count({ where: { id, ...municipalityWhere(scope) } })) === 1;
  }

  kkrMembers(db: Db, municipalityIds: readonly string[]) {
    return db.kkrMember.findMany({
      where: { municipalityId: { in: [...municipalityIds] } },
      select: { id: true, fullName: true, municipalityId: true, position: true },
      orderBy: [{ municipalityId: 'asc' }, { position: 'asc' }],
    });
  }

  // ── plans ──
  async nextVersion(tx: Tx, eventId: string, scopeKey: string): Promise<number> {
    const last = await tx.trainingPlan.findFirst({ where: { eventId, scopeKey }, orderBy: { version: 'desc' }, select: { version: true } });
    return (last?.version ?? 0) + 1;
  }

  async createPlan(tx: Tx, data: PlanData, classes: readonly ClassData[], trainees: readonly TraineeRowData[]) {
    const plan = await tx.trainingPlan.create({ data, select: { id: true } });
    if (classes.length) await tx.trainingClass.createMany({ data: classes.map((c) => ({ ...c, planId: plan.id })) });
    for (let i = 0; i < trainees.length; i += 5000) {
      await tx.trainingClassTrainee.createMany({ data: trainees.slice(i, i + 5000).map((t) => ({ ...t, planId: plan.id })) });
    }
    return plan.id;
  }

  listPlans(scope: Scope, f: { eventId?: string; municipalityId?: string | null; limit: number; offset: number }) {
    const where: Prisma.TrainingPlanWhereInput = {
      AND: [
        planScopeWhere(scope),
        f.eventId ? { eventId: f.eventId } : {},
        f.municipalityId !== undefined ? { municipalityId: f.municipalityId } : {},
      ],
    };
    return Promise.all([
      this.prisma.trainingPlan.findMany({
        where,
        select: planHeadSelect,
        orderBy: [{ createdAt: 'desc' }, { version: 'desc' }],
        take: f.limit,
        skip: f.offset,
      }),
      this.prisma.trainingPlan.count({ where }),
    ]);
  }

  findPlan(scope: Scope, id: string, db: Db = this.prisma) {
    return db.trainingPlan.findFirst({ where: { AND: [{ id }, planScopeWhere(scope)] }, select: planHeadSelect });
  }

  /** The current pinned plan of an event and scope key. */
  pinnedPlan(eventId: string, scopeKey: string, db: Db = this.prisma) {
    return db.trainingPlan.findFirst({ where: { eventId, scopeKey, pinned: true }, select: planHeadSelect });
  }

  /** Pinned plans of events starting after `today` that cover a municipality (its own, or event-wide). */
  pinnedPlansCovering(db: Db, municipalityId: string, kinds: readonly TrainingEventKind[], today: Date) {
    return db.trainingPlan.findMany({
      where: {
        pinned: true,
        event: { kind: { in: [...kinds] }, startDate: { gt: today } },
        OR: [{ municipalityId }, { municipalityId: null }],
      },
      select: planHeadSelect,
    });
  }

  planClasses(scope: Scope, planId: string, db: Db = this.prisma) {
    return db.trainingClass.findMany({
      where: { AND: [{ planId }, classScopeWhere(scope)] },
      select: {
        id: true,
        key: true,
        municipalityId: true,
        language: true,
        size: true,
        roomId: true,
        roomMunicipalityId: true,
        shift: true,
        startDate: true,
        endDate: true,
        explanation: true,
        trainees: {
          where: scope.kind === 'national' ? {} : { municipalityId: { in: [...scope.municipalityIds] } },
          select: { traineeId: true, traineeKind: true, municipalityId: true, position: true },
          orderBy: { position: 'asc' },
        },
      },
      orderBy: [{ key: 'asc' }],
    });
  }

  /** (room, shift) pairs used by the pinned plans of an event other than the one of `scopeKey`. */
  async slotsHeldByOtherPlans(db: Db, eventId: string, scopeKey: string) {
    const rows = await db.trainingClass.findMany({
      where: { roomId: { not: null }, shift: { not: null }, plan: { eventId, pinned: true, scopeKey: { not: scopeKey } } },
      select: { roomId: true, shift: true },
    });
    return rows.flatMap((r) => (r.roomId && r.shift ? [{ roomId: r.roomId, shift: r.shift }] : []));
  }

  /** Every class with every trainee, for re-planning (service-internal, national). */
  allPlanClasses(db: Db, planId: string) {
    return this.planClasses({ kind: 'national' }, planId, db);
  }

  async publish(tx: Tx, plan: { id: string; eventId: string; scopeKey: string }, by: string | null, now: Date) {
    await tx.trainingPlan.updateMany({ where: { eventId: plan.eventId, scopeKey: plan.scopeKey, pinned: true }, data: { pinned: false } });
    await tx.trainingPlan.update({
      where: { id: plan.id },
      data: { status: 'PUBLISHED', pinned: true, publishedAt: now, publishedById: by },
    });
  }

  /** Names of trainees for reading and printing (staff or KKR members). */
  async traineeNames(staffIds: readonly string[], kkrIds: readonly string[], db: Db = this.prisma): Promise<Map<string, string>> {
    // In chunks: a national plan names tens of thousands of people (bind-parameter limits).
    const out = new Map<string, string>();
    for (let i = 0; i < staffIds.length; i += 10_000) {
      const rows = await db.staffMember.findMany({
        where: { id: { in: staffIds.slice(i, i + 10_000) } },
        select: { id: true, fullName: true },
      });
      for (const r of rows) out.set(r.id, r.fullName);
    }
    for (let i = 0; i < kkrIds.length; i += 10_000) {
      const rows = await db.kkrMember.findMany({
        where: { id: { in: kkrIds.slice(i, i + 10_000) } },
        select: { id: true, fullName: true },
      });
      for (const r of rows) out.set(r.id, r.fullName);
    }
    return out;
  }

  /** The class of a person in the pinned plan of the latest event of a kind. */
  /**
   * Batched `sessionFor` for one municipality: every staff member's classes in pinned plans of
   * SUPERVISORS / ENUMERATORS events (one query; newest publication first, as `sessionFor`).
   */
  sessionsFor(municipalityId: string, staffIds: readonly string[], db: Db = this.prisma) {
    return db.trainingClassTrainee.findMany({
      where: {
        municipalityId,
        traineeKind: 'STAFF',
        traineeId: { in: [...staffIds] },
        class: { plan: { pinned: true, event: { kind: { in: ['SUPERVISORS', 'ENUMERATORS'] } } } },
      },
      select: {
        traineeId: true,
        class: {
          select: {
            key: true,
            roomId: true,
            shift: true,
            startDate: true,
            endDate: true,
            plan: { select: { id: true, publishedAt: true, event: { select: { kind: true } } } },
          },
        },
      },
      orderBy: [{ class: { plan: { publishedAt: 'desc' } } }, { traineeId: 'asc' }],
    });
  }

  /** KKR regional events starting in [from, to] (inclusive days), with their region's municipalities. */
  async kkrEventsBetween(from: Date, to: Date) {
    const events = await this.prisma.trainingEvent.findMany({
      where: { kind: 'KKR_REGIONAL', startDate: { gte: from, lte: to } },
      select: { id: true, startDate: true, noticeDate: true, regionId: true },
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    });
    const regionIds = [...new Set(events.map((e) => e.regionId).filter((x): x is string => x !== null))];
    const muns = regionIds.length
      ? await this.prisma.municipality.findMany({ where: { regionId: { in: regionIds } }, select: { id: true, regionId: true } })
      : [];
    return events.map((e) => ({ ...e, municipalityIds: muns.filter((m) => m.regionId === e.regionId).map((m) => m.id) }));
  }

  sessionFor(scope: Scope, traineeId: string, kind: TrainingEventKind) {
    return this.prisma.trainingClassTrainee.findFirst({
      where: { traineeId, ...municipalityWhere(scope), class: { plan: { pinned: true, event: { kind } } } },
      select: {
        class: {
          select: {
            key: true,
            roomId: true,
            shift: true,
            startDate: true,
            endDate: true,
            plan: { select: { id: true, version: true, eventId: true } },
          },
        },
      },
      orderBy: { class: { plan: { publishedAt: 'desc' } } },
    });
  }
}

export const planHeadSelect = {
  id: true,
  eventId: true,
  event: { select: eventSelect },
  municipalityId: true,
  scopeKey: true,
  version: true,
  status: true,
  pinned: true,
  maxClassSize: true,
  basedOnPlanId: true,
  createdById: true,
  createdAt: true,
  publishedById: true,
  publishedAt: true,
  summary: true,
  shortfalls: true,
  moves: true,
} as const satisfies Prisma.TrainingPlanSelect;
export type PlanHead = Prisma.TrainingPlanGetPayload<{ select: typeof planHeadSelect }>;
