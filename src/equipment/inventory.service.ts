import { Inject, Injectable } from '@nestjs/common';
import { CensusLookup } from '../census/census-lookup.js';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, type ErrorDetail } from '../common/errors/app-error.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { formatCents, toCents } from '../common/money/money.js';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import { inTransaction, type Tx } from '../common/prisma/transaction.js';
import type { Scope } from '../common/scope/scope.js';
import { readImport, refuseRows } from '../common/tabular/tabular-import.js';
import { ItemStatus, type StaffKind } from '../generated/prisma/enums.js';
import type { RowProblem } from '../common/tabular/columns.js';
import { type BulkItemField, ITEM_COLUMN, ITEM_CSV_IMPORT, MAX_BULK_ITEMS, type NumberedItem } from './domain/item-import.js';
import { DEFAULT_SPARE_PERCENT, kitsWithDefaults, type KitLine, STAFF_ROLES, type StaffRole } from './domain/kits.js';
import { EquipmentRepository, type ItemFilter, type ItemRow } from './equipment.repository.js';

/** Deliveries reach municipalities at the start of the second week of October (letter point 8). */

export function itemView(r: ItemRow) {
  return {
    id: r.id,
    serial: r.serial,
    typeCode: r.type.code,
    typeName: r.type.name,
    status: r.status,
    location: r.municipality
      ? { store: 'MUNICIPALITY' as const, municipalityCode: r.municipality.code }
      : { store: 'ASK' as const, municipalityCode: null },
    storageRoom: r.storageRoomId ? { id: r.storageRoomId, name: r.storageRoom?.name ?? null } : null,
    holderStaffId: r.holderStaffId,
    responsibleStaffId: r.responsibleStaffId,
    statusDate: fromDate(r.statusDate),
    deliveryId: r.deliveryId,
    updatedAt: r.updatedAt,
  };
}

const today = (): Date => toDate(new Date().toISOString().slice(0, 10));

export interface NewItem {
  readonly typeCode: string;
  readonly serial: string;
}

/** Where new items are stored: the ASK central store unless a municipality is given. */
export interface ItemLocation {
  readonly municipalityCode?: string | null;
  readonly storageRoomId?: string | null;
}

/** A JSON body names a bad field by its key. */
const JSON_FIELD: Readonly<Record<BulkItemField, string>> = { typeCode: 'typeCode', serial: 'serial' };

/**
 * Inventory, item types, kits, storage rooms, spare percentages, deliveries and charge-back
 * tariffs. National reference data (types, kits, tariffs) is managed by LOGISTICS and ADMIN;
 * municipal data is read and written within the caller's scope.
 */
@Injectable()
export class InventoryService {
  constructor(
    private readonly repo: EquipmentRepository,
    private readonly audit: AuditService,
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly censuses: CensusLookup,
  ) {}

  // ---- item types ----

  itemTypes() {
    return this.repo.itemTypes();
  }

  createItemType(p: Principal, code: string, name: string) {
    return inTransaction(this.prisma, async (tx) => {
      const t = await this.repo.createItemType(tx, code, name);
      await this.audit.record(tx, actorOf(p), { action: 'created', entity: 'ItemType', entityIds: [t.id], details: { code } });
      return t;
    });
  }

  private async typeIds(db: Tx | PrismaClient, codes: readonly string[], field: (i: number) => string): Promise<Map<string, string>> {
    const types = await this.repo.itemTypes(db);
    const byCode = new Map(types.map((t) => [t.code, t.id]));
    const problems: ErrorDetail[] = [];
    codes.forEach((c, i) => {
      if (!byCode.has(c)) problems.push({ field: field(i), reason: `unknown item type ${c}` });
    });
    if (problems.length) throw new AppError('ITEM_TYPE_UNKNOWN', 'unknown item type', problems);
    return byCode;
  }

  // ---- kits ----

  async kits(db: Tx | PrismaClient = this.prisma) {
    const lines = await this.repo.kitLines(db);
    const stored: Partial<Record<StaffRole, KitLine[]>> = {};
    for (const l of lines) (stored[l.role] ??= []).push({ typeCode: l.type.code, quantity: l.quantity });
    const kits = kitsWithDefaults(stored);
    return STAFF_ROLES.map((role) => ({ role, isDefault: !stored[role]?.length, lines: kits[role] }));
  }

