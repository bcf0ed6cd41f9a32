import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_LOCALE, type Locale } from '../common/i18n/locales.js';
import { wordNotice } from '../common/i18n/word-notice.js';
import { LEGACY_TEXT, notice, noticesOf, type Notice } from '../common/text/notice.js';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { pageArray } from '../common/http/lists.js';
import { Transactions, type Tx } from '../common/prisma/transaction.js';
import type { Scope } from '../common/scope/scope.js';
import {
  type DistributionPlanResult,
  type PlanLine,
  type PlanMissing,
  type PlanNeed,
  type PlanSpares,
  planDistribution,
  SESSION_NOT_PLANNED,
} from './domain/distribution-planner.js';
import { DEFAULT_SPARE_PERCENT } from './domain/kits.js';
import { EquipmentReferenceService } from './equipment-reference.service.js';
import type { PageQuery } from './equipment.params.js';
import { EquipmentRepository } from './equipment.repository.js';
import { TRAINING_SESSION_LOOKUP, type TrainingSessionLookup } from './training-session.lookup.js';

/** Distribution plans per municipality (versioned): who gets which serials, spares, needs and what is missing. */
@Injectable()
export class DistributionPlanService {
  constructor(
    private readonly repo: EquipmentRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly reference: EquipmentReferenceService,
    /** The training sessions of the people planned (required: bound to the training plans in src/wiring). */
    @Inject(TRAINING_SESSION_LOOKUP) private readonly sessions: TrainingSessionLookup,
  ) {}

  private async municipality(scope: Scope, code: string, db?: Tx) {
    const m = await this.repo.municipality(scope, code, db);
    if (!m) throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`);
    return m;
  }

  /** Compute and store the next version of a municipality's distribution plan. */
  generatePlan(p: Principal, code: string, input: { storageRoomId?: string | null } = {}, locale: Locale = DEFAULT_LOCALE) {
    return this.transactions.run(async (tx) => {
      const m = await this.municipality(p.scope, code, tx);
      let storageRoomId: string | null = null;
      if (input.storageRoomId) {
        const room = await this.repo.storageRoom(p.scope, input.storageRoomId, tx);
        if (!room || room.municipalityId !== m.id)
          throw new AppError('STORAGE_ROOM_UNKNOWN', 'storage room not found in that municipality', [
            problem('NOT_STORAGE_ROOM_HERE', {}, { field: 'storageRoomId' }),
          ]);
        storageRoomId = room.id;
      } else {
        storageRoomId = (await this.repo.storageRooms(p.scope, m.id, tx))[0]?.id ?? null;
      }
      const people = await this.repo.staffOf(p.scope, m.id, tx);
      // One after the other: queries of one transaction share one connection.
      const kits = await this.reference.kitsByRole(tx);
      const typeNames = await this.reference.typeNames(tx);
      const stock = await this.repo.handoutStock(p.scope, m.id, tx);
      const held = await this.repo.heldItems(p.scope, m.id, undefined, tx);
      const sparePercent = await this.repo.sparePercent(p.scope, m.id, tx);
      const sessions = await this.sessions.sessionsFor(
        m.id,
        people.map((x) => x.id),
      );
      const result = planDistribution({
        people: people.map((x) => ({ staffId: x.id, fullName: x.fullName, role: x.kind })),
        kits,
        typeNames,
        available: stock.map((s) => ({ serial: s.serial, typeCode: s.type.code })),
        held: held.map((h) => ({ serial: h.serial, typeCode: h.type.code, staffId: h.holderStaffId ?? '' })),
        sparePercent: sparePercent ?? DEFAULT_SPARE_PERCENT,
        sessions,
      });
      const version = await this.repo.nextPlanVersion(tx, m.id);
      const plan = await this.repo.createPlan(tx, {
        municipalityId: m.id,
        version,
        storageRoomId,
        sparePercent: sparePercent ?? DEFAULT_SPARE_PERCENT,
        lines: result.lines,
        spares: result.spares,
        needs: result.needs,
        missing: result.missing,
        createdById: p.userId,
      });
      await this.audit.record(tx, actorOf(p), {
        action: 'generated',
        entity: 'DistributionPlan',
        entityIds: [plan.id],
        municipalityId: m.id,
        details: { version, people: result.lines.length, missingItems: result.missing.items.map((x) => ({ ...x })) },
      });
      return this.planView(p.scope, plan.id, tx, locale);
    });
  }

  /** Versions, newest first, a page of `q.limit`. */
  async listPlans(p: Principal, code: string, q: PageQuery, locale: Locale = DEFAULT_LOCALE) {
    const m = await this.municipality(p.scope, code);
    const rows = await this.repo.plans(p.scope, m.id);
    const versions = rows.map((r) => ({
      id: r.id,
      version: r.version,
      sparePercent: r.sparePercent,
      ...wordShortfalls(noticesOf((r.missing as { shortfalls?: unknown }).shortfalls), locale, 'missingSummary'),
      createdAt: r.createdAt,
    }));
    return pageArray(versions, q);
  }

  async planView(scope: Scope, id: string, db?: Tx, locale: Locale = DEFAULT_LOCALE) {
    const r = await this.repo.plan(scope, id, db);
    if (!r) throw new AppError('DISTRIBUTION_PLAN_UNKNOWN', 'distribution plan not found');
    const room = r.storageRoomId ? await this.repo.storageRoom(scope, r.storageRoomId, db) : null;
    const missing = r.missing as unknown as PlanMissing;
    return {
      id: r.id,
      municipality: { code: r.municipality.code, name: r.municipality.nameSq, nameSr: r.municipality.nameSr },
      version: r.version,
      sparePercent: r.sparePercent,
      spareRounding: 'ceil',
      storageRoom: room ? { id: room.id, name: room.name, address: room.address } : null,
      createdAt: r.createdAt,
      lines: (r.lines as unknown as PlanLine[]).map((l) => ({
        ...l,
        sessionNote: l.sessionNote === null ? null : sessionNote(l.sessionNote, locale),
      })),
      spares: r.spares as unknown as PlanSpares[],
      needs: r.needs as unknown as PlanNeed[],
      missing: { ...missing, ...wordShortfalls(missing.shortfalls, locale, 'summary') },
    } satisfies Omit<DistributionPlanResult, 'missing' | 'lines'> & Record<string, unknown>;
  }

  plan(p: Principal, id: string, locale: Locale = DEFAULT_LOCALE) {
    return this.planView(p.scope, id, undefined, locale);
  }
}

/** A line's stored note (a notice code; an English text from before codes) worded in the caller's language. */
function sessionNote(stored: string, locale: Locale) {
  const n = stored === SESSION_NOT_PLANNED ? notice(stored) : notice(LEGACY_TEXT, { text: stored });
  return { ...n, text: wordNotice(locale, 'notice', n) };
}

/** What a plan lacks, each item type worded in the caller's language, and all of it as one line (null: nothing). */
function wordShortfalls<K extends string>(shortfalls: readonly Notice[], locale: Locale, key: K) {
  const worded = shortfalls.map((n) => ({ ...n, text: wordNotice(locale, 'notice', n) }));
  return { shortfalls: worded, [key]: worded.length ? worded.map((n) => n.text).join('; ') : null } as {
    shortfalls: typeof worded;
  } & Record<K, string | null>;
}
