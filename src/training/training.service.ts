import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { actorOf, AuditService, type AuditActor } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { PRISMA, type Prisma, type PrismaClient } from '../common/prisma/prisma.module.js';
import { inTransaction, type Tx } from '../common/prisma/transaction.js';
import { nationalScope, type Scope } from '../common/scope/scope.js';
import type { TraineeKind, TrainingEventKind, TrainingShift } from '../generated/prisma/enums.js';
import {
  planRooms,
  type Move,
  type PlannerResult,
  type PlannerRoom,
  type PreviousClass,
  type Shortfall,
  type TraineeGroup,
} from './domain/plan-rooms.js';
import { PLAN_PUBLISHED_LISTENER, type PlanPublishedListener } from './plan-published.js';
import { checkClassSize, eventsOfCalendar, kkrAttendanceWarnings, noticeWarning } from './domain/training-rules.js';
import { CensusLookup } from '../census/census-lookup.js';
import {
  type ClassData,
  type EventData,
  type EventRow,
  type PlanHead,
  type TraineeRowData,
  TrainingRepository,
} from './training.repository.js';

const eventNotFound = (): AppError => new AppError('TRAINING_EVENT_UNKNOWN', 'training event not found');
const planNotFound = (): AppError => new AppError('TRAINING_PLAN_UNKNOWN', 'training plan not found');
const invalidEvent = (field: string, reason: string): AppError =>
  new AppError('TRAINING_EVENT_INVALID', 'the training event is not valid', [{ field, reason }]);

/** Where a staff member is trained (see `TrainingService.sessionsFor`). */
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

/** A plan-level warning; municipalityId null = about the whole plan. */
interface Warning {
  readonly municipalityId: string | null;
  readonly message: string;
}

export interface EventInput {
  kind: TrainingEventKind;
  name?: string;
  startDate: string;
  endDate: string;
  /** the census (id); create paths resolve it first */
  censusId?: string;
  regionCode?: string | null;
  hostRoomId?: string | null;
  noticeDate?: string | null;
  maxClassSize?: number;
}

export interface GenerateInput {
  municipalityCode?: string;
  maxClassSize?: number;
  allowSecondShift?: boolean;
}

interface TraineeMeta {
  readonly kind: TraineeKind;
  readonly municipalityId: string;
}

interface BuiltInput {
  readonly groups: TraineeGroup[];
  readonly rooms: PlannerRoom[];
  readonly municipalities: { id: string; name: string; regionId: string; sortOrder: number }[];
  readonly trainees: Map<string, TraineeMeta>;
  readonly kkrMembersByMunicipality?: Map<string, number>;
}

/**
 * Training events and room plans: load → plan (pure, domain/plan-rooms.ts) → store a version.
 * Plans are ADMIN/LOGISTICS business; municipalities read the plans that concern them.
 */
@Injectable()
export class TrainingService {
  constructor(
    private readonly repo: TrainingRepository,
    private readonly audit: AuditService,
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(PLAN_PUBLISHED_LISTENER) private readonly published: PlanPublishedListener,
    private readonly censuses: CensusLookup,
  ) {}

  // ── events ──────────────────────────────────────────────────────────────────────────

  /** Events, of one census when `census` (code or id) is given. */
  async listEvents(kind?: TrainingEventKind, census?: string) {
    const censusId = await this.censuses.filter(census);
    const [events, regions] = await Promise.all([this.repo.listEvents(kind, censusId), this.repo.regions()]);
    const regionById = new Map(regions.map((r) => [r.id, r]));
    return { items: events.map((e) => this.eventView(e, regionById)), total: events.length };
  }

  async getEvent(id: string) {
    const e = await this.repo.findEvent(id);
    if (!e) throw eventNotFound();
    const regions = await this.repo.regions();
    return this.eventView(e, new Map(regions.map((r) => [r.id, r])));
  }

