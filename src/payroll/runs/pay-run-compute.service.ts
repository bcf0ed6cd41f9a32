import { availableParallelism } from 'node:os';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService, SYSTEM_ACTOR } from '../../audit/audit.service.js';
import { PermanentJobError } from '../../common/jobs/job-handler.js';
import { Transactions } from '../../common/prisma/transaction.js';
import { validateIban } from '../../staff/domain/iban.js';
import type { PaidLine, PrepAttendance } from '../domain/compute-pay.js';
import { contractGateOf } from '../domain/contract-gate.js';
import { addOutcome, emptyTotals, mergeTotals, settlePerson, type RunTotals } from '../domain/settle-pay.js';
import type { TariffRules } from '../domain/tariff.js';
import { TariffRepository, toRules } from '../tariffs/tariff.repository.js';
import { CensusSettingsError, paySettingsOf } from './census-pay-settings.js';
import { CHARGEBACK_PROVIDER, type ChargebackProvider } from './chargeback.provider.js';
import { PayRunBulkRepository, type ContractView, type PaidRecord, type Reader, type StaffRange } from './pay-run-bulk.repository.js';
import { PayRunRepository } from './pay-run.repository.js';
import type { PersonRecord } from './person-record.js';
import { ChunkEncoder } from './pay-run-writer.js';
import { PrepAttendanceRepository, type EnumeratorTraining } from './prep-attendance.repository.js';

/** How a run applies the census's preparatory-attendance rule: null = paid regardless. */
type AttendanceLookup = ((staffIds: readonly string[]) => Promise<Map<string, PrepAttendance>>) | null;

/** People settled together (one charge-back lookup). */
const SETTLE_BATCH = 1_000;
/** Bytes of lines per chunk: one COPY of lines and one of people each, while the next chunk is computed. */
const CHUNK_BYTES = 4 << 20;
/** Below this many people one connection is plenty. */
const PARALLEL_FROM = 50_000;

export interface ComputeOptions {
  /**
   * parallel partitions (each a reader and a writer connection); default: twice the CPUs, at
   * most 4, 1 for small scopes. Two per CPU keep PostgreSQL busy while Node computes the next
   * chunk: on 2 CPUs, 4 partitions took 21.8–22.6 s for a million people against 22.3–24.7 s
   * with 2 (and 26.8 s with 8).
   */
  readonly partitions?: number;
}

export type ComputeOutcome = 'computed' | 'skipped';

/** Staff-id ranges splitting random (v4) uuids evenly. */
export function staffRanges(n: number): StaffRange[] {
  const bound = (i: number) =>
    `${Math.floor((i * 0x1_0000_0000) / n)
      .toString(16)
      .padStart(8, '0')}-0000-0000-0000-000000000000`;
  return Array.from({ length: n }, (_, i) => ({ from: i === 0 ? null : bound(i), to: i === n - 1 ? null : bound(i + 1) }));
}

/** Paid lines merged into the people stream: both come in staff-id order. */
class PaidCursor {
  private buf: PaidRecord[] = [];
  private i = 0;
  private done = false;
  constructor(private readonly source: AsyncGenerator<PaidRecord[]>) {}

  /** The lines of `staffId`; ask in ascending id order. */
  async take(staffId: string): Promise<PaidLine[]> {
    const out: PaidLine[] = [];
    for (;;) {
      if (this.i >= this.buf.length) {
        if (this.done) return out;
        const next = await this.source.next();
        if (next.done) {
          this.done = true;
          return out;
        }
        this.buf = next.value;
        this.i = 0;
        continue;
      }
      const r = this.buf[this.i] as PaidRecord;
      if (r.staffId > staffId) return out;
      if (r.staffId === staffId) out.push(r);
      this.i++;
    }
  }
}

/**
 * Throttled progress: BullMQ's job (what queue tools show) every percent, PostgreSQL (what
 * the API shows) in steps of 10 %. The PayRun row is what every written line's foreign key
 * locks; each update of it adds a row version that those checks must walk past while the
 * computation's snapshot keeps old versions alive, so it changes rarely (a percent-wise
 * PayRun.progress made a million-person run 50 % slower).
 */
class Progress {
  private done = 0;
  private shownJob = 0;
  private shownRun = 0;
  private last = 0;
  constructor(
    private readonly total: number,
    private readonly run: (pct: number) => Promise<void>,
    private readonly job: (pct: number) => Promise<void>,
  ) {}

  async add(n: number): Promise<void> {
    this.done += n;
    const pct = this.total === 0 ? 99 : Math.min(99, Math.floor((this.done * 100) / this.total));
    const now = Date.now();
    if (pct > this.shownJob && now - this.last >= 250) {
      this.shownJob = pct;
      this.last = now;
      await this.job(pct);
    }
    const step = pct - (pct % 10);
    if (step > this.shownRun) {
      this.shownRun = step;
      await this.run(step);
    }
  }
}

