import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { zoneOffsetMs } from '../common/dates/zoned-time.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { type Tx, Transactions } from '../common/prisma/transaction.js';
import type { ContractStatus } from '../generated/prisma/enums.js';
import { GeographyRepository } from '../geography/geography.repository.js';
import {
  checkEnd,
  checkPeriod,
  checkReplace,
  checkSend,
  checkSign,
  end,
  replace,
  send,
  sign,
  type Checked,
  type ContractState,
} from './domain/contract-lifecycle.js';
import { contractNumber } from './domain/contract-number.js';
import type { ScanType } from './domain/contract-scan.js';
import { ContractRepository, type ContractRow } from './contract.repository.js';
import { ContractScanStore } from './contract-scan.store.js';

const unknownContract = (): AppError => new AppError('CONTRACT_UNKNOWN', 'contract not found');

function refused<T>(c: Checked<T>): T {
  if (c.ok) return c.value;
  const { code, message, field, problem: p } = c.refusal;
  throw new AppError(code, message, field && p ? [problem(p.code, p.params, { field })] : undefined);
}

/** The row as the lifecycle rules see it. */
export function toState(r: ContractRow): ContractState {
  const base = { id: r.id, periodFrom: fromDate(r.periodFrom) ?? '', periodTo: fromDate(r.periodTo) ?? '' };
  switch (r.status) {
    case 'GENERATED':
    case 'SENT':
    case 'REPLACED':
      return { ...base, status: r.status };
    case 'SIGNED':
      return { ...base, status: 'SIGNED', signedOn: fromDate(r.signedOn) ?? '' };
    case 'ENDED':
      return { ...base, status: 'ENDED', signedOn: fromDate(r.signedOn) ?? '', endedOn: fromDate(r.endedOn) ?? '' };
    default: {
      const never: never = r.status;
      throw new RangeError(`unknown contract status ${String(never)}`);
    }
  }
}

export function contractView(r: ContractRow) {
  return {
    id: r.id,
    number: r.number,
    census: { id: r.censusId, code: r.census.code },
    staff: { id: r.staffId, name: r.staff.fullName, kind: r.staff.kind },
    municipalityId: r.municipalityId,
    status: r.status,
    periodFrom: fromDate(r.periodFrom) ?? '',
    periodTo: fromDate(r.periodTo) ?? '',
    generatedAt: r.generatedAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
    signedOn: fromDate(r.signedOn),
    signedBy: r.signedBy,
    paperReference: r.paperReference,
    scan: r.scanType === null ? null : { type: r.scanType, size: r.scanSize ?? 0, sha256: r.scanSha256 ?? '' },
    endedOn: fromDate(r.endedOn),
    endReason: r.endReason,
    replacedById: r.replacedById,
  };
}

export type ContractView = ReturnType<typeof contractView>;

export interface CreateContractInput {
  readonly staffId: string;
  /** the census; default: the census of the competition the person was recruited through */
  readonly censusCode?: string;
  readonly periodFrom?: string;
  readonly periodTo?: string;
}

export interface SignatureInput {
  readonly signedOn: string;
  readonly signedBy: string;
  readonly paperReference?: string | null;
  readonly scan?: { readonly type: ScanType; readonly bytes: Buffer } | null;
}

/**
 * Contracts with a life: generate (numbered in the census), send, record the signature (a scan
 * or a paper reference), end with the leaving date, or replace by a new contract. Each change
 * and its audit event share one transaction; every lookup carries the caller's scope.
 */