  /**
   * A training event of a census (named, or the only open one); dates not given are the
   * census calendar's dates of that training.
   */
  async createEvent(
    p: Principal,
    input: Omit<EventInput, 'startDate' | 'endDate' | 'censusId'> & { startDate?: string; endDate?: string; census?: string },
  ) {
    const census = await this.censuses.resolve(input.census);
    const d = eventsOfCalendar(census.calendar);
    const dated = input.kind === 'KKR_REGIONAL' ? d.kkr : input.kind === 'SUPERVISORS' ? d.supervisors : d.enumerators;
    const { census: _census, ...rest } = input;
    const data = {
      ...(await this.eventData({ ...rest, startDate: input.startDate ?? dated.startDate, endDate: input.endDate ?? dated.endDate })),
      censusId: census.id,
    };
    const id = await inTransaction(this.prisma, async (tx) => {
      const e = await this.repo.createEvent(tx, data);
      await this.audit.record(tx, actorOf(p), { action: 'created', entity: 'TrainingEvent', entityIds: [e.id], details: { kind: e.kind } });
      return e.id;
    });
    return this.getEvent(id);
  }

  async updateEvent(p: Principal, id: string, patch: Partial<EventInput>) {
    const before = await this.repo.findEvent(id);
    if (!before) throw eventNotFound();
    const regions = await this.repo.regions();
    const merged: EventInput = {
      kind: before.kind,
      name: patch.name ?? before.name,
      startDate: patch.startDate ?? (fromDate(before.startDate) as string),
      endDate: patch.endDate ?? (fromDate(before.endDate) as string),
      regionCode: patch.regionCode !== undefined ? patch.regionCode : (regions.find((r) => r.id === before.regionId)?.code ?? null),
      hostRoomId: patch.hostRoomId !== undefined ? patch.hostRoomId : before.hostRoomId,
      noticeDate: patch.noticeDate !== undefined ? patch.noticeDate : fromDate(before.noticeDate),
      maxClassSize: patch.maxClassSize ?? before.maxClassSize,
    };
    const data = await this.eventData(merged);
    await inTransaction(this.prisma, async (tx) => {
      await this.repo.updateEvent(tx, id, data);
      await this.audit.record(tx, actorOf(p), {
        action: 'updated',
        entity: 'TrainingEvent',
        entityIds: [id],
        details: { fields: Object.keys(patch) },
      });
    });
    return this.getEvent(id);
  }

