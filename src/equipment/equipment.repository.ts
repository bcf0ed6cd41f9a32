import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../common/scope/scope.js';
import { scopeSql } from '../common/scope/scope-sql.js';
import { Prisma } from '../generated/prisma/client.js';
import { type ItemCondition, ItemStatus, type KitRecordKind, type StaffKind } from '../generated/prisma/enums.js';
import { likeLiteral } from '../common/prisma/like.js';
import { type KeyColumn, keysetOrderBy, keysetWhere } from '../common/http/lists.js';
import { municipalityInScope } from '../geography/geography.repository.js';

type Db = Tx | PrismaClient;
type PlanJson = 'lines' | 'spares' | 'needs' | 'missing';

export const itemSelect = {
  id: true,
  serial: true,
  status: true,
  municipalityId: true,
  storageRoomId: true,
  holderStaffId: true,
  responsibleStaffId: true,
  statusDate: true,
  deliveryId: true,
  createdAt: true,
  updatedAt: true,
  type: { select: { code: true, name: true } },
  municipality: { select: { code: true } },
  storageRoom: { select: { name: true } },
} as const;

export type ItemRow = Prisma.ItemGetPayload<{ select: typeof itemSelect }>;

/** Statuses of items in a store that may be handed out. */
export const HANDOUT_STATUSES: readonly ItemStatus[] = [ItemStatus.IN_STORAGE, ItemStatus.RETURNED];

export interface ItemFilter {
  readonly municipalityId?: string;
  /** national callers only: the ASK central store */
  readonly centralStore?: boolean;
  readonly status?: ItemStatus;
  readonly typeCode?: string;
  readonly serial?: string;
}

/** The items list's keyset order: serials are unique. */
export const ITEM_ORDER: readonly KeyColumn[] = [{ field: 'serial', dir: 'asc' }];

/**
 * Every Prisma access of the equipment domain. Municipal rows (items in a municipality,
 * storage rooms, deliveries, plans, kit records, staff) are always read and written with
 * the caller's scope in the WHERE clause; items in the ASK central store (no municipality)
 * are only reachable with the national scope.
 */
