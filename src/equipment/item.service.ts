import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { keysetAfter, keysetPage } from '../common/http/lists.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { Transactions } from '../common/prisma/transaction.js';
import { readImport, refuseRows } from '../common/tabular/tabular-import.js';
import { ItemStatus } from '../generated/prisma/enums.js';
import { type RowProblem, rowProblem } from '../common/tabular/columns.js';
import { type BulkItemField, ITEM_COLUMN, ITEM_CSV_IMPORT, MAX_BULK_ITEMS, type NumberedItem } from './domain/item-import.js';
import { EquipmentRepository, ITEM_ORDER, type ItemFilter, type ItemRow } from './equipment.repository.js';
import { MunicipalEquipmentService } from './municipal-equipment.service.js';

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

const ITEM_SORT = 'serial';

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
 * The inventory of items: registration (one, or many from JSON or CSV, all or nothing),
 * corrections, deletion of a mistake, and reads within the caller's scope (items in the ASK
 * central store only for national callers).
 */
@Injectable()
export class ItemService {
  constructor(
    private readonly repo: EquipmentRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly places: MunicipalEquipmentService,
  ) {}

  /** Items by serial, a keyset page of `limit` after `cursor`. */
  async listItems(
    p: Principal,
    q: Omit<ItemFilter, 'municipalityId'> & { municipalityCode?: string; limit: number; cursor?: string | undefined },
  ) {
    const after = keysetAfter(q.cursor, ITEM_SORT, ITEM_ORDER) as string[] | null;
    const municipalityId = q.municipalityCode ? (await this.places.municipality(p.scope, q.municipalityCode)).id : undefined;
    const { limit, cursor: _cursor, ...filter } = q;
    const [rows, total] = await this.repo.listItems(p.scope, { ...filter, municipalityId }, after, limit);
    const page = keysetPage(rows, limit, total, ITEM_SORT, (r) => [r.serial]);
    return { ...page, items: page.items.map(itemView) };
  }

  async item(p: Principal, id: string) {
    const r = await this.repo.item(p.scope, id);
    if (!r) throw new AppError('ITEM_UNKNOWN', 'item not found');
    return itemView(r);
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
    if (lines === 0) throw new AppError('IMPORT_FORMAT', 'the file has no items', [problem('NO_ITEMS', {}, { row: 2 })]);
    if (lines > MAX_BULK_ITEMS)
      throw new AppError('IMPORT_FORMAT', 'the file has too many items', [
        problem('TOO_MANY_ITEMS', { maximum: MAX_BULK_ITEMS, given: lines }),
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
    return this.transactions.run(async (tx) => {
      const loc = await this.places.location(tx, p.scope, where.municipalityCode, where.storageRoomId);
      const types = new Map((await this.repo.itemTypes(tx)).map((t) => [t.code, t.id]));
      const existing = await this.repo.existingSerials(
        tx,
        rows.map((r) => r.serial),
      );
      const firstRow = new Map<string, number>();
      const problems: RowProblem[] = [...earlier];
      for (const { row, typeCode, serial } of rows) {
        if (!types.has(typeCode)) problems.push(rowProblem(row, 'ITEM_TYPE_UNKNOWN', { type: typeCode }, names.typeCode));
        if (existing.has(serial)) problems.push(rowProblem(row, 'SERIAL_REGISTERED', { serial }, names.serial));
        const other = firstRow.get(serial);
        if (other !== undefined) problems.push(rowProblem(row, 'SERIAL_REPEATS_ROW', { serial, other }, names.serial));
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
    return this.transactions.run(async (tx) => {
      const before = await this.repo.item(p.scope, id, tx);
      if (!before) throw new AppError('ITEM_UNKNOWN', 'item not found');
      const data: Parameters<EquipmentRepository['updateItem']>[3] = {};
      if (patch.storageRoomId !== undefined) {
        const loc = await this.places.location(tx, p.scope, before.municipality?.code ?? null, patch.storageRoomId);
        data.storageRoomId = loc.storageRoomId;
      }
      if (patch.status !== undefined && patch.status !== before.status) {
        if (patch.status === 'IN_STORAGE' && before.status === ItemStatus.ISSUED)
          throw new AppError('ITEM_CONFLICT', 'an issued item comes back through a kit return', [
            problem('RECORD_A_RETURN', {}, { field: 'status' }),
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
    return this.transactions.run(async (tx) => {
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
}