  /** A census's events where missing (one KKR training per region, supervisors, enumerators), dated by its calendar. */
  async createDefaultEvents(p: Principal, censusRef?: string) {
    const census = await this.censuses.resolve(censusRef);
    const [existing, regions] = await Promise.all([this.repo.listEvents(undefined, census.id), this.repo.regions()]);
    const created: string[] = [];
    await inTransaction(this.prisma, async (tx) => {
      const d = eventsOfCalendar(census.calendar);
      const wanted: EventData[] = [
        ...regions.map((r) => ({
          censusId: census.id,
          kind: d.kkr.kind,
          name: `${d.kkr.name}, region ${r.nameSq}`,
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
          name: x.name,
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
    return { created: created.length, ...(await this.listEvents(undefined, census.id)) };
  }

  private async eventData(input: EventInput): Promise<EventData> {
    if (input.endDate < input.startDate) throw invalidEvent('endDate', `must not be before startDate ${input.startDate}`);
    const maxClassSize = input.maxClassSize ?? 30;
    const sizeProblem = checkClassSize(maxClassSize);
    if (sizeProblem) throw invalidEvent('maxClassSize', sizeProblem);
    let regionId: string | null = null;
    if (input.kind === 'KKR_REGIONAL') {
      if (!input.regionCode) throw invalidEvent('regionCode', 'a regional KKR training needs its region');
      const region = await this.repo.regionByCode(input.regionCode);
      if (!region) throw invalidEvent('regionCode', `unknown region ${input.regionCode}`);
      regionId = region.id;
    } else {
      if (input.regionCode) throw invalidEvent('regionCode', 'only KKR_REGIONAL events have a region');
      if (input.hostRoomId) throw invalidEvent('hostRoomId', 'only KKR_REGIONAL events have a host room');
    }
    if (input.hostRoomId) {
      const room = await this.repo.findRoom(nationalScope, input.hostRoomId);
      const muns = await this.repo.municipalities();
      const roomRegion = muns.find((m) => m.id === room?.municipalityId)?.regionId;
      if (!room) throw invalidEvent('hostRoomId', 'unknown room');
      if (roomRegion !== regionId) throw invalidEvent('hostRoomId', 'the host room must be in the event’s region');
    }
    return {
      kind: input.kind,
      name: input.name ?? `${input.kind} training`,
      startDate: toDate(input.startDate),
      endDate: toDate(input.endDate),
      regionId,
      hostRoomId: input.hostRoomId ?? null,
      noticeDate: input.noticeDate ? toDate(input.noticeDate) : null,
      maxClassSize,
    };
  }

  private eventView(e: EventRow, regionById: Map<string, { code: string; nameSq: string; nameSr: string }>) {
    const range = { from: fromDate(e.startDate) as string, to: fromDate(e.endDate) as string };
    const warning = e.kind === 'KKR_REGIONAL' ? noticeWarning(range, fromDate(e.noticeDate), e.hostRoomId !== null) : null;
    const region = e.regionId ? regionById.get(e.regionId) : undefined;
    return {
      id: e.id,
      kind: e.kind,
      name: e.name,
      startDate: range.from,
      endDate: range.to,
      region: region ? { code: region.code, nameSq: region.nameSq, nameSr: region.nameSr } : null,
      hostRoomId: e.hostRoomId,
      noticeDate: fromDate(e.noticeDate),
      maxClassSize: e.maxClassSize,
      warnings: warning ? [warning] : [],
    };
  }

  // ── plans ───────────────────────────────────────────────────────────────────────────

  /** Plan an event for the whole country (its region for KKR events) or one municipality; stores the next version as DRAFT. */
  async generate(p: Principal, eventId: string, input: GenerateInput) {
    const event = await this.repo.findEvent(eventId);
    if (!event) throw eventNotFound();
    const maxClassSize = input.maxClassSize ?? event.maxClassSize;
    const sizeProblem = checkClassSize(maxClassSize);
    if (sizeProblem) throw new AppError('TRAINING_PLAN_INVALID', 'the plan is not valid', [{ field: 'maxClassSize', reason: sizeProblem }]);
    let municipalityId: string | null = null;
    if (input.municipalityCode !== undefined) {
      if (event.kind === 'KKR_REGIONAL')
        throw new AppError('TRAINING_PLAN_INVALID', 'the plan is not valid', [
          { field: 'municipalityCode', reason: 'a regional KKR training is planned for its whole region' },
        ]);
      const m = await this.repo.municipalityByCode(p.scope, input.municipalityCode);
      if (!m) throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${input.municipalityCode} not found`);
      municipalityId = m.id;
    }
    const planId = await inTransaction(this.prisma, (tx) =>
      this.planAndStore(tx, actorOf(p), event, municipalityId, { maxClassSize, allowSecondShift: input.allowSecondShift ?? true }),
    );
    return this.getPlan(p, planId);
  }

  async publish(p: Principal, planId: string) {
    const messageIds = await inTransaction(this.prisma, async (tx) => {
      const plan = await this.repo.findPlan(p.scope, planId, tx);
      if (!plan) throw planNotFound();
      await this.repo.publish(tx, plan, p.userId, new Date());
      await this.audit.record(tx, actorOf(p), {
        action: 'published',
        entity: 'TrainingPlan',
        entityIds: [plan.id],
        municipalityId: plan.municipalityId,
        details: { version: plan.version },
      });
      // People invited to an earlier version whose class, room or time changed are told.
      return this.published.planPublished(tx, plan.id);
    });
    await this.published.dispatch(messageIds);
    return this.getPlan(p, planId);
  }

  /** Re-plan a published (pinned) plan from current staff: next version, pinned classes kept, moves reported. */
  async replan(p: Principal, planId: string) {
    const newId = await inTransaction(this.prisma, async (tx) => {
      const plan = await this.repo.findPlan(p.scope, planId, tx);
      if (!plan) throw planNotFound();
      if (!plan.pinned)
        throw new AppError('TRAINING_PLAN_NOT_PINNED', 'only the published plan in force can be re-planned; publish it first');
      return this.replanInTx(tx, actorOf(p), plan);
    });
    return this.getPlan(p, newId);
  }

  /**
   * For the recruitment flow (wired by the lead): after staff of a municipality changed (an
   * enumerator replaced, a supervisor left), re-plan every pinned plan of a SUPERVISORS or
   * ENUMERATORS event still ahead (starts after `now`) that covers the municipality, and publish
   * the new version so it is the one in force. Runs in the caller's transaction when given.
   * Returns per plan the moves (with the trainee's name) of the re-plan.
   */
  async replanAfterStaffChange(tx: Tx | undefined, municipalityId: string, actor: AuditActor, now: Date) {
    const run = async (t: Tx) => {
      const today = toDate(now.toISOString().slice(0, 10));
      const plans = await this.repo.pinnedPlansCovering(t, municipalityId, ['SUPERVISORS', 'ENUMERATORS'], today);
      const out: { eventId: string; fromPlanId: string; planId: string; moves: (Move & { fullName: string | null })[] }[] = [];
      for (const plan of plans) {
        const newId = await this.replanInTx(t, actor, plan);
        await this.repo.publish(t, { id: newId, eventId: plan.eventId, scopeKey: plan.scopeKey }, actor.userId, now);
        await this.audit.record(t, actor, {
          action: 'published',
          entity: 'TrainingPlan',
          entityIds: [newId],
          municipalityId: plan.municipalityId,
          details: { reason: 'staff change', municipalityId },
        });
        // Written in the caller's transaction; the messaging recovery sweep queues them after the commit.
        await this.published.planPublished(t, newId);
        const head = await this.repo.findPlan(nationalScope, newId, t);
        const moves = (head?.moves ?? []) as unknown as Move[];
        // SUPERVISORS / ENUMERATORS plans: every trainee is a staff member.
        const names = moves.length
          ? await this.repo.traineeNames(t, [...new Set(moves.map((m) => m.traineeId))], [])
          : new Map<string, string>();
        out.push({
          eventId: plan.eventId,
          fromPlanId: plan.id,
          planId: newId,
          moves: moves.map((m) => ({ ...m, fullName: names.get(m.traineeId) ?? null })),
        });
      }
      return out;
    };
    return tx ? run(tx) : inTransaction(this.prisma, run);
  }

  private async replanInTx(tx: Tx, actor: AuditActor, plan: PlanHead): Promise<string> {
    const classes = await this.repo.allPlanClasses(tx, plan.id);
    const previous: PreviousClass[] = classes.map((c) => ({
      key: c.key,
      municipalityId: c.municipalityId,
      language: c.language,
      roomId: c.roomId,
      shift: c.shift,
      traineeIds: c.trainees.map((t) => t.traineeId),
    }));
    const event = plan.event;
    return this.planAndStore(
      tx,
      actor,
      event,
      plan.municipalityId,
      { maxClassSize: plan.maxClassSize, allowSecondShift: (plan.summary as { allowSecondShift?: boolean }).allowSecondShift ?? true },
      { basedOn: plan, previous },
    );
  }

  private async planAndStore(
    tx: Tx,
    actor: AuditActor,
    event: EventRow,
    municipalityId: string | null,
    opts: { maxClassSize: number; allowSecondShift: boolean },
    replan?: { basedOn: PlanHead; previous: PreviousClass[] },
  ): Promise<string> {
    const built = await this.buildInput(tx, event, municipalityId);
    const scopeKey = municipalityId ?? 'all';
    // Slots another pinned plan of this event holds are not free (two municipal plans may share a region's rooms).
    const blockedSlots = await this.repo.slotsHeldByOtherPlans(tx, event.id, scopeKey);
    const range = { from: fromDate(event.startDate) as string, to: fromDate(event.endDate) as string };
    const result = planRooms({
      groups: built.groups,
      rooms: built.rooms,
      municipalities: built.municipalities,
      event: range,
      maxClassSize: opts.maxClassSize,
      allowSecondShift: opts.allowSecondShift,
      blockedSlots,
      ...(replan ? { previous: replan.previous } : {}),
    });
    const warnings = this.warningsFor(event, built, result);
    const version = await this.repo.nextVersion(tx, event.id, scopeKey);
    const classRows: ClassData[] = [];
    const traineeRows: TraineeRowData[] = [];
    for (const c of result.classes) {
      const id = randomUUID();
      classRows.push({
        id,
        key: c.key,
        municipalityId: c.municipalityId,
        language: c.language,
        size: c.traineeIds.length,
        roomId: c.roomId,
        roomMunicipalityId: c.roomMunicipalityId,
        shift: c.shift,
        startDate: event.startDate,
        endDate: event.endDate,
        explanation: c.explanation,
      });
      c.traineeIds.forEach((t, position) => {
        const meta = built.trainees.get(t) as TraineeMeta;
        traineeRows.push({
          classId: id,
          traineeId: t,
          traineeKind: meta.kind,
          municipalityId: meta.municipalityId,
          position: position + 1,
        });
      });
    }
    const summary = {
      trainees: built.trainees.size,
      classes: result.classes.length,
      lowerBound: result.lowerBound,
      classesPlaced: result.classesPlaced,
      traineesPlaced: result.traineesPlaced,
      traineesUnplaced: result.traineesUnplaced,
      allowSecondShift: opts.allowSecondShift,
      relocatedClassKeys: [...result.relocatedClassKeys],
      warnings: warnings.map((w) => ({ ...w })),
    };
    const planId = await this.repo.createPlan(
      tx,
      {
        eventId: event.id,
        municipalityId,
        scopeKey,
        version,
        maxClassSize: opts.maxClassSize,
        basedOnPlanId: replan?.basedOn.id ?? null,
        createdById: actor.userId,
        summary: summary as Prisma.InputJsonValue,
        shortfalls: result.shortfalls.map((s) => ({ ...s, classKeys: [...s.classKeys], traineeIds: [...s.traineeIds] })),
        moves: result.moves.map((m) => ({ ...m })),
      },
      classRows,
      traineeRows,
    );
    await this.audit.record(tx, actor, {
      action: replan ? 'replanned' : 'generated',
      entity: 'TrainingPlan',
      entityIds: [planId, event.id],
      municipalityId,
      details: {
        version,
        classes: result.classes.length,
        classesPlaced: result.classesPlaced,
        shortfalls: result.shortfalls.length,
        ...(replan ? { basedOnPlanId: replan.basedOn.id, moves: result.moves.length } : {}),
      },
    });
    return planId;
  }

  private async buildInput(tx: Tx, event: EventRow, municipalityId: string | null): Promise<BuiltInput> {
    const allMuns = await this.repo.municipalities(tx);
    const municipalities = allMuns.map((m) => ({ id: m.id, name: m.nameSq, regionId: m.regionId, sortOrder: m.sortOrder }));
    const trainees = new Map<string, TraineeMeta>();
    const groupsByKey = new Map<string, TraineeGroup & { traineeIds: string[] }>();
    const add = (home: string, language: string, id: string, meta: TraineeMeta) => {
      trainees.set(id, meta);
      const k = `${home}|${language}`;
      const g = groupsByKey.get(k);
      if (g) g.traineeIds.push(id);
      else groupsByKey.set(k, { municipalityId: home, language, traineeIds: [id] });
    };
    if (event.kind === 'KKR_REGIONAL') {
      const regionMuns = allMuns.filter((m) => m.regionId === event.regionId).map((m) => m.id);
      const roomRows = event.hostRoomId ? await this.repo.roomsById(tx, [event.hostRoomId]) : await this.repo.roomsIn(tx, regionMuns);
      const host = event.hostRoomId ? roomRows[0]?.municipalityId : undefined;
      const members = await this.repo.kkrMembers(tx, regionMuns);
      const perMun = new Map<string, number>(regionMuns.map((m) => [m, 0]));
      // KKR members have no language of work on record: one group of the region at the host
      // (or per municipality without a host room), Albanian by default.
      for (const k of members) {
        add(host ?? k.municipalityId, 'SQ', k.id, { kind: 'KKR_MEMBER', municipalityId: k.municipalityId });
        perMun.set(k.municipalityId, (perMun.get(k.municipalityId) ?? 0) + 1);
      }
      return {
        groups: [...groupsByKey.values()],
        rooms: roomRows.map(plannerRoom),
        municipalities,
        trainees,
        kkrMembersByMunicipality: perMun,
      };
    }
    const staffKind = event.kind === 'SUPERVISORS' ? 'SUPERVISOR' : 'ENUMERATOR';
    const staff = await this.repo.activeStaff(tx, staffKind, municipalityId ? [municipalityId] : 'all');
    for (const s of staff) add(s.municipalityId, s.languageOfWork, s.id, { kind: 'STAFF', municipalityId: s.municipalityId });
    // A municipal plan may still use the rooms of its region (nearest-municipality fallback).
    const region = municipalityId ? allMuns.find((m) => m.id === municipalityId)?.regionId : undefined;
    const roomRows = await this.repo.roomsIn(tx, region ? allMuns.filter((m) => m.regionId === region).map((m) => m.id) : 'all');
    return { groups: [...groupsByKey.values()], rooms: roomRows.map(plannerRoom), municipalities, trainees };
  }

  private warningsFor(event: EventRow, built: BuiltInput, result: PlannerResult): Warning[] {
    const out: Warning[] = [];
    if (event.kind === 'KKR_REGIONAL') {
      const w = noticeWarning(
        { from: fromDate(event.startDate) as string, to: fromDate(event.endDate) as string },
        fromDate(event.noticeDate),
        event.hostRoomId !== null,
      );
      if (w) out.push({ municipalityId: null, message: w });
      const placed = new Map<string, number>();
      for (const c of result.classes) {
        if (c.roomId === null) continue;
        for (const t of c.traineeIds) {
          const m = built.trainees.get(t)?.municipalityId;
          if (m) placed.set(m, (placed.get(m) ?? 0) + 1);
        }
      }
      const names = new Map(built.municipalities.map((m) => [m.id, m.name]));
      for (const [mun, members] of built.kkrMembersByMunicipality ?? []) {
        for (const message of kkrAttendanceWarnings([{ municipalityName: names.get(mun) ?? mun, members, planned: placed.get(mun) ?? 0 }]))
          out.push({ municipalityId: mun, message });
      }
    }
    return out;
  }

  // ── reading ─────────────────────────────────────────────────────────────────────────

  async listPlans(p: Principal, f: { eventId?: string; municipalityCode?: string; limit: number; offset: number }) {
    let municipalityId: string | null | undefined;
    if (f.municipalityCode !== undefined) {
      const m = await this.repo.municipalityByCode(p.scope, f.municipalityCode);
      if (!m) return { items: [], total: 0 };
      municipalityId = m.id;
    }
    const [[items, total], regions] = await Promise.all([
      this.repo.listPlans(p.scope, { eventId: f.eventId, municipalityId, limit: f.limit, offset: f.offset }),
      this.repo.regions(),
    ]);
    const regionById = new Map(regions.map((r) => [r.id, r]));
    return { items: items.map((h) => this.headView(h, p.scope, regionById)), total };
  }

  /** One plan as the caller may see it: classes, rooms and venues, dates, trainees, explanations, shortfalls, moves. */
  async getPlan(p: Principal, planId: string) {
    return this.planView(p.scope, planId);
  }

  /**
   * Everything a printed room plan (report type 3) needs, as plain data: by plan id, or by
   * municipality code and event (the plan in force for the municipality: its own pinned plan,
   * else the event-wide one), seen through `scope` and restricted to that municipality.
   */
  async roomPlanData(scope: Scope, ref: { planId: string } | { municipalityCode: string; eventId: string }) {
    if ('planId' in ref) return this.planView(scope, ref.planId);
    const m = await this.repo.municipalityByCode(scope, ref.municipalityCode);
    if (!m) throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${ref.municipalityCode} not found`);
    const plan =
      (await this.repo.pinnedPlan(this.prisma, ref.eventId, m.id)) ?? (await this.repo.pinnedPlan(this.prisma, ref.eventId, 'all'));
    if (!plan) throw planNotFound();
    return this.planView({ kind: 'municipal', municipalityIds: [m.id] }, plan.id);
  }

  /** Regional training schedule (report type 6): per region its municipalities, the KKR date and host venue; then the other events. */
  async trainingScheduleData() {
    const [regions, muns, events] = await Promise.all([this.repo.regions(), this.repo.municipalities(), this.repo.listEvents()]);
    const hostIds = events.map((e) => e.hostRoomId).filter((x): x is string => x !== null);
    const rooms = hostIds.length ? await this.repo.roomsById(this.prisma, hostIds) : [];
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
              ...this.eventView(e, regionById),
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
      otherEvents: events.filter((e) => e.kind !== 'KKR_REGIONAL').map((e) => this.eventView(e, regionById)),
    };
  }

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
    const room = c.roomId ? (await this.repo.roomsById(this.prisma, [c.roomId]))[0] : undefined;
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
    const db = tx ?? this.prisma;
    const rows = await this.repo.sessionsFor(municipalityId, staffIds, db);
    const roomIds = [...new Set(rows.map((r) => r.class.roomId).filter((x): x is string => x !== null))];
    const rooms = roomIds.length ? await this.repo.roomsById(db, roomIds) : [];
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

  private headView(h: PlanHead, scope: Scope, regionById: Map<string, { code: string; nameSq: string; nameSr: string }>) {
    const summary = h.summary as { warnings?: Warning[] } & Record<string, unknown>;
    const visible = (m: string | null) => scope.kind === 'national' || m === null || scope.municipalityIds.includes(m);
    return {
      id: h.id,
      event: this.eventView(h.event, regionById),
      municipalityId: h.municipalityId,
      version: h.version,
      status: h.status,
      pinned: h.pinned,
      maxClassSize: h.maxClassSize,
      basedOnPlanId: h.basedOnPlanId,
      createdAt: h.createdAt,
      publishedAt: h.publishedAt,
      summary:
        scope.kind === 'national'
          ? { ...summary, warnings: (summary.warnings ?? []).map((w) => w.message) }
          : { warnings: (summary.warnings ?? []).filter((w) => visible(w.municipalityId)).map((w) => w.message) },
    };
  }

  private async planView(scope: Scope, planId: string) {
    const head = await this.repo.findPlan(scope, planId);
    if (!head) throw planNotFound();
    const regions = await this.repo.regions();
    const classes = await this.repo.planClasses(scope, planId);
    const roomIds = [...new Set(classes.map((c) => c.roomId).filter((x): x is string => x !== null))];
    const [rooms, muns] = await Promise.all([this.repo.roomsById(this.prisma, roomIds), this.repo.municipalities()]);
    const roomById = new Map(rooms.map((r) => [r.id, r]));
    const munById = new Map(muns.map((m) => [m.id, m]));
    const staffIds: string[] = [];
    const kkrIds: string[] = [];
    for (const c of classes) for (const t of c.trainees) (t.traineeKind === 'STAFF' ? staffIds : kkrIds).push(t.traineeId);
    const names = await this.repo.traineeNames(this.prisma, staffIds, kkrIds);
    const visible = (m: string | null) => scope.kind === 'national' || m === null || scope.municipalityIds.includes(m);
    const mun = (id: string | null) => {
      if (!id) return null;
      const m = munById.get(id);
      return { code: m?.code ?? null, nameSq: m?.nameSq ?? null, nameSr: m?.nameSr ?? null };
    };
    return {
      ...this.headView(head, scope, new Map(regions.map((r) => [r.id, r]))),
      municipality: mun(head.municipalityId),
      classes: classes.map((c) => {
        const room = c.roomId ? roomById.get(c.roomId) : undefined;
        return {
          key: c.key,
          municipality: mun(c.municipalityId),
          language: c.language,
          size: c.size,
          startDate: fromDate(c.startDate),
          endDate: fromDate(c.endDate),
          shift: c.shift,
          room: room
            ? {
                id: room.id,
                name: room.name,
                seats: room.seats,
                hasProjector: room.hasProjector,
                hasTv: room.hasTv,
                municipality: mun(room.municipalityId),
                venue: { id: room.venue.id, name: room.venue.name, address: room.venue.address, kind: room.venue.kind },
              }
            : null,
          explanation: c.explanation,
          trainees: c.trainees.map((t) => ({
            id: t.traineeId,
            kind: t.traineeKind,
            fullName: names.get(t.traineeId) ?? null,
            municipality: mun(t.municipalityId),
            position: t.position,
          })),
        };
      }),
      shortfalls: (head.shortfalls as unknown as Shortfall[])
        .filter((s) => visible(s.municipalityId))
        .map((s) => ({
          municipality: mun(s.municipalityId),
          language: s.language,
          classSize: s.classSize,
          classes: s.classKeys.length,
          message: s.message,
        })),
      moves: (head.moves as unknown as Move[])
        .filter((m) => visible(m.municipalityId))
        .map((m) => ({ ...m, fullName: names.get(m.traineeId) ?? null })),
    };
  }
}

function plannerRoom(r: Awaited<ReturnType<TrainingRepository['roomsIn']>>[number]): PlannerRoom {
  return {
    id: r.id,
    municipalityId: r.municipalityId,
    label: `${r.venue.name}, ${r.name}`,
    seats: r.seats,
    hasProjector: r.hasProjector,
    hasTv: r.hasTv,
    availability: r.availability as { from: string; to: string }[],
  };
}