@Injectable()
export class EquipmentRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  // ---- reference data ----

  municipality(scope: Scope, code: string, db: Db = this.prisma) {
    return municipalityInScope(db, scope, code, { id: true, code: true, nameSq: true });
  }

  itemTypes(db: Db = this.prisma) {
    return db.itemType.findMany({ orderBy: { code: 'asc' }, select: { id: true, code: true, name: true } });
  }

  createItemType(tx: Tx, code: string, name: string) {
    return tx.itemType.create({ data: { code, name }, select: { id: true, code: true, name: true } });
  }

  kitLines(db: Db = this.prisma) {
    return db.kitDefinitionLine.findMany({
      select: { role: true, quantity: true, type: { select: { code: true } } },
      orderBy: [{ role: 'asc' }, { position: 'asc' }],
    });
  }

  async replaceKit(tx: Tx, role: StaffKind, lines: readonly { typeId: string; quantity: number }[]) {
    await tx.kitDefinitionLine.deleteMany({ where: { role } });
    await tx.kitDefinitionLine.createMany({
      data: lines.map((l, i) => ({ role, typeId: l.typeId, quantity: l.quantity, position: i + 1 })),
    });
  }

  // ---- storage rooms and settings ----

  storageRooms(scope: Scope, municipalityId: string, db: Db = this.prisma) {
    return db.storageRoom.findMany({
      where: { municipalityId, ...municipalityWhere(scope) },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, address: true, createdAt: true },
    });
  }

  storageRoom(scope: Scope, id: string, db: Db = this.prisma) {
    return db.storageRoom.findFirst({
      where: { id, ...municipalityWhere(scope) },
      select: { id: true, name: true, address: true, municipalityId: true },
    });
  }

  createStorageRoom(tx: Tx, municipalityId: string, name: string, address: string | null) {
    return tx.storageRoom.create({
      data: { municipalityId, name, address },
      select: { id: true, name: true, address: true, createdAt: true },
    });
  }

  async sparePercent(scope: Scope, municipalityId: string, db: Db = this.prisma): Promise<number | null> {
    const s = await db.equipmentSetting.findFirst({
      where: { municipalityId, ...municipalityWhere(scope) },
      select: { sparePercent: true },
    });
    return s?.sparePercent ?? null;
  }

  setSparePercent(tx: Tx, municipalityId: string, sparePercent: number) {
    return tx.equipmentSetting.upsert({ where: { municipalityId }, create: { municipalityId, sparePercent }, update: { sparePercent } });
  }

  // ---- items ----

  private itemScope(scope: Scope): Prisma.ItemWhereInput {
    return municipalityWhere(scope);
  }

  /** A page of items after `after` (the last serial shown), `limit + 1` rows, and the count of all matching. */
  listItems(scope: Scope, f: ItemFilter, after: readonly string[] | null, limit: number) {
    const where: Prisma.ItemWhereInput = {
      ...(f.municipalityId ? { municipalityId: f.municipalityId } : {}),
      ...(f.centralStore ? { municipalityId: null } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...(f.typeCode ? { type: { code: f.typeCode } } : {}),
      ...(f.serial ? { serial: { startsWith: likeLiteral(f.serial) } } : {}),
    };
    // Municipal scope AND a municipality filter: both must hold.
    const and: Prisma.ItemWhereInput[] = [this.itemScope(scope), where];
    return Promise.all([
      this.prisma.item.findMany({
        where: { AND: [...and, keysetWhere(ITEM_ORDER, after) as Prisma.ItemWhereInput] },
        select: itemSelect,
        orderBy: keysetOrderBy(ITEM_ORDER) as Prisma.ItemOrderByWithRelationInput[],
        take: limit + 1,
      }),
      this.prisma.item.count({ where: { AND: and } }),
    ]);
  }

  item(scope: Scope, id: string, db: Db = this.prisma) {
    return db.item.findFirst({ where: { id, ...this.itemScope(scope) }, select: itemSelect });
  }

  /** Items by serial within the scope (the ASK store only for national callers). */
  itemsBySerial(scope: Scope, serials: readonly string[], db: Db = this.prisma) {
    return db.item.findMany({ where: { serial: { in: [...serials] }, ...this.itemScope(scope) }, select: itemSelect });
  }

  /** Which of these serials exist anywhere (bulk registration must not duplicate them). */
  async existingSerials(tx: Tx, serials: readonly string[]): Promise<Set<string>> {
    const rows = await tx.item.findMany({ where: { serial: { in: [...serials] } }, select: { serial: true } });
    return new Set(rows.map((r) => r.serial));
  }

  async createItems(
    tx: Tx,
    rows: readonly { typeId: string; serial: string; municipalityId: string | null; storageRoomId: string | null; statusDate: Date }[],
  ): Promise<string[]> {
    await tx.item.createMany({ data: rows.map((r) => ({ ...r, status: ItemStatus.IN_STORAGE })) });
    const created = await tx.item.findMany({ where: { serial: { in: rows.map((r) => r.serial) } }, select: { id: true } });
    return created.map((c) => c.id);
  }

  updateItem(tx: Tx, scope: Scope, id: string, data: Prisma.ItemUncheckedUpdateManyInput) {
    return tx.item.updateMany({ where: { id, ...this.itemScope(scope) }, data });
  }

  deleteItem(tx: Tx, scope: Scope, id: string) {
    return tx.item.deleteMany({ where: { id, ...this.itemScope(scope) } });
  }

  async itemWasIssued(tx: Tx, itemId: string): Promise<boolean> {
    return (await tx.kitRecordItem.count({ where: { itemId } })) > 0;
  }

  /** Items a municipality may hand out (IN_STORAGE or RETURNED in its store). */
  handoutStock(scope: Scope, municipalityId: string, db: Db = this.prisma) {
    return db.item.findMany({
      where: { municipalityId, status: { in: [...HANDOUT_STATUSES] }, ...this.itemScope(scope) },
      select: { id: true, serial: true, type: { select: { code: true } } },
      orderBy: { serial: 'asc' },
    });
  }

  /** Items ISSUED to people of the municipality (held kits). */
  heldItems(scope: Scope, municipalityId: string, staffIds?: readonly string[], db: Db = this.prisma) {
    return db.item.findMany({
      where: {
        municipalityId,
        status: ItemStatus.ISSUED,
        ...(staffIds ? { holderStaffId: { in: [...staffIds] } } : { holderStaffId: { not: null } }),
        ...this.itemScope(scope),
      },
      select: { id: true, serial: true, holderStaffId: true, type: { select: { code: true, name: true } } },
      orderBy: { serial: 'asc' },
    });
  }

  /**
   * Move items from one status set to another, only if every one of them is still in an
   * expected state (the count tells): a concurrent handover of the same item loses.
   */
  private async moveItems(
    tx: Tx,
    scope: Scope,
    ids: readonly string[],
    expect: Prisma.ItemWhereInput,
    data: Prisma.ItemUncheckedUpdateManyInput,
  ): Promise<boolean> {
    const r = await tx.item.updateMany({ where: { id: { in: [...ids] }, ...expect, ...this.itemScope(scope) }, data });
    return r.count === ids.length;
  }

  /** Deliver items still IN_STORAGE or RETURNED into a municipality's storage; false when one of them changed. */
  deliverItems(
    tx: Tx,
    scope: Scope,
    ids: readonly string[],
    to: { municipalityId: string; storageRoomId: string | null; deliveryId: string; statusDate: Date },
  ): Promise<boolean> {
    return this.moveItems(
      tx,
      scope,
      ids,
      { status: { in: [ItemStatus.IN_STORAGE, ItemStatus.RETURNED] } },
      { ...to, status: ItemStatus.IN_STORAGE },
    );
  }

  /** Issue items of a municipality's store that may be handed out to a person; false when one of them is gone. */
  issueItems(
    tx: Tx,
    scope: Scope,
    ids: readonly string[],
    municipalityId: string,
    holderStaffId: string,
    statusDate: Date,
  ): Promise<boolean> {
    return this.moveItems(
      tx,
      scope,
      ids,
      { municipalityId, status: { in: [...HANDOUT_STATUSES] } },
      { status: ItemStatus.ISSUED, holderStaffId, responsibleStaffId: null, statusDate },
    );
  }

  /**
   * Take items ISSUED to a person back as RETURNED, DAMAGED or LOST (the person stays
   * responsible for a damaged or lost one); false when one of them changed.
   */
  takeBackItems(
    tx: Tx,
    scope: Scope,
    ids: readonly string[],
    staffId: string,
    status: 'RETURNED' | 'DAMAGED' | 'LOST',
    statusDate: Date,
  ): Promise<boolean> {
    return this.moveItems(
      tx,
      scope,
      ids,
      { status: ItemStatus.ISSUED, holderStaffId: staffId },
      { status, holderStaffId: null, responsibleStaffId: status === 'RETURNED' ? null : staffId, statusDate },
    );
  }

  // ---- deliveries ----

  createDelivery(
    tx: Tx,
    data: {
      censusId: string;
      municipalityId: string;
      deliveredOn: Date;
      storageRoomId: string | null;
      note: string | null;
      createdById: string;
    },
  ) {
    return tx.delivery.create({ data, select: { id: true } });
  }

  /** A page of deliveries, newest first, and the count of all matching. */
  deliveries(scope: Scope, municipalityId: string | undefined, limit: number, offset: number, censusId?: string) {
    const where: Prisma.DeliveryWhereInput = {
      ...municipalityWhere(scope),
      ...(municipalityId ? { AND: [{ municipalityId }] } : {}),
      ...(censusId ? { censusId } : {}),
    };
    return Promise.all([this.deliveryPage(where, limit, offset), this.prisma.delivery.count({ where })]);
  }

  private deliveryPage(where: Prisma.DeliveryWhereInput, limit: number, offset: number) {
    return this.prisma.delivery.findMany({
      where,
      orderBy: [{ deliveredOn: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
      skip: offset,
      select: {
        id: true,
        censusId: true,
        deliveredOn: true,
        note: true,
        storageRoomId: true,
        createdAt: true,
        municipality: { select: { code: true, nameSq: true } },
        items: { select: { serial: true, type: { select: { code: true } } }, orderBy: { serial: 'asc' } },
      },
    });
  }

  // ---- people ----

  staffOf(scope: Scope, municipalityId: string, db: Db = this.prisma) {
    return db.staffMember.findMany({
      where: { municipalityId, status: 'ACTIVE', ...municipalityWhere(scope) },
      select: { id: true, fullName: true, kind: true },
    });
  }

  person(scope: Scope, id: string, db: Db = this.prisma) {
    return db.staffMember.findFirst({
      where: { id, ...municipalityWhere(scope) },
      select: { id: true, fullName: true, kind: true, municipalityId: true, municipality: { select: { code: true, nameSq: true } } },
    });
  }

  /** Lock the person's row so two handovers/returns of one kit run one after the other. */
  async lockPerson(tx: Tx, scope: Scope, id: string): Promise<boolean> {
    const rows = await tx.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT id FROM "StaffMember" WHERE id = ${id}::uuid ${scopeSql(scope)} FOR UPDATE`,
    );
    return rows.length === 1;
  }

  // ---- plans ----

  async nextPlanVersion(tx: Tx, municipalityId: string): Promise<number> {
    const agg = await tx.distributionPlan.aggregate({ where: { municipalityId }, _max: { version: true } });
    return (agg._max.version ?? 0) + 1;
  }

  /** `lines`, `spares`, `needs` and `missing` are the planner's result, stored as JSON. */
  createPlan(tx: Tx, data: Omit<Prisma.DistributionPlanUncheckedCreateInput, PlanJson> & { readonly [K in PlanJson]: unknown }) {
    const json = (v: unknown) => v as Prisma.InputJsonValue;
    const { lines, spares, needs, missing, ...rest } = data;
    return tx.distributionPlan.create({
      data: { ...rest, lines: json(lines), spares: json(spares), needs: json(needs), missing: json(missing) },
      select: { id: true },
    });
  }

  plan(scope: Scope, id: string, db: Db = this.prisma) {
    return db.distributionPlan.findFirst({
      where: { id, ...municipalityWhere(scope) },
      include: { municipality: { select: { code: true, nameSq: true, nameSr: true } } },
    });
  }

  latestPlan(scope: Scope, municipalityId: string, db: Db = this.prisma) {
    return db.distributionPlan.findFirst({
      where: { municipalityId, ...municipalityWhere(scope) },
      orderBy: { version: 'desc' },
      include: { municipality: { select: { code: true, nameSq: true } } },
    });
  }

  plans(scope: Scope, municipalityId: string) {
    return this.prisma.distributionPlan.findMany({
      where: { municipalityId, ...municipalityWhere(scope) },
      orderBy: { version: 'desc' },
      select: { id: true, version: true, sparePercent: true, missing: true, createdAt: true, createdById: true },
    });
  }

  // ---- kit records ----

  createRecord(
    tx: Tx,
    data: {
      kind: KitRecordKind;
      municipalityId: string;
      staffId: string;
      planId: string | null;
      signedBy: string;
      signedAt: Date;
      createdById: string | null;
      items: readonly {
        itemId: string;
        serial: string;
        typeCode: string;
        condition?: ItemCondition | null;
        substitutedFor?: string | null;
      }[];
    },
  ) {
    const { items, ...rest } = data;
    return tx.kitRecord.create({
      data: { ...rest, items: { create: items.map((i) => ({ ...i })) } },
      select: { id: true },
    });
  }

  records(scope: Scope, staffId: string, db: Db = this.prisma) {
    return db.kitRecord.findMany({
      where: { staffId, ...municipalityWhere(scope) },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        kind: true,
        planId: true,
        signedBy: true,
        signedAt: true,
        createdAt: true,
        items: { select: { serial: true, typeCode: true, condition: true, substitutedFor: true }, orderBy: { serial: 'asc' } },
      },
    });
  }

  // ---- charge-backs ----

  chargeTariffs(db: Db = this.prisma) {
    return db.chargebackTariff.findMany({
      orderBy: { version: 'asc' },
      select: {
        id: true,
        version: true,
        name: true,
        effectiveFrom: true,
        createdAt: true,
        rates: { select: { lostCents: true, damagedCents: true, type: { select: { code: true, name: true } } } },
      },
    });
  }

  async createChargeTariff(
    tx: Tx,
    data: {
      effectiveFrom: Date;
      name: string;
      createdById: string;
      rates: readonly { typeId: string; lostCents: bigint; damagedCents: bigint }[];
    },
  ) {
    // Versions are numbered one after the other; a concurrent create loses on the unique version (409).
    const agg = await tx.chargebackTariff.aggregate({ _max: { version: true } });
    const { rates, ...rest } = data;
    return tx.chargebackTariff.create({
      data: { ...rest, version: (agg._max.version ?? 0) + 1, rates: { create: rates.map((r) => ({ ...r })) } },
      select: { id: true, version: true },
    });
  }

  /** Items someone may be charged for: ISSUED to them, or DAMAGED/LOST with them responsible. */
  chargeableItems(staffIds: readonly string[], scope?: Scope) {
    const ids = [...staffIds];
    return this.prisma.item.findMany({
      where: {
        ...(scope ? this.itemScope(scope) : {}),
        OR: [
          { status: ItemStatus.ISSUED, holderStaffId: { in: ids } },
          { status: { in: [ItemStatus.DAMAGED, ItemStatus.LOST] }, responsibleStaffId: { in: ids } },
        ],
      },
      select: {
        serial: true,
        status: true,
        holderStaffId: true,
        responsibleStaffId: true,
        statusDate: true,
        type: { select: { code: true, name: true } },
      },
    });
  }

  /** Staff of the scope who hold or are responsible for chargeable items. */
  async chargeableStaffIds(scope: Scope): Promise<string[]> {
    const rows = await this.prisma.item.findMany({
      where: {
        ...this.itemScope(scope),
        OR: [
          { status: ItemStatus.ISSUED, holderStaffId: { not: null } },
          { status: { in: [ItemStatus.DAMAGED, ItemStatus.LOST] }, responsibleStaffId: { not: null } },
        ],
      },
      select: { holderStaffId: true, responsibleStaffId: true, status: true },
    });
    const ids = new Set<string>();
    for (const r of rows) {
      const id = r.status === ItemStatus.ISSUED ? r.holderStaffId : r.responsibleStaffId;
      if (id) ids.add(id);
    }
    return [...ids].sort();
  }

  staffNames(scope: Scope, ids: readonly string[]) {
    return this.prisma.staffMember.findMany({
      where: { id: { in: [...ids] }, ...municipalityWhere(scope) },
      select: { id: true, fullName: true, municipality: { select: { code: true } } },
    });
  }
}