/**
 * Computes a pay run: load (streamed from one snapshot) → compute (the pure rules, integer
 * cents) → persist (COPY). People are split into staff-id ranges computed in parallel, each
 * written by its own connection in its own transaction; the run turns COMPUTED with its
 * totals in one last transaction only when every range is written, so partial results of a
 * failed attempt are never a result (and the next attempt deletes them first).
 */
@Injectable()
export class PayRunComputeService {
  private readonly logger = new Logger('pay-runs');

  constructor(
    private readonly runs: PayRunRepository,
    private readonly bulk: PayRunBulkRepository,
    private readonly tariffs: TariffRepository,
    private readonly audit: AuditService,
    private readonly prepAttendance: PrepAttendanceRepository,
    // Required: bound to equipment's charge-backs in src/wiring (no binding, no boot).
    @Inject(CHARGEBACK_PROVIDER) private readonly chargebacks: ChargebackProvider,
    private readonly transactions: Transactions,
  ) {}

  async compute(
    runId: string,
    report: (pct: number) => Promise<void> = () => Promise.resolve(),
    options: ComputeOptions = {},
  ): Promise<ComputeOutcome> {
    const started = Date.now();
    const run = await this.runs.claim(runId);
    if (!run) return 'skipped';
    const tariffRow = await this.tariffs.find(run.tariffId);
    if (!tariffRow) throw new PermanentJobError(`tariff ${run.tariffId} of run ${runId} not found`);
    let tariff: TariffRules;
    try {
      tariff = toRules(tariffRow);
    } catch (err) {
      throw new PermanentJobError((err as Error).message);
    }
    const census = run.censusId === null ? null : await this.runs.censusSettings(run.censusId);
    let gate: boolean;
    try {
      gate = contractGateOf(census);
    } catch (err) {
      throw new PermanentJobError((err as Error).message);
    }
    // Read before the snapshot: it only spares the number lookup when no contract exists; the gate reads the snapshot.
    const contracts: ContractView = { censusId: run.censusId, gate, any: await this.runs.anyContracts(run.censusId) };
    const attendance = await this.attendanceLookup(runId);
    await this.bulk.prepareResults(runId);
    const total = await this.runs.staffCount(run.municipalityId);
    const progress = new Progress(total, (pct) => this.runs.setProgress(runId, pct), report);
    const n = options.partitions ?? (total < PARALLEL_FROM ? 1 : Math.min(4, 2 * availableParallelism()));

    const snapshot = await this.bulk.snapshot(run.municipalityId);
    const opened: { people: Reader<PersonRecord[]>; paid: Reader<PaidRecord[]> | null }[] = [];
    let totals: RunTotals;
    try {
      for (const range of staffRanges(n)) {
        const entry: (typeof opened)[number] = {
          people: await this.bulk.openPeople(snapshot.id, run.municipalityId, range, contracts),
          paid: null,
        };
        opened.push(entry);
        if (snapshot.anyPaid) entry.paid = await this.bulk.openPaid(snapshot.id, run.municipalityId, range);
      }
      // Every reader holds the snapshot now: let approvals go on.
      await snapshot.release();
      const abort = { failed: false };
      const lineIds = { next: 1 };
      const settled = await Promise.allSettled(
        opened.map((r) => this.partition(runId, tariff, attendance, r.people, r.paid, progress, abort, lineIds)),
      );
      const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failure) throw failure.reason;
      totals = settled.map((s) => (s as PromiseFulfilledResult<RunTotals>).value).reduce(mergeTotals, emptyTotals());
    } finally {
      await snapshot.release();
      await Promise.all(opened.flatMap((r) => (r.paid ? [r.people.close(), r.paid.close()] : [r.people.close()])));
    }

