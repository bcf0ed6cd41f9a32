import { Inject, Injectable } from '@nestjs/common';
import { actorOf, type AuditActor, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import { inTransaction, type Tx } from '../common/prisma/transaction.js';
import type { Scope } from '../common/scope/scope.js';
import { type Prisma } from '../generated/prisma/client.js';
import { ItemStatus, KitRecordKind } from '../generated/prisma/enums.js';
import {
  type DistributionPlanResult,
  type PlanLine,
  type PlanMissing,
  type PlanNeed,
  type PlanSpares,
  planDistribution,
  typeNameOf,
} from './domain/distribution-planner.js';
import { checkHandover, checkReturn, type Condition, type KnownItem, pickTransferKit } from './domain/kit-records.js';
import { DEFAULT_SPARE_PERCENT, kitsWithDefaults, type KitLine, type StaffRole } from './domain/kits.js';
import { EquipmentRepository, HANDOUT_STATUSES } from './equipment.repository.js';
import { TRAINING_SESSION_LOOKUP, type TrainingSessionLookup } from './training-session.lookup.js';

const STATE_WORDS: Readonly<Record<ItemStatus, string>> = {
  IN_STORAGE: 'in storage',
  ISSUED: 'issued to someone',
  RETURNED: 'returned',
  DAMAGED: 'damaged',
  LOST: 'lost',
};

const dayOf = (d: Date): string => d.toISOString().slice(0, 10);

export interface HandoverInput {
  readonly serials: readonly string[];
  readonly substitutions?: readonly { readonly planned: string; readonly actual: string }[];
  readonly signedBy: string;
  readonly signedAt?: Date;
}

export interface ReturnInput {
  readonly items: readonly { readonly serial: string; readonly condition: Condition }[];
  readonly signedBy: string;
  readonly signedAt?: Date;
}

/**
 * Distribution plans per municipality (versioned), kit handovers and returns (whole kit, one
 * signature), and the kit transfer used by recruitment when a person is replaced.
 */
@Injectable()
export class DistributionService {
  constructor(
    private readonly repo: EquipmentRepository,
    private readonly audit: AuditService,
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    /** The training sessions of the people planned (required: bound to the training plans in src/wiring). */
    @Inject(TRAINING_SESSION_LOOKUP) private readonly sessions: TrainingSessionLookup,
  ) {}

  private async municipality(scope: Scope, code: string, db: Tx | PrismaClient = this.prisma) {
    const m = await this.repo.municipality(scope, code, db);
    if (!m) throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`);
    return m;
  }

  private async kits(db: Tx | PrismaClient) {
    const stored: Partial<Record<StaffRole, KitLine[]>> = {};
    for (const l of await this.repo.kitLines(db)) (stored[l.role] ??= []).push({ typeCode: l.type.code, quantity: l.quantity });
    return kitsWithDefaults(stored);
  }

  private async typeNames(db: Tx | PrismaClient): Promise<Record<string, string>> {
    return Object.fromEntries((await this.repo.itemTypes(db)).map((t) => [t.code, t.name]));
  }

  // ---- plans ----

  /** Compute and store the next version of a municipality's distribution plan. */
  generatePlan(p: Principal, code: string, input: { storageRoomId?: string | null } = {}) {
    return inTransaction(this.prisma, async (tx) => {
      const m = await this.municipality(p.scope, code, tx);
      let storageRoomId: string | null = null;
      if (input.storageRoomId) {
        const room = await this.repo.storageRoom(p.scope, input.storageRoomId, tx);
        if (!room || room.municipalityId !== m.id)
          throw new AppError('STORAGE_ROOM_UNKNOWN', 'storage room not found in that municipality', [
            { field: 'storageRoomId', reason: 'not a storage room of the municipality' },
          ]);
        storageRoomId = room.id;
      } else {
        storageRoomId = (await this.repo.storageRooms(p.scope, m.id, tx))[0]?.id ?? null;
      }
      const people = await this.repo.staffOf(p.scope, m.id, tx);
      // One after the other: queries of one transaction share one connection.
      const kits = await this.kits(tx);
      const typeNames = await this.typeNames(tx);
      const stock = await this.repo.handoutStock(p.scope, m.id, tx);
      const held = await this.repo.heldItems(p.scope, m.id, undefined, tx);
      const sparePercent = await this.repo.sparePercent(p.scope, m.id, tx);
      const sessions = await this.sessions.sessionsFor(
        m.id,
        people.map((x) => x.id),
      );
      const result = planDistribution({
        municipalityName: m.nameSq,
        people: people.map((x) => ({ staffId: x.id, fullName: x.fullName, role: x.kind })),
        kits,
        typeNames,
        available: stock.map((s) => ({ serial: s.serial, typeCode: s.type.code })),
        held: held.map((h) => ({ serial: h.serial, typeCode: h.type.code, staffId: h.holderStaffId ?? '' })),
        sparePercent: sparePercent ?? DEFAULT_SPARE_PERCENT,
        sessions,
      });
      const version = await this.repo.nextPlanVersion(tx, m.id);
      const json = (v: unknown) => v as Prisma.InputJsonValue;
      const plan = await this.repo.createPlan(tx, {
        municipalityId: m.id,
        version,
        storageRoomId,
        sparePercent: sparePercent ?? DEFAULT_SPARE_PERCENT,
        lines: json(result.lines),
        spares: json(result.spares),
        needs: json(result.needs),
        missing: json(result.missing),
        createdById: p.userId,
      });
      await this.audit.record(tx, actorOf(p), {
        action: 'generated',
        entity: 'DistributionPlan',
        entityIds: [plan.id],
        municipalityId: m.id,
        details: { version, people: result.lines.length, missingItems: result.missing.items.map((x) => ({ ...x })) },
      });
      return this.planView(p.scope, plan.id, tx);
    });
  }

  async listPlans(p: Principal, code: string) {
    const m = await this.municipality(p.scope, code);
    const rows = await this.repo.plans(p.scope, m.id);
    return rows.map((r) => ({
      id: r.id,
      version: r.version,
      sparePercent: r.sparePercent,
      missingSummary: (r.missing as unknown as PlanMissing).summary,
      createdAt: r.createdAt,
    }));
  }

  async planView(scope: Scope, id: string, db: Tx | PrismaClient = this.prisma) {
    const r = await this.repo.plan(scope, id, db);
    if (!r) throw new AppError('DISTRIBUTION_PLAN_UNKNOWN', 'distribution plan not found');
    const room = r.storageRoomId ? await this.repo.storageRoom(scope, r.storageRoomId, db) : null;
    return {
      id: r.id,
      municipality: { code: r.municipality.code, name: r.municipality.nameSq, nameSr: r.municipality.nameSr },
      version: r.version,
      sparePercent: r.sparePercent,
      spareRounding: 'ceil',
      storageRoom: room ? { id: room.id, name: room.name, address: room.address } : null,
      createdAt: r.createdAt,
      lines: r.lines as unknown as PlanLine[],
      spares: r.spares as unknown as PlanSpares[],
      needs: r.needs as unknown as PlanNeed[],
      missing: r.missing as unknown as PlanMissing,
    } satisfies DistributionPlanResult & Record<string, unknown>;
  }

  plan(p: Principal, id: string) {
    return this.planView(p.scope, id);
  }

  /**
   * Everything the printed distribution plan (report type 4) needs, as plain data: one row
   * per person with the kit's item types and serials, the training session (or "session not
   * planned yet") and an empty signature cell (one signature per kit), then spares, the
   * storage room and the missing list.
   */
  async printablePlan(scope: Scope, id: string) {
    const plan = await this.planView(scope, id);
    const names = await this.typeNames(this.prisma);
    return {
      reportType: 4,
      title: `Distribution plan — ${plan.municipality.name}, version ${plan.version}`,
      municipality: plan.municipality,
      version: plan.version,
      createdAt: plan.createdAt.toISOString(),
      storageRoom: plan.storageRoom,
      columns: ['No.', 'Full name', 'Role', 'Kit (item: serial)', 'Training session', 'Signature'],
      rows: plan.lines.map((l, i) => ({
        no: i + 1,
        staffId: l.staffId,
        fullName: l.fullName,
        role: l.role,
        kit: l.items.map((it) => ({ typeCode: it.typeCode, typeName: typeNameOf(names, it.typeCode), serial: it.serial ?? 'missing' })),
        session: l.session
          ? `${l.session.startDate} – ${l.session.endDate}, ${l.session.venueName}, ${l.session.roomName}${l.session.shift ? ` (${l.session.shift.toLowerCase()})` : ''}`
          : (l.sessionNote ?? ''),
        // the parts of `session`, for a report that prints it in its own language
        sessionDetail: l.session,
        signature: '',
      })),
      spares: plan.spares.map((s) => ({
        typeCode: s.typeCode,
        typeName: typeNameOf(names, s.typeCode),
        wanted: s.wanted,
        serials: s.serials,
      })),
      needs: plan.needs,
      missing: plan.missing,
    };
  }

  // ---- kits of people ----

  private async personOrThrow(scope: Scope, staffId: string, db: Tx | PrismaClient) {
    const person = await this.repo.person(scope, staffId, db);
    if (!person) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
    return person;
  }

  async kitOf(p: Principal, staffId: string) {
    const person = await this.personOrThrow(p.scope, staffId, this.prisma);
    const [held, records] = await Promise.all([
      this.repo.heldItems(p.scope, person.municipalityId, [staffId]),
      this.repo.records(p.scope, staffId),
    ]);
    return {
      staffId,
      fullName: person.fullName,
      role: person.kind,
      municipalityCode: person.municipality.code,
      holds: held.map((h) => ({ serial: h.serial, typeCode: h.type.code, typeName: h.type.name })),
      records: records.map((r) => ({ ...r, signedAt: r.signedAt.toISOString() })),
    };
  }

  /** Hand over the whole planned kit with one signature (serials as planned or explicitly substituted). */
  handover(p: Principal, staffId: string, input: HandoverInput) {
    return inTransaction(this.prisma, async (tx) => {
      if (!(await this.repo.lockPerson(tx, p.scope, staffId))) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
      const person = await this.personOrThrow(p.scope, staffId, tx);
      const plan = await this.repo.latestPlan(p.scope, person.municipalityId, tx);
      if (!plan)
        throw new AppError('DISTRIBUTION_PLAN_MISSING', `${person.municipality.nameSq} has no distribution plan yet: generate it first`);
      const line = (plan.lines as unknown as PlanLine[]).find((l) => l.staffId === staffId);
      if (!line)
        throw new AppError(
          'KIT_HANDOVER_INVALID',
          `this person is not in distribution plan version ${plan.version}: generate a new version`,
          [{ field: 'staffId', reason: 'not in the plan' }],
        );
      const heldNow = new Set((await this.repo.heldItems(p.scope, person.municipalityId, [staffId], tx)).map((h) => h.serial));
      const planned = line.items.map((i) => ({ ...i, alreadyIssued: i.serial !== null && heldNow.has(i.serial) }));
      const subs = input.substitutions ?? [];
      const wanted = [...new Set([...input.serials, ...subs.map((s) => s.actual)])];
      const rows = await this.repo.itemsBySerial(p.scope, wanted, tx);
      const known = new Map<string, KnownItem>(
        rows.map((r) => {
          const here = r.municipalityId === person.municipalityId;
          const available = here && HANDOUT_STATUSES.includes(r.status);
          return [
            r.serial,
            {
              serial: r.serial,
              typeCode: r.type.code,
              available,
              state: here ? STATE_WORDS[r.status] : `not in the store of ${person.municipality.nameSq}`,
            },
          ];
        }),
      );
      const check = checkHandover({ planned, serials: input.serials, substitutions: subs, known });
      if (!check.ok) throw new AppError('KIT_HANDOVER_INVALID', 'the kit cannot be handed over as given', [...check.problems]);
      const signedAt = input.signedAt ?? new Date();
      const ids = new Map(rows.map((r) => [r.serial, r.id]));
      const itemIds = check.value.map((i) => ids.get(i.serial) ?? '');
      const ok = await this.repo.moveItems(
        tx,
        p.scope,
        itemIds,
        { municipalityId: person.municipalityId, status: { in: [...HANDOUT_STATUSES] } },
        { status: ItemStatus.ISSUED, holderStaffId: staffId, responsibleStaffId: null, statusDate: toDate(dayOf(signedAt)) },
      );
      if (!ok) throw new AppError('ITEM_CONFLICT', 'an item was handed out to someone else meanwhile; try again');
      const rec = await this.repo.createRecord(tx, {
        kind: KitRecordKind.HANDOVER,
        municipalityId: person.municipalityId,
        staffId,
        planId: plan.id,
        signedBy: input.signedBy,
        signedAt,
        createdById: p.userId,
        items: check.value.map((i) => ({
          itemId: ids.get(i.serial) ?? '',
          serial: i.serial,
          typeCode: i.typeCode,
          substitutedFor: i.substitutedFor,
        })),
      });
      await this.audit.record(tx, actorOf(p), {
        action: 'handed over',
        entity: 'KitRecord',
        entityIds: [rec.id, staffId, ...itemIds],
        municipalityId: person.municipalityId,
        details: { planVersion: plan.version, serials: check.value.map((i) => i.serial), substitutions: subs.length },
      });
      return { recordId: rec.id, staffId, planVersion: plan.version, signedAt: signedAt.toISOString(), items: check.value };
    });
  }

  /** Take the whole kit back with one signature, each item with its condition. */
  returnKit(p: Principal, staffId: string, input: ReturnInput) {
    return inTransaction(this.prisma, async (tx) => {
      if (!(await this.repo.lockPerson(tx, p.scope, staffId))) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
      return this.recordReturn(tx, p.scope, actorOf(p), p.userId, staffId, input);
    });
  }

  private async recordReturn(tx: Tx, scope: Scope, actor: AuditActor, userId: string | null, staffId: string, input: ReturnInput) {
    const person = await this.personOrThrow(scope, staffId, tx);
    const held = await this.repo.heldItems(scope, person.municipalityId, [staffId], tx);
    const check = checkReturn({ held: held.map((h) => ({ serial: h.serial, typeCode: h.type.code })), items: input.items });
    if (!check.ok) throw new AppError('KIT_RETURN_INVALID', 'the kit cannot be taken back as given', [...check.problems]);
    const signedAt = input.signedAt ?? new Date();
    const statusDate = toDate(dayOf(signedAt));
    const ids = new Map(held.map((h) => [h.serial, h.id]));
    for (const status of ['RETURNED', 'DAMAGED', 'LOST'] as const) {
      const these = check.value.filter((i) => i.status === status).map((i) => ids.get(i.serial) ?? '');
      if (these.length === 0) continue;
      const ok = await this.repo.moveItems(
        tx,
        scope,
        these,
        { status: ItemStatus.ISSUED, holderStaffId: staffId },
        { status, holderStaffId: null, responsibleStaffId: status === 'RETURNED' ? null : staffId, statusDate },
      );
      if (!ok) throw new AppError('ITEM_CONFLICT', 'an item changed meanwhile; try again');
    }
    const rec = await this.repo.createRecord(tx, {
      kind: KitRecordKind.RETURN,
      municipalityId: person.municipalityId,
      staffId,
      planId: null,
      signedBy: input.signedBy,
      signedAt,
      createdById: userId,
      items: check.value.map((i) => ({ itemId: ids.get(i.serial) ?? '', serial: i.serial, typeCode: i.typeCode, condition: i.condition })),
    });
    await this.audit.record(tx, actor, {
      action: 'returned',
      entity: 'KitRecord',
      entityIds: [rec.id, staffId, ...check.value.map((i) => ids.get(i.serial) ?? '')],
      municipalityId: person.municipalityId,
      details: { items: check.value.map((i) => ({ serial: i.serial, condition: i.condition })) },
    });
    return { recordId: rec.id, staffId, signedAt: signedAt.toISOString(), items: check.value, person };
  }

  /** Serials a person holds now (ISSUED to them), read in the caller's transaction; [] when none or out of scope. */
  async heldSerials(tx: Tx, scope: Scope, staffId: string): Promise<string[]> {
    const person = await this.repo.person(scope, staffId, tx);
    if (!person) return [];
    return (await this.repo.heldItems(scope, person.municipalityId, [staffId], tx)).map((h) => h.serial);
  }

  /**
   * Recruitment: a leaver is replaced. The leaver's kit is returned (condition per serial,
   * default GOOD) and a kit is issued to the replacement, from the returned items in good
   * condition first, then from the store's spares. Runs inside the caller's transaction.
   */
  async transferKit(
    tx: Tx,
    scope: Scope,
    fromStaffId: string,
    toStaffId: string,
    date: string,
    actor: AuditActor & { readonly userId: string | null },
    conditions: Readonly<Record<string, Condition>> = {},
  ) {
    if (!(await this.repo.lockPerson(tx, scope, fromStaffId))) throw new AppError('STAFF_UNKNOWN', 'leaver not found');
    if (!(await this.repo.lockPerson(tx, scope, toStaffId))) throw new AppError('STAFF_UNKNOWN', 'replacement not found');
    const from = await this.personOrThrow(scope, fromStaffId, tx);
    const to = await this.personOrThrow(scope, toStaffId, tx);
    if (from.municipalityId !== to.municipalityId)
      throw new AppError('MUNICIPALITY_MISMATCH', 'a kit moves only between people of one municipality', [
        { field: 'toStaffId', reason: 'other municipality' },
      ]);
    const signedAt = toDate(date);
    const signedBy = `${actor.email ?? 'system'} (kit transfer)`;
    const held = await this.repo.heldItems(scope, from.municipalityId, [fromStaffId], tx);
    const returned =
      held.length === 0
        ? null
        : await this.recordReturn(tx, scope, actor, actor.userId, fromStaffId, {
            items: held.map((h) => ({ serial: h.serial, condition: conditions[h.serial] ?? 'GOOD' })),
            signedBy,
            signedAt,
          });
    const kits = await this.kits(tx);
    const goodBack = (returned?.items ?? []).filter((i) => i.condition === 'GOOD');
    const stock = (await this.repo.handoutStock(scope, from.municipalityId, tx))
      .filter((s) => !goodBack.some((g) => g.serial === s.serial))
      .map((s) => ({ serial: s.serial, typeCode: s.type.code }));
    const pick = pickTransferKit(kits[to.kind], goodBack, stock);
    const rows = await this.repo.itemsBySerial(
      scope,
      pick.issue.map((i) => i.serial),
      tx,
    );
    const ids = new Map(rows.map((r) => [r.serial, r.id]));
    let recordId: string | null = null;
    if (pick.issue.length > 0) {
      const ok = await this.repo.moveItems(
        tx,
        scope,
        pick.issue.map((i) => ids.get(i.serial) ?? ''),
        { municipalityId: from.municipalityId, status: { in: [...HANDOUT_STATUSES] } },
        { status: ItemStatus.ISSUED, holderStaffId: toStaffId, responsibleStaffId: null, statusDate: signedAt },
      );
      if (!ok) throw new AppError('ITEM_CONFLICT', 'an item was handed out to someone else meanwhile; try again');
      const rec = await this.repo.createRecord(tx, {
        kind: KitRecordKind.HANDOVER,
        municipalityId: to.municipalityId,
        staffId: toStaffId,
        planId: null,
        signedBy,
        signedAt,
        createdById: actor.userId,
        items: pick.issue.map((i) => ({ itemId: ids.get(i.serial) ?? '', serial: i.serial, typeCode: i.typeCode })),
      });
      recordId = rec.id;
      await this.audit.record(tx, actor, {
        action: 'handed over',
        entity: 'KitRecord',
        entityIds: [rec.id, toStaffId, ...pick.issue.map((i) => ids.get(i.serial) ?? '')],
        municipalityId: to.municipalityId,
        details: { transferFrom: fromStaffId, serials: pick.issue.map((i) => i.serial), lacking: pick.lacking },
      });
    }
    return {
      returned: returned ? { recordId: returned.recordId, items: returned.items } : null,
      issued: { recordId, items: pick.issue },
      lacking: pick.lacking,
      date: fromDate(signedAt),
    };
  }
}
