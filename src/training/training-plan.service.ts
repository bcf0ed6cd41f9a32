import { randomUUID } from 'node:crypto';
import { DEFAULT_LOCALE, type Locale } from '../common/i18n/locales.js';
import { Inject, Injectable } from '@nestjs/common';
import { actorOf, AuditService, type AuditActor } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import type { Prisma } from '../common/prisma/prisma.module.js';
import { Transactions, type Tx } from '../common/prisma/transaction.js';
import { nationalScope } from '../common/scope/scope.js';
import type { TraineeKind } from '../generated/prisma/enums.js';
import { planRooms, type Move, type PlannerResult, type PlannerRoom, type PreviousClass, type TraineeGroup } from './domain/plan-rooms.js';
import { checkClassSize, kkrAttendanceWarnings, noticeWarning } from './domain/training-rules.js';
import { PLAN_PUBLISHED_LISTENER, type PlanPublishedListener } from './plan-published.js';
import { TrainingPlanQueryService } from './training-plan-query.service.js';
import { type ClassData, type EventRow, type PlanHead, type TraineeRowData, TrainingRepository } from './training.repository.js';
import { eventNotFound, planNotFound, type Warning } from './training.views.js';

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
  readonly municipalities: { id: string; code: string; regionId: string; sortOrder: number }[];
  readonly trainees: Map<string, TraineeMeta>;
  readonly kkrMembersByMunicipality?: Map<string, number>;
}

/**
 * Room plans: load → plan (pure, domain/plan-rooms.ts) → store a version; publish and re-plan.
 * Plans are ADMIN/LOGISTICS business; municipalities read them through TrainingPlanQueryService.
 */
@Injectable()
export class TrainingPlanService {
  constructor(
    private readonly repo: TrainingRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    @Inject(PLAN_PUBLISHED_LISTENER) private readonly published: PlanPublishedListener,
    private readonly plans: TrainingPlanQueryService,
  ) {}

  /** Plan an event for the whole country (its region for KKR events) or one municipality; stores the next version as DRAFT. */
  async generate(p: Principal, eventId: string, input: GenerateInput, locale: Locale = DEFAULT_LOCALE) {
    const event = await this.repo.findEvent(eventId);
    if (!event) throw eventNotFound();
    const maxClassSize = input.maxClassSize ?? event.maxClassSize;
    const sizeProblem = checkClassSize(maxClassSize);
    if (sizeProblem)
      throw new AppError('TRAINING_PLAN_INVALID', 'the plan is not valid', [
        problem(sizeProblem.code, sizeProblem.params, { field: 'maxClassSize' }),
      ]);
    let municipalityId: string | null = null;
    if (input.municipalityCode !== undefined) {
      if (event.kind === 'KKR_REGIONAL')
        throw new AppError('TRAINING_PLAN_INVALID', 'the plan is not valid', [
          problem('KKR_EVENT_WHOLE_REGION', {}, { field: 'municipalityCode' }),
        ]);
      const m = await this.repo.municipalityByCode(p.scope, input.municipalityCode);
      if (!m) throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${input.municipalityCode} not found`);
      municipalityId = m.id;
    }
    const planId = await this.transactions.run((tx) =>
      this.planAndStore(tx, actorOf(p), event, municipalityId, { maxClassSize, allowSecondShift: input.allowSecondShift ?? true }),
    );
    return this.plans.getPlan(p, planId, locale);
  }

  async publish(p: Principal, planId: string, locale: Locale = DEFAULT_LOCALE) {
    const messageIds = await this.transactions.run(async (tx) => {
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
    return this.plans.getPlan(p, planId, locale);
  }

  /** Re-plan a published (pinned) plan from current staff: next version, pinned classes kept, moves reported. */
  async replan(p: Principal, planId: string, locale: Locale = DEFAULT_LOCALE) {
    const newId = await this.transactions.run(async (tx) => {
      const plan = await this.repo.findPlan(p.scope, planId, tx);
      if (!plan) throw planNotFound();
      if (!plan.pinned)
        throw new AppError('TRAINING_PLAN_NOT_PINNED', 'only the published plan in force can be re-planned; publish it first');
      return this.replanInTx(tx, actorOf(p), plan);
    });
    return this.plans.getPlan(p, newId, locale);
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
          ? await this.repo.traineeNames([...new Set(moves.map((m) => m.traineeId))], [], t)
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
    return tx ? run(tx) : this.transactions.run(run);
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
        explanation: { code: c.explanation.code, params: { ...c.explanation.params } },
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
      warnings: warnings.map((w) => ({
        municipalityId: w.municipalityId,
        notice: { code: w.notice.code, params: { ...w.notice.params } },
      })),
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
        shortfalls: result.shortfalls.map((s) => ({
          ...s,
          classKeys: [...s.classKeys],
          traineeIds: [...s.traineeIds],
          notice: { code: s.notice.code, params: { ...s.notice.params } },
        })),
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
    const municipalities = allMuns.map((m) => ({ id: m.id, code: m.code, regionId: m.regionId, sortOrder: m.sortOrder }));
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
      const roomRows = event.hostRoomId ? await this.repo.roomsById([event.hostRoomId], tx) : await this.repo.roomsIn(tx, regionMuns);
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
      if (w) out.push({ municipalityId: null, notice: w });
      const placed = new Map<string, number>();
      for (const c of result.classes) {
        if (c.roomId === null) continue;
        for (const t of c.traineeIds) {
          const m = built.trainees.get(t)?.municipalityId;
          if (m) placed.set(m, (placed.get(m) ?? 0) + 1);
        }
      }
      const codes = new Map(built.municipalities.map((m) => [m.id, m.code]));
      for (const [mun, members] of built.kkrMembersByMunicipality ?? []) {
        for (const notice of kkrAttendanceWarnings([{ municipality: codes.get(mun) ?? mun, members, planned: placed.get(mun) ?? 0 }]))
          out.push({ municipalityId: mun, notice });
      }
    }
    return out;
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