@Injectable()
export class ContractService {
  constructor(
    private readonly repo: ContractRepository,
    private readonly scans: ContractScanStore,
    private readonly geo: GeographyRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async list(
    p: Principal,
    f: { municipality?: string; staffId?: string; status?: ContractStatus; census?: string; limit: number; cursor?: string | undefined },
  ) {
    const municipalityId = await this.geo.idForFilter(f.municipality);
    const censusId = await this.repo.censusIdForFilter(f.census);
    const page = await this.repo.list(p.scope, {
      municipalityId,
      staffId: f.staffId,
      status: f.status,
      censusId,
      limit: f.limit,
      cursor: f.cursor,
    });
    return { ...page, items: page.items.map(contractView) };
  }

  async get(p: Principal, id: string): Promise<ContractView> {
    const row = await this.repo.find(p.scope, id);
    if (!row) throw unknownContract();
    return contractView(row);
  }

  async create(p: Principal, input: CreateContractInput): Promise<ContractView> {
    const row = await this.transactions.run((tx) => this.createIn(tx, p, input, null));
    return contractView(row);
  }

  /** Generate a numbered contract; `replacing` names the contract it replaces (same census). */
  private async createIn(tx: Tx, p: Principal, input: CreateContractInput, replacing: ContractRow | null): Promise<ContractRow> {
    const staff = await this.repo.staff(tx, p.scope, input.staffId);
    if (!staff) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
    const census = replacing
      ? { id: replacing.censusId, code: replacing.census.code }
      : await this.censusFor(tx, staff.id, input.censusCode);
    const from = input.periodFrom ?? fromDate(replacing?.periodFrom ?? staff.engagementStart);
    const to = input.periodTo ?? fromDate(replacing?.periodTo ?? staff.engagementEnd);
    if (!from || !to)
      throw new AppError('CONTRACT_PERIOD_INVALID', 'the person has no engagement dates: give periodFrom and periodTo', [
        problem('REQUIRED_WITHOUT_ENGAGEMENT', {}, { field: from ? 'periodTo' : 'periodFrom' }),
      ]);
    const period = refused(checkPeriod(from, to));
    const live = await this.repo.live(tx, staff.id, census.id);
    if (live && live.id !== replacing?.id)
      throw new AppError('CONTRACT_EXISTS', `the person already has contract ${live.number} in this census; replace it instead`);
    const seq = await this.repo.nextSeq(tx, census.id);
    const created = await this.repo.create(tx, {
      censusId: census.id,
      seq,
      number: contractNumber(census.code, seq),
      staffId: staff.id,
      municipalityId: staff.municipalityId,
      periodFrom: toDate(period.from),
      periodTo: toDate(period.to),
      generatedById: p.userId,
    });
    await this.audit.record(tx, actorOf(p), {
      action: 'generated',
      entity: 'Contract',
      entityIds: [created.id, staff.id],
      municipalityId: staff.municipalityId,
      details: { number: created.number, census: census.code, ...(replacing ? { replaces: replacing.number } : {}) },
    });
    return created;
  }

  /** The census named, else the one of the person's competition, else the only census there is. */
  private async censusFor(tx: Tx, staffId: string, code: string | undefined): Promise<{ id: string; code: string }> {
    if (code !== undefined) {
      const c = await this.repo.censusByCode(tx, code);
      if (!c)
        throw new AppError('CONTRACT_CENSUS_UNKNOWN', `census ${code} not found`, [
          problem('NO_CENSUS', { ref: code }, { field: 'censusCode' }),
        ]);
      return c;
    }
    const own = await this.repo.censusesOfStaff(tx, staffId);
    const candidates = own.length > 0 ? own : await this.repo.censuses(tx, 2);
    if (candidates.length !== 1)
      throw new AppError(
        'CONTRACT_CENSUS_UNKNOWN',
        candidates.length === 0 ? 'no census to number the contract in' : 'the person belongs to several censuses: name one',
        [problem('REQUIRED', {}, { field: 'censusCode' })],
      );
    return candidates[0] as { id: string; code: string };
  }

  async markSent(p: Principal, id: string): Promise<ContractView> {
    return this.change(p, id, 'sent', (row) => {
      send(refused(checkSend(toState(row))));
      return { from: 'GENERATED', data: { status: 'SENT', sentAt: new Date(), sentById: p.userId } };
    });
  }

  async recordSignature(p: Principal, id: string, input: SignatureInput, now: Date): Promise<ContractView> {
    const row = await this.repo.find(p.scope, id);
    if (!row) throw unknownContract();
    // "Not in the future" is judged by the census's calendar.
    const today = new Date(now.getTime() + zoneOffsetMs(now.getTime(), row.census.timeZone)).toISOString().slice(0, 10);
    const signature = {
      signedOn: input.signedOn,
      signedBy: input.signedBy,
      hasScan: input.scan != null,
      paperReference: input.paperReference ?? null,
    };
    // Checked before the file is written; checked again in the transaction.
    refused(checkSign(toState(row), signature, today));
    const stored = input.scan ? await this.scans.put(row.id, input.scan.type, input.scan.bytes) : null;
    try {
      return await this.change(p, id, 'signed', (current) => {
        const ok = refused(checkSign(toState(current), signature, today));
        sign(ok.contract, ok.signature);
        return {
          from: 'SENT',
          data: {
            status: 'SIGNED',
            signedOn: toDate(signature.signedOn),
            signedBy: signature.signedBy.trim(),
            paperReference: stored ? null : (signature.paperReference?.trim() ?? null),
            scanPath: stored?.path ?? null,
            scanType: input.scan?.type ?? null,
            scanSize: stored?.size ?? null,
            scanSha256: stored?.sha256 ?? null,
            signatureRecordedAt: new Date(),
            signatureRecordedById: p.userId,
          },
          details: { signedOn: signature.signedOn, evidence: stored ? 'scan' : 'paper', ...(stored ? { sha256: stored.sha256 } : {}) },
        };
      });
    } catch (err) {
      if (stored) await this.scans.remove(stored.path);
      throw err;
    }
  }

  async end(p: Principal, id: string, input: { leavingDate: string; reason?: string }): Promise<ContractView> {
    return this.change(p, id, 'ended', (row) => {
      end(refused(checkEnd(toState(row), input.leavingDate)), input.leavingDate);
      return {
        from: 'SIGNED',
        data: { status: 'ENDED', endedOn: toDate(input.leavingDate), endReason: input.reason?.trim() || null, endedById: p.userId },
        details: { leavingDate: input.leavingDate },
      };
    });
  }

  /** A new contract (new number, same census) takes the place of this one, which becomes REPLACED. */
  async replace(
    p: Principal,
    id: string,
    input: { periodFrom?: string; periodTo?: string },
  ): Promise<{ replaced: ContractView; contract: ContractView }> {
    return this.transactions.run(async (tx) => {
      const row = await this.repo.find(p.scope, id, tx);
      if (!row) throw unknownContract();
      const live = refused(checkReplace(toState(row)));
      replace(live);
      const created = await this.createIn(tx, p, { staffId: row.staffId, ...input }, row);
      if (!(await this.repo.transition(tx, p.scope, id, row.status, { status: 'REPLACED', replacedById: created.id })))
        throw new AppError('CONFLICT', 'the contract changed meanwhile; reload it');
      await this.audit.record(tx, actorOf(p), {
        action: 'replaced',
        entity: 'Contract',
        entityIds: [row.id, created.id],
        municipalityId: row.municipalityId,
        details: { number: row.number, by: created.number, previousStatus: row.status },
      });
      return { replaced: contractView((await this.repo.find(p.scope, id, tx)) as ContractRow), contract: contractView(created) };
    });
  }

  /** The stored scan of a signed contract in scope. */
  async scan(p: Principal, id: string): Promise<{ path: string; type: string; size: number; filename: string }> {
    const row = await this.repo.scan(p.scope, id);
    if (!row) throw unknownContract();
    const path = row.scanPath ? await this.scans.locate(row.scanPath) : null;
    if (!path || !row.scanType) throw new AppError('CONTRACT_SCAN_MISSING', 'this contract has no uploaded scan');
    const ext = row.scanPath?.split('.').pop() ?? 'bin';
    return { path, type: row.scanType, size: row.scanSize ?? 0, filename: `contract-${row.number}.${ext}` };
  }

  /** One transition: rules on the row read in the transaction, a conditional update, the audit event. */
  private async change(
    p: Principal,
    id: string,
    action: string,
    rule: (row: ContractRow) => {
      from: ContractStatus;
      data: Parameters<ContractRepository['transition']>[4];
      details?: Record<string, string>;
    },
  ): Promise<ContractView> {
    return this.transactions.run(async (tx) => {
      const row = await this.repo.find(p.scope, id, tx);
      if (!row) throw unknownContract();
      const { from, data, details } = rule(row);
      if (!(await this.repo.transition(tx, p.scope, id, from, data)))
        throw new AppError('CONFLICT', 'the contract changed meanwhile; reload it');
      await this.audit.record(tx, actorOf(p), {
        action,
        entity: 'Contract',
        entityIds: [id],
        municipalityId: row.municipalityId,
        details: { number: row.number, ...details },
      });
      return contractView((await this.repo.find(p.scope, id, tx)) as ContractRow);
    });
  }
}