    // The run's lines and people get their indexes now, one sorted pass each, and become its partitions.
    const attachStarted = Date.now();
    await this.bulk.attachResults(runId);
    const attachMs = Date.now() - attachStarted;
    const done = await this.transactions.run(async (tx) => {
      const ok = await this.runs.complete(tx, runId, {
        kind: snapshot.anyPaid ? 'ADJUSTMENT' : 'REGULAR',
        computedAt: snapshot.takenAt,
        peopleCount: totals.payable,
        blockedCount: totals.blocked,
        grossCents: BigInt(totals.gross),
        deductionsCents: BigInt(totals.deductions),
        netCents: BigInt(totals.net),
      });
      if (ok)
        await this.audit.record(tx, SYSTEM_ACTOR, {
          action: 'computed',
          entity: 'PayRun',
          entityIds: [runId],
          municipalityId: run.municipalityId,
          details: { kind: snapshot.anyPaid ? 'ADJUSTMENT' : 'REGULAR', payable: totals.payable, blocked: totals.blocked, partitions: n },
        });
      return ok;
    });
    if (!done) throw new Error(`pay run ${runId} left COMPUTING while it was computed`);
    await report(100);
    this.logger.log(
      { runId, payable: totals.payable, blocked: totals.blocked, ms: Date.now() - started, indexMs: attachMs },
      'pay run computed',
    );
    return 'computed';
  }

  /** Marks the run FAILED after its last attempt (a retried attempt finds it COMPUTING). */
  async fail(runId: string, reason: string): Promise<void> {
    if (await this.runs.fail(runId, reason)) this.logger.warn({ runId }, 'pay run failed');
  }

  /**
   * The census's preparatory-attendance rule for this run. NONE, or a census without an
   * enumerator training event (nothing to attend), pays regardless.
   */
  private async attendanceLookup(runId: string): Promise<AttendanceLookup> {
    let settings;
    try {
      settings = paySettingsOf(await this.runs.runCensus(runId));
    } catch (err) {
      if (err instanceof CensusSettingsError) throw new PermanentJobError(err.message);
      throw err;
    }
    const rule = settings.preparatoryAttendance;
    if (rule === 'NONE' || settings.censusId === null) return null;
    const trainings: EnumeratorTraining[] = await this.prepAttendance.enumeratorTrainings(settings.censusId);
    if (trainings.length === 0) return null;
    return (staffIds) => this.prepAttendance.attendanceFor(rule, trainings, staffIds);
  }

  private async partition(
    runId: string,
    tariff: TariffRules,
    attendance: AttendanceLookup,
    people: Reader<PersonRecord[]>,
    paidReader: Reader<PaidRecord[]> | null,
    progress: Progress,
    abort: { failed: boolean },
    lineIds: { next: number },
  ): Promise<RunTotals> {
    const totals = emptyTotals();
    const paid = paidReader ? new PaidCursor(paidReader.batches) : null;
    const writer = await this.bulk.openWriter(runId);
    let out = new ChunkEncoder(runId, tariff.version, lineIds, CHUNK_BYTES);
    let writing: Promise<void> = Promise.resolve();

    // People are settled and encoded as they arrive, so each lives only briefly in memory.
    const settle = async (batch: readonly PersonRecord[]) => {
      const ids = batch.map((p) => p.staffId);
      const cbs = await this.chargebacks.chargebacksFor(ids);
      const present = attendance ? await attendance(ids.filter((_, i) => batch[i]?.kind === 'ENUMERATOR')) : null;
      for (const p of batch) {
        const outcome = settlePerson(
          {
            person: {
              staffId: p.staffId,
              kind: p.kind,
              engagementStart: p.engagementStart,
              engagementEnd: p.engagementEnd,
              ibanValid: p.iban !== null && validateIban(p.iban).ok,
              ibanAwaitingConfirmation: p.ibanAwaiting,
              hasAssignment: p.hasAssignment,
              contracts: p.contracts,
              prepAttendance: present?.get(p.staffId) ?? null,
            },
            counts: p.counts,
            chargebacks: cbs.get(p.staffId) ?? [],
            paid: paid ? await paid.take(p.staffId) : [],
          },
          tariff,
        );
        if (outcome === null) continue;
        addOutcome(totals, outcome);
        out.add(p, outcome);
      }
      await progress.add(batch.length);
    };
    // The previous chunk's COPY runs while the next one is computed.
    const flush = async () => {
      await writing;
      if (abort.failed) throw new Error('another partition failed');
      const chunk = out;
      out = new ChunkEncoder(runId, tariff.version, lineIds, CHUNK_BYTES);
      writing = writer.write(chunk);
      // Awaited later; marked handled now so that a failure in between is not "unhandled".
      writing.catch(() => undefined);
    };
    try {
      let pending: PersonRecord[] = [];
      for await (const batch of people.batches) {
        for (const p of batch) pending.push(p);
        if (pending.length >= SETTLE_BATCH) {
          await settle(pending);
          pending = [];
          if (out.lines.bytes >= CHUNK_BYTES) await flush();
        }
      }
      if (pending.length > 0) await settle(pending);
      if (out.people.rows > 0) await flush();
      await writing;
      await writer.commit();
      return totals;
    } catch (err) {
      abort.failed = true;
      throw err;
    } finally {
      await writing.catch(() => undefined);
      await writer.close();
      await paidReader?.close();
    }
  }
}
