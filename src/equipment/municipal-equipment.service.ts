import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { pageArray } from '../common/http/lists.js';
import { Transactions, type Tx } from '../common/prisma/transaction.js';
import type { Scope } from '../common/scope/scope.js';
import { DEFAULT_SPARE_PERCENT } from './domain/kits.js';
import type { PageQuery } from './equipment.params.js';
import { EquipmentRepository } from './equipment.repository.js';

/**
 * A municipality's equipment places and settings: its storage rooms and its spare
 * percentage, read and written within the caller's scope; and the lookups of a municipality
 * and a storage room of it that items and deliveries use.
 */
@Injectable()
export class MunicipalEquipmentService {
  constructor(
    private readonly repo: EquipmentRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async municipality(scope: Scope, code: string, db?: Tx) {
    const m = await this.repo.municipality(scope, code, db);
    // Another municipality looks exactly like an unknown one.
    if (!m)
      throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`, [
        problem('MUNICIPALITY_UNKNOWN', { code }, { field: 'municipalityCode' }),
      ]);
    return m;
  }

  /** Where items go: a municipality (or the ASK store) and a storage room of that municipality. */
  async location(tx: Tx, scope: Scope, municipalityCode: string | null | undefined, storageRoomId: string | null | undefined) {
    const municipalityId = municipalityCode ? (await this.municipality(scope, municipalityCode, tx)).id : null;
    if (!storageRoomId) return { municipalityId, storageRoomId: null };
    const room = await this.repo.storageRoom(scope, storageRoomId, tx);
    if (!room || room.municipalityId !== municipalityId)
      throw new AppError('STORAGE_ROOM_UNKNOWN', 'storage room not found in that municipality', [
        problem('NOT_STORAGE_ROOM_HERE', {}, { field: 'storageRoomId' }),
      ]);
    return { municipalityId, storageRoomId: room.id };
  }

  // ---- storage rooms and spare percentage ----

  async storageRooms(p: Principal, code: string, q: PageQuery) {
    const m = await this.municipality(p.scope, code);
    return pageArray(await this.repo.storageRooms(p.scope, m.id), q);
  }

  createStorageRoom(p: Principal, code: string, name: string, address: string | null) {
    return this.transactions.run(async (tx) => {
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
    return this.transactions.run(async (tx) => {
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
}
