import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, type ErrorDetail, problem } from '../common/errors/app-error.js';
import { pageArray } from '../common/http/lists.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { formatCents, toCents } from '../common/money/money.js';
import { Transactions, type Tx } from '../common/prisma/transaction.js';
import type { StaffKind } from '../generated/prisma/enums.js';
import { kitsWithDefaults, type KitLine, STAFF_ROLES, type StaffRole } from './domain/kits.js';
import type { PageQuery } from './equipment.params.js';
import { EquipmentRepository } from './equipment.repository.js';

/**
 * National reference data of equipment: item types, the kit of each staff role and the
 * charge-back tariff versions, managed by LOGISTICS and ADMIN (tariffs also by FINANCE).
 */
@Injectable()
export class EquipmentReferenceService {
  constructor(
    private readonly repo: EquipmentRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  // ---- item types ----

  async itemTypes(q: PageQuery) {
    return pageArray(await this.repo.itemTypes(), q);
  }

  createItemType(p: Principal, code: string, name: string) {
    return this.transactions.run(async (tx) => {
      const t = await this.repo.createItemType(tx, code, name);
      await this.audit.record(tx, actorOf(p), { action: 'created', entity: 'ItemType', entityIds: [t.id], details: { code } });
      return t;
    });
  }

  /** Item type names by code. */
  async typeNames(db?: Tx): Promise<Record<string, string>> {
    return Object.fromEntries((await this.repo.itemTypes(db)).map((t) => [t.code, t.name]));
  }

  private async typeIds(tx: Tx, codes: readonly string[], field: (i: number) => string): Promise<Map<string, string>> {
    const types = await this.repo.itemTypes(tx);
    const byCode = new Map(types.map((t) => [t.code, t.id]));
    const problems: ErrorDetail[] = [];
    codes.forEach((c, i) => {
      if (!byCode.has(c)) problems.push(problem('ITEM_TYPE_UNKNOWN', { type: c }, { field: field(i) }));
    });
    if (problems.length) throw new AppError('ITEM_TYPE_UNKNOWN', 'unknown item type', problems);
    return byCode;
  }

  // ---- kits ----

  private async storedKits(db?: Tx) {
    const stored: Partial<Record<StaffRole, KitLine[]>> = {};
    for (const l of await this.repo.kitLines(db)) (stored[l.role] ??= []).push({ typeCode: l.type.code, quantity: l.quantity });
    return stored;
  }

  /** The kit lines of every role, stored or default. */
  async kitsByRole(db?: Tx) {
    return kitsWithDefaults(await this.storedKits(db));
  }

  async kits(db?: Tx) {
    const stored = await this.storedKits(db);
    const kits = kitsWithDefaults(stored);
    return STAFF_ROLES.map((role) => ({ role, isDefault: !stored[role]?.length, lines: kits[role] }));
  }

  async kitList(q: PageQuery) {
    return pageArray(await this.kits(), q);
  }

  replaceKit(p: Principal, role: StaffKind, lines: readonly KitLine[]) {
    return this.transactions.run(async (tx) => {
      const seen = new Set<string>();
      const dup = lines.findIndex((l) => (seen.has(l.typeCode) ? true : (seen.add(l.typeCode), false)));
      if (dup >= 0)
        throw new AppError('KIT_INVALID', 'an item type appears twice in the kit', [
          problem('LISTED_TWICE', {}, { field: `lines.${dup}.typeCode` }),
        ]);
      const ids = await this.typeIds(
        tx,
        lines.map((l) => l.typeCode),
        (i) => `lines.${i}.typeCode`,
      );
      await this.repo.replaceKit(
        tx,
        role,
        lines.map((l) => ({ typeId: ids.get(l.typeCode) ?? '', quantity: l.quantity })),
      );
      await this.audit.record(tx, actorOf(p), {
        action: 'replaced',
        entity: 'KitDefinition',
        entityIds: [],
        details: { role, lines: lines.map((l) => ({ typeCode: l.typeCode, quantity: l.quantity })) },
      });
      return (await this.kits(tx)).find((k) => k.role === role);
    });
  }

  // ---- charge-back tariffs ----

  async chargeTariffs(db?: Tx) {
    const rows = await this.repo.chargeTariffs(db);
    return rows.map((t) => ({
      id: t.id,
      version: t.version,
      name: t.name,
      effectiveFrom: fromDate(t.effectiveFrom),
      createdAt: t.createdAt,
      rates: t.rates
        .map((r) => ({
          typeCode: r.type.code,
          typeName: r.type.name,
          lost: formatCents(r.lostCents),
          damaged: formatCents(r.damagedCents),
        }))
        .sort((a, b) => (a.typeCode < b.typeCode ? -1 : 1)),
    }));
  }

  async tariffList(q: PageQuery) {
    return pageArray(await this.chargeTariffs(), q);
  }

  /** The next charge-back tariff version (amounts per item type for LOST and DAMAGED, in euros as strings). */
  createChargeTariff(
    p: Principal,
    input: { name: string; effectiveFrom: string; rates: readonly { typeCode: string; lost: string; damaged: string }[] },
  ) {
    return this.transactions.run(async (tx) => {
      const problems: ErrorDetail[] = [];
      const seen = new Set<string>();
      input.rates.forEach((r, i) => {
        if (seen.has(r.typeCode)) problems.push(problem('LISTED_TWICE', {}, { field: `rates.${i}.typeCode` }));
        seen.add(r.typeCode);
      });
      if (problems.length) throw new AppError('CHARGEBACK_TARIFF_INVALID', 'the tariff has errors', problems);
      const ids = await this.typeIds(
        tx,
        input.rates.map((r) => r.typeCode),
        (i) => `rates.${i}.typeCode`,
      );
      const t = await this.repo.createChargeTariff(tx, {
        name: input.name,
        effectiveFrom: toDate(input.effectiveFrom),
        createdById: p.userId,
        rates: input.rates.map((r) => ({
          typeId: ids.get(r.typeCode) ?? '',
          lostCents: BigInt(toCents(r.lost)),
          damagedCents: BigInt(toCents(r.damaged)),
        })),
      });
      await this.audit.record(tx, actorOf(p), {
        action: 'created',
        entity: 'ChargebackTariff',
        entityIds: [t.id],
        details: { version: t.version, effectiveFrom: input.effectiveFrom, types: input.rates.map((r) => r.typeCode) },
      });
      return (await this.chargeTariffs(tx)).find((x) => x.id === t.id) ?? t;
    });
  }
}
