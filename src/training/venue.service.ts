import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { offsetOf, offsetPage, type Page } from '../common/http/lists.js';
import { Transactions } from '../common/prisma/transaction.js';
import type { VenueKind } from '../generated/prisma/enums.js';
import { TrainingRepository, type RoomData, type RoomRow, type VenueRow } from './training.repository.js';

const venueNotFound = (): AppError => new AppError('VENUE_UNKNOWN', 'venue not found');
const roomNotFound = (): AppError => new AppError('ROOM_UNKNOWN', 'room not found');

export function roomView(r: RoomRow) {
  return {
    id: r.id,
    venueId: r.venueId,
    name: r.name,
    seats: r.seats,
    hasProjector: r.hasProjector,
    hasTv: r.hasTv,
    availability: r.availability as { from: string; to: string }[],
    updatedAt: r.updatedAt,
  };
}

export function venueView(v: VenueRow) {
  return {
    id: v.id,
    municipality: { code: v.municipality.code, nameSq: v.municipality.nameSq },
    name: v.name,
    kind: v.kind,
    address: v.address,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    rooms: v.rooms.map(roomView),
    seats: v.rooms.reduce((s, r) => s + r.seats, 0),
  };
}

/**
 * Training venues and their rooms. ADMIN and LOGISTICS manage every municipality's; a
 * MUNICIPALITY (KKR) user manages its own municipality's venues and rooms (the letter makes
 * each municipality secure its rooms), always through its scope: another municipality's venue
 * is not found.
 */
@Injectable()
export class VenueService {
  constructor(
    private readonly repo: TrainingRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async list(p: Principal, f: { municipalityCode?: string; limit: number; cursor?: string }): Promise<Page<ReturnType<typeof venueView>>> {
    let municipalityId: string | undefined;
    if (f.municipalityCode !== undefined) {
      const m = await this.repo.municipalityByCode(p.scope, f.municipalityCode);
      if (!m) return { items: [], total: 0, nextCursor: null };
      municipalityId = m.id;
    }
    const offset = offsetOf(f.cursor);
    const [items, total] = await this.repo.listVenues(p.scope, { municipalityId, limit: f.limit, offset });
    return offsetPage(items.map(venueView), offset, f.limit, total);
  }

  async get(p: Principal, id: string) {
    const v = await this.repo.findVenue(p.scope, id);
    if (!v) throw venueNotFound();
    return venueView(v);
  }

  async create(p: Principal, input: { municipalityCode: string; name: string; kind: VenueKind; address: string }) {
    const m = await this.repo.municipalityByCode(p.scope, input.municipalityCode);
    if (!m)
      throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${input.municipalityCode} not found`, [
        problem('UNKNOWN_MUNICIPALITY', { municipality: input.municipalityCode }, { field: 'municipalityCode' }),
      ]);
    return this.transactions.run(async (tx) => {
      const v = await this.repo.createVenue(tx, { municipalityId: m.id, name: input.name, kind: input.kind, address: input.address });
      await this.audit.record(tx, actorOf(p), { action: 'created', entity: 'Venue', entityIds: [v.id], municipalityId: m.id });
      return venueView(v);
    });
  }

  update(p: Principal, id: string, input: { name?: string; kind?: VenueKind; address?: string }) {
    return this.transactions.run(async (tx) => {
      const v = await this.repo.updateVenue(tx, p.scope, id, input);
      if (!v) throw venueNotFound();
      await this.audit.record(tx, actorOf(p), {
        action: 'updated',
        entity: 'Venue',
        entityIds: [id],
        municipalityId: v.municipalityId,
        details: { fields: Object.keys(input) },
      });
      return venueView(v);
    });
  }

  async remove(p: Principal, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const v = await this.repo.findVenue(p.scope, id, tx);
      if (!v) throw venueNotFound();
      await this.refuseIfPinned(
        tx,
        v.rooms.map((r) => r.id),
        'venue',
      );
      await this.repo.deleteVenue(tx, p.scope, id);
      await this.audit.record(tx, actorOf(p), {
        action: 'deleted',
        entity: 'Venue',
        entityIds: [id, ...v.rooms.map((r) => r.id)],
        municipalityId: v.municipalityId,
        details: { rooms: v.rooms.length },
      });
    });
  }

  async addRoom(p: Principal, venueId: string, input: RoomData) {
    return this.transactions.run(async (tx) => {
      const v = await this.repo.findVenue(p.scope, venueId, tx);
      if (!v) throw venueNotFound();
      const r = await this.repo.createRoom(tx, v, input);
      await this.audit.record(tx, actorOf(p), {
        action: 'created',
        entity: 'Room',
        entityIds: [r.id, v.id],
        municipalityId: v.municipalityId,
        details: { seats: r.seats },
      });
      return roomView(r);
    });
  }

  async getRoom(p: Principal, id: string) {
    const r = await this.repo.findRoom(p.scope, id);
    if (!r) throw roomNotFound();
    return { ...roomView(r), venue: r.venue };
  }

  updateRoom(p: Principal, id: string, input: Partial<RoomData>) {
    return this.transactions.run(async (tx) => {
      const r = await this.repo.updateRoom(tx, p.scope, id, input);
      if (!r) throw roomNotFound();
      await this.audit.record(tx, actorOf(p), {
        action: 'updated',
        entity: 'Room',
        entityIds: [id],
        municipalityId: r.municipalityId,
        details: { fields: Object.keys(input) },
      });
      return roomView(r);
    });
  }

  async removeRoom(p: Principal, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const r = await this.repo.findRoom(p.scope, id, tx);
      if (!r) throw roomNotFound();
      await this.refuseIfPinned(tx, [id], 'room');
      await this.repo.deleteRoom(tx, p.scope, id);
      await this.audit.record(tx, actorOf(p), { action: 'deleted', entity: 'Room', entityIds: [id], municipalityId: r.municipalityId });
    });
  }

  private async refuseIfPinned(tx: Parameters<TrainingRepository['countPinnedUses']>[0], roomIds: string[], what: string) {
    const uses = roomIds.length ? await this.repo.countPinnedUses(tx, roomIds) : 0;
    if (uses > 0)
      throw new AppError(
        'ROOM_IN_USE',
        `the ${what} holds ${uses} class${uses === 1 ? '' : 'es'} of a published room plan; re-plan without it first`,
      );
  }
}
