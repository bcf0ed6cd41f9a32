import { Injectable } from '@nestjs/common';
import { CensusLookup } from '../census/census-lookup.js';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, type ErrorDetail, problem } from '../common/errors/app-error.js';
import { offsetOf, offsetPage } from '../common/http/lists.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { Transactions } from '../common/prisma/transaction.js';
import { ItemStatus } from '../generated/prisma/enums.js';
import { EquipmentRepository } from './equipment.repository.js';
import { MunicipalEquipmentService } from './municipal-equipment.service.js';

/** Deliveries of a census's items from the ASK store into municipalities' storage. */
@Injectable()
export class DeliveryService {
  constructor(
    private readonly repo: EquipmentRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly censuses: CensusLookup,
    private readonly places: MunicipalEquipmentService,
  ) {}

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
    return this.transactions.run(async (tx) => {
      const census = await this.censuses.resolve(input.census, tx);
      const loc = await this.places.location(tx, p.scope, input.municipalityCode, input.storageRoomId);
      const municipalityId = loc.municipalityId ?? '';
      const items = await this.repo.itemsBySerial(p.scope, input.serials, tx);
      const bySerial = new Map(items.map((i) => [i.serial, i]));
      const problems: ErrorDetail[] = [];
      input.serials.forEach((s, i) => {
        const it = bySerial.get(s);
        if (!it) problems.push(problem('SERIAL_NOT_IN_INVENTORY', { serial: s }, { row: i + 1, field: 'serials' }));
        else if (it.status !== ItemStatus.IN_STORAGE && it.status !== ItemStatus.RETURNED)
          problems.push(problem('SERIAL_NOT_IN_STORAGE', { serial: s, status: it.status }, { row: i + 1, field: 'serials' }));
      });
      if (new Set(input.serials).size !== input.serials.length) problems.push(problem('SERIALS_REPEATED', {}, { field: 'serials' }));
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
      const ok = await this.repo.deliverItems(
        tx,
        p.scope,
        items.map((i) => i.id),
        { municipalityId, storageRoomId: loc.storageRoomId, deliveryId: d.id, statusDate: deliveredOn },
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

  /** Deliveries, newest first, a page of `limit` after `cursor`. */
  async deliveries(p: Principal, q: { municipalityCode?: string; census?: string; limit: number; cursor?: string | undefined }) {
    const offset = offsetOf(q.cursor);
    const municipalityId = q.municipalityCode ? (await this.places.municipality(p.scope, q.municipalityCode)).id : undefined;
    const censusId = await this.censuses.filter(q.census);
    const [rows, total] = await this.repo.deliveries(p.scope, municipalityId, q.limit, offset, censusId);
    const items = rows.map((d) => {
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
    return offsetPage(items, offset, q.limit, total);
  }
}
