import { Injectable } from '@nestjs/common';
import { actorOf, type AuditActor, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { Transactions, type Tx } from '../common/prisma/transaction.js';
import type { Scope } from '../common/scope/scope.js';
import { KitRecordKind } from '../generated/prisma/enums.js';
import type { PlanLine } from './domain/distribution-planner.js';
import { checkHandover, checkReturn, type Condition, type KnownItem, pickTransferKit } from './domain/kit-records.js';
import { EquipmentReferenceService } from './equipment-reference.service.js';
import { EquipmentRepository, HANDOUT_STATUSES } from './equipment.repository.js';

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
 * The kits people hold: handovers and returns (whole kit, one signature) and the kit transfer
 * used by recruitment when a person is replaced.
 */
@Injectable()
export class KitHandoverService {
  constructor(
    private readonly repo: EquipmentRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly reference: EquipmentReferenceService,
  ) {}

  private async personOrThrow(scope: Scope, staffId: string, db?: Tx) {
    const person = await this.repo.person(scope, staffId, db);
    if (!person) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
    return person;
  }

  async kitOf(p: Principal, staffId: string) {
    const person = await this.personOrThrow(p.scope, staffId);
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
    return this.transactions.run(async (tx) => {
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
          [problem('NOT_IN_PLAN', { version: plan.version }, { field: 'staffId' })],
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
              state: here ? r.status : 'ELSEWHERE',
            },
          ];
        }),
      );
      const check = checkHandover({ planned, serials: input.serials, substitutions: subs, known });
      if (!check.ok) throw new AppError('KIT_HANDOVER_INVALID', 'the kit cannot be handed over as given', [...check.problems]);
      const signedAt = input.signedAt ?? new Date();
      const ids = new Map(rows.map((r) => [r.serial, r.id]));
      const itemIds = check.value.map((i) => ids.get(i.serial) ?? '');
      const ok = await this.repo.issueItems(tx, p.scope, itemIds, person.municipalityId, staffId, toDate(dayOf(signedAt)));
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
    return this.transactions.run(async (tx) => {
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
      const ok = await this.repo.takeBackItems(tx, scope, these, staffId, status, statusDate);
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
        problem('OTHER_MUNICIPALITY', {}, { field: 'toStaffId' }),
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
    const kits = await this.reference.kitsByRole(tx);
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
      const ok = await this.repo.issueItems(
        tx,
        scope,
        pick.issue.map((i) => ids.get(i.serial) ?? ''),
        from.municipalityId,
        toStaffId,
        signedAt,
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