  replaceKit(p: Principal, role: StaffKind, lines: readonly KitLine[]) {
    return inTransaction(this.prisma, async (tx) => {
      const seen = new Set<string>();
      const dup = lines.findIndex((l) => (seen.has(l.typeCode) ? true : (seen.add(l.typeCode), false)));
      if (dup >= 0)
        throw new AppError('KIT_INVALID', 'an item type appears twice in the kit', [
          { field: `lines.${dup}.typeCode`, reason: 'listed twice' },
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

  // ---- storage rooms and spare percentage ----

  async municipality(scope: Scope, code: string, db: Tx | PrismaClient = this.prisma) {
    const m = await this.repo.municipality(scope, code, db);
    // Another municipality looks exactly like an unknown one.
    if (!m)
      throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`, [
        { field: 'municipalityCode', reason: 'unknown municipality code' },
      ]);
    return m;
  }

  async storageRooms(p: Principal, code: string) {
    const m = await this.municipality(p.scope, code);
    return this.repo.storageRooms(p.scope, m.id);
  }

  createStorageRoom(p: Principal, code: string, name: string, address: string | null) {
    return inTransaction(this.prisma, async (tx) => {
      const m = await this.municipality(p.scope, code, tx);
      const room = await this.repo.createStorageRoom(tx, m.id, name, address);
      await this.audit.record(tx, actorOf(p), { action: 'created', entity: 'StorageRoom', entityIds: [room.id], municipalityId: m.id });
      return room;
    });
  }

  async settings(p: Principal, code: string) {
    const m = await this.municipality(p.scope, code);
    const stored = await this.repo.sparePercent(p.scope, m.id);
    return { municipalityCode: m.code, sparePercent: stored ?? DEFAULT_SPARE_PERCENT, isDefault: stored === null, spareRounding: 'ceil' };
  }

  setSparePercent(p: Principal, code: string, sparePercent: number) {
    return inTransaction(this.prisma, async (tx) => {
      const m = await this.municipality(p.scope, code, tx);
      await this.repo.setSparePercent(tx, m.id, sparePercent);
      await this.audit.record(tx, actorOf(p), {
        action: 'updated',
        entity: 'EquipmentSetting',
        entityIds: [m.id],
        municipalityId: m.id,
        details: { sparePercent },
      });
      return { municipalityCode: m.code, sparePercent, isDefault: false, spareRounding: 'ceil' };
    });
  }

  // ---- items ----

  async listItems(p: Principal, q: Omit<ItemFilter, 'municipalityId'> & { municipalityCode?: string }) {
    const municipalityId = q.municipalityCode ? (await this.municipality(p.scope, q.municipalityCode)).id : undefined;
    const [items, total] = await this.repo.listItems(p.scope, { ...q, municipalityId });
    return { items: items.map(itemView), total };
  }

  async item(p: Principal, id: string) {
    const r = await this.repo.item(p.scope, id);
    if (!r) throw new AppError('ITEM_UNKNOWN', 'item not found');
    return itemView(r);
  }

  private async location(tx: Tx, scope: Scope, municipalityCode: string | null | undefined, storageRoomId: string | null | undefined) {
    const municipalityId = municipalityCode ? (await this.municipality(scope, municipalityCode, tx)).id : null;
    if (!storageRoomId) return { municipalityId, storageRoomId: null };
    const room = await this.repo.storageRoom(scope, storageRoomId, tx);
    if (!room || room.municipalityId !== municipalityId)
      throw new AppError('STORAGE_ROOM_UNKNOWN', 'storage room not found in that municipality', [
        { field: 'storageRoomId', reason: 'not a storage room of the municipality' },
      ]);
    return { municipalityId, storageRoomId: room.id };
  }

  /**
   * Register serials, all or nothing: every bad row is reported (`row` = 1-based position,
   * field, reason) and nothing is written, like the other imports. New items are IN_STORAGE
   * in the ASK central store unless a municipality (and its storage room) is given.
   */
  registerItems(p: Principal, rows: readonly NewItem[], where: ItemLocation = {}) {
    return this.register(
      p,
      rows.map((r, i) => ({ row: i + 1, typeCode: r.typeCode, serial: r.serial })),
      where,
      JSON_FIELD,
      [],
    );
  }

  /**
   * The CSV body of a bulk registration (the tabular pipeline, src/common/tabular: UTF-8 with or
   * without BOM, `,` or `;`, a header row): columns `type_code`, `serial`, one item per line.
   * Unreadable file or header problems → 400 IMPORT_FORMAT; otherwise the same checks as the
   * JSON body, every bad row named by its line in the file (header = 1) and its column.
   */
  registerItemsCsv(p: Principal, text: string, where: ItemLocation = {}) {
    const read = readImport(ITEM_CSV_IMPORT, text, 'text/csv');
    const lines = read.table.rows.length;
    if (lines === 0)
      throw new AppError('IMPORT_FORMAT', 'the file has no items', [{ row: 2, reason: 'list one item per line after the header' }]);
    if (lines > MAX_BULK_ITEMS)
      throw new AppError('IMPORT_FORMAT', 'the file has too many items', [
        { reason: `at most ${MAX_BULK_ITEMS} items per file, this one has ${lines}` },
      ]);
    return this.register(p, read.rows, where, ITEM_COLUMN, read.problems);
  }

  /** `names` says how a problem names a field (JSON key or CSV column); `earlier` are problems found while reading the rows. */
  private register(
    p: Principal,
    rows: readonly NumberedItem[],
    where: ItemLocation,
    names: Readonly<Record<BulkItemField, string>>,
    earlier: readonly RowProblem[],
  ) {
    return inTransaction(this.prisma, async (tx) => {
      const loc = await this.location(tx, p.scope, where.municipalityCode, where.storageRoomId);
      const types = new Map((await this.repo.itemTypes(tx)).map((t) => [t.code, t.id]));
      const existing = await this.repo.existingSerials(
        tx,
        rows.map((r) => r.serial),
      );
      const firstRow = new Map<string, number>();
      const problems: RowProblem[] = [...earlier];
      for (const { row, typeCode, serial } of rows) {
        if (!types.has(typeCode)) problems.push({ row, field: names.typeCode, reason: `unknown item type ${typeCode}` });
        if (existing.has(serial)) problems.push({ row, field: names.serial, reason: `serial ${serial} is already registered` });
        const other = firstRow.get(serial);
        if (other !== undefined) problems.push({ row, field: names.serial, reason: `serial ${serial} repeats row ${other}` });
        else firstRow.set(serial, row);
      }
      refuseRows(problems);
      const ids = await this.repo.createItems(
        tx,
        rows.map((r) => ({ typeId: types.get(r.typeCode) ?? '', serial: r.serial, ...loc, statusDate: today() })),
      );
      await this.audit.record(tx, actorOf(p), {
        action: 'registered',
        entity: 'Item',
        entityIds: ids,
        municipalityId: loc.municipalityId,
        details: { count: rows.length },
      });
      return { created: ids.length, ids };
    });
  }

  /**
   * Correct an item: its storage room, or its status (IN_STORAGE, DAMAGED, LOST). An issued
   * item reported DAMAGED or LOST stays the responsibility of its holder (charge-back).
   */
  updateItem(p: Principal, id: string, patch: { status?: 'IN_STORAGE' | 'DAMAGED' | 'LOST'; storageRoomId?: string | null }) {
    return inTransaction(this.prisma, async (tx) => {
      const before = await this.repo.item(p.scope, id, tx);
      if (!before) throw new AppError('ITEM_UNKNOWN', 'item not found');
      const data: Parameters<EquipmentRepository['updateItem']>[3] = {};
      if (patch.storageRoomId !== undefined) {
        const loc = await this.location(tx, p.scope, before.municipality?.code ?? null, patch.storageRoomId);
        data.storageRoomId = loc.storageRoomId;
      }
      if (patch.status !== undefined && patch.status !== before.status) {
        if (patch.status === 'IN_STORAGE' && before.status === ItemStatus.ISSUED)
          throw new AppError('ITEM_CONFLICT', 'an issued item comes back through a kit return', [
            { field: 'status', reason: 'record a return' },
          ]);
        data.status = patch.status;
        data.statusDate = today();
        // Found or repaired: nobody owes it any more. Reported damaged or lost while issued: the holder does.
        if (patch.status === 'IN_STORAGE') data.responsibleStaffId = null;
        else if (before.status === ItemStatus.ISSUED) data.responsibleStaffId = before.holderStaffId;
        data.holderStaffId = null;
      }
      await this.repo.updateItem(tx, p.scope, id, data);
      await this.audit.record(tx, actorOf(p), {
        action: 'updated',
        entity: 'Item',
        entityIds: [id],
        municipalityId: before.municipalityId,
        details: { fields: Object.keys(data), from: before.status, to: patch.status ?? before.status },
      });
      const after = await this.repo.item(p.scope, id, tx);
      return after ? itemView(after) : null;
    });
  }

  /** Only an item never handed out may be deleted (a registration mistake). */
  deleteItem(p: Principal, id: string) {
    return inTransaction(this.prisma, async (tx) => {
      const before = await this.repo.item(p.scope, id, tx);
      if (!before) throw new AppError('ITEM_UNKNOWN', 'item not found');
      if (before.status !== ItemStatus.IN_STORAGE || (await this.repo.itemWasIssued(tx, id)))
        throw new AppError('ITEM_IN_USE', 'an item that was handed out is kept for the record; mark it DAMAGED or LOST instead');
      await this.repo.deleteItem(tx, p.scope, id);
      await this.audit.record(tx, actorOf(p), {
        action: 'deleted',
        entity: 'Item',
        entityIds: [id],
        municipalityId: before.municipalityId,
        details: { serial: before.serial },
      });
    });
  }

  // ---- deliveries ----

  /**
   * A delivery of a census (named, or the only open one) moves items from the ASK store (or
   * any store, for corrections) into a municipality's storage; default date: the first day of
   * the census's supervisor training (kits reach municipalities before anyone is trained).
   */
  deliver(
    p: Principal,
    input: {
      municipalityCode: string;
      deliveredOn?: string;
      storageRoomId?: string | null;
      note?: string | null;
      serials: readonly string[];
      census?: string;
    },
  ) {
    return inTransaction(this.prisma, async (tx) => {
      const census = await this.censuses.resolve(input.census, tx);
      const loc = await this.location(tx, p.scope, input.municipalityCode, input.storageRoomId);
      const municipalityId = loc.municipalityId ?? '';
      const items = await this.repo.itemsBySerial(p.scope, input.serials, tx);
      const bySerial = new Map(items.map((i) => [i.serial, i]));
      const problems: ErrorDetail[] = [];
      input.serials.forEach((s, i) => {
        const it = bySerial.get(s);
        if (!it) problems.push({ row: i + 1, field: 'serials', reason: `serial ${s} is not in the inventory` });
        else if (it.status !== ItemStatus.IN_STORAGE && it.status !== ItemStatus.RETURNED)
          problems.push({
            row: i + 1,
            field: 'serials',
            reason: `serial ${s} is ${it.status.toLowerCase().replace('_', ' ')}, not in storage`,
          });
      });
      if (new Set(input.serials).size !== input.serials.length) problems.push({ field: 'serials', reason: 'a serial is listed twice' });
      if (problems.length) throw new AppError('ITEM_INVALID', 'some items cannot be delivered', problems);
      const deliveredOn = toDate(input.deliveredOn ?? census.calendar.supervisorTrainingFrom);
      const d = await this.repo.createDelivery(tx, {
        censusId: census.id,
        municipalityId,
        deliveredOn,
        storageRoomId: loc.storageRoomId,
        note: input.note ?? null,
        createdById: p.userId,
      });
      const ok = await this.repo.moveItems(
        tx,
        p.scope,
        items.map((i) => i.id),
        { status: { in: [ItemStatus.IN_STORAGE, ItemStatus.RETURNED] } },
        { municipalityId, storageRoomId: loc.storageRoomId, deliveryId: d.id, status: ItemStatus.IN_STORAGE, statusDate: deliveredOn },
      );
      if (!ok) throw new AppError('ITEM_CONFLICT', 'an item changed while it was being delivered; try again');
      await this.audit.record(tx, actorOf(p), {
        action: 'delivered',
        entity: 'Delivery',
        entityIds: [d.id],
        municipalityId,
        details: { items: items.length, deliveredOn: fromDate(deliveredOn) },
      });
      return {
        id: d.id,
        censusId: census.id,
        municipalityCode: input.municipalityCode,
        deliveredOn: fromDate(deliveredOn),
        items: items.length,
      };
    });
  }

  async deliveries(p: Principal, q: { municipalityCode?: string; census?: string; limit: number; offset: number }) {
    const municipalityId = q.municipalityCode ? (await this.municipality(p.scope, q.municipalityCode)).id : undefined;
    const censusId = await this.censuses.filter(q.census);
    const rows = await this.repo.deliveries(p.scope, municipalityId, q.limit, q.offset, censusId);
    return rows.map((d) => {
      const byType: Record<string, number> = {};
      for (const i of d.items) byType[i.type.code] = (byType[i.type.code] ?? 0) + 1;
      return {
        id: d.id,
        censusId: d.censusId,
        municipalityCode: d.municipality.code,
        deliveredOn: fromDate(d.deliveredOn),
        storageRoomId: d.storageRoomId,
        note: d.note,
        itemsByType: byType,
        serials: d.items.map((i) => i.serial),
      };
    });
  }

  // ---- charge-back tariffs ----

  async chargeTariffs(db: Tx | PrismaClient = this.prisma) {
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

  /** The next charge-back tariff version (amounts per item type for LOST and DAMAGED, in euros as strings). */
  createChargeTariff(
    p: Principal,
    input: { name: string; effectiveFrom: string; rates: readonly { typeCode: string; lost: string; damaged: string }[] },
  ) {
    return inTransaction(this.prisma, async (tx) => {
      const problems: ErrorDetail[] = [];
      const seen = new Set<string>();
      input.rates.forEach((r, i) => {
        if (seen.has(r.typeCode)) problems.push({ field: `rates.${i}.typeCode`, reason: `${r.typeCode} is listed twice` });
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
