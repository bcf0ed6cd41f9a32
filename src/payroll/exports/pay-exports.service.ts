import { MATCHES_NOTHING } from '../../common/scope/scope.js';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../common/errors/app-error.js';
import { fromDate } from '../../common/http/zod.pipe.js';
import { DEFAULT_LOCALE, type Locale } from '../../common/i18n/locales.js';
import { wordNotice } from '../../common/i18n/word-notice.js';
import { formatCents } from '../../common/money/money.js';
import { notice, noticeOf, noticesOf, type Notice } from '../../common/text/notice.js';
import type { PayPersonStatus } from '../../generated/prisma/enums.js';
import { maskIban } from '../../staff/domain/iban-mask.js';
import { formatIban } from '../../staff/domain/iban.js';
import { UTF8_BOM } from './domain/cells.js';
import { LINES_HEADER, lineRecord, type LineView } from './domain/lines-csv.js';
import { buildStatement, maskNationalId, type StatementLine, type StatementLineIn } from './domain/statement.js';
import { wordArithmetic, wordPayNote } from './pay-line-words.js';
import { shortId } from './domain/bank-file.js';
import { PayExportsRepository, type LineRow, type LinesFilter, type PersonRow, type RunRow } from './pay-exports.repository.js';

type Municipalities = Awaited<ReturnType<PayExportsRepository['municipalities']>>;

export const runNotFound = (): AppError => new AppError('PAY_RUN_UNKNOWN', 'pay run not found');

/** Municipal callers see masked national ids and IBANs (as in the staff API). */
const masks = (p: Principal): boolean => p.scope.kind === 'municipal';

/** People, lines and statements of a pay run. Scoping happens in the repository's queries. */
@Injectable()
export class PayExportsService {
  constructor(private readonly repo: PayExportsRepository) {}

  async run(p: Principal, runId: string): Promise<RunRow> {
    const run = await this.repo.findRun(p.scope, runId);
    if (!run) throw runNotFound();
    return run;
  }

  /** municipality code → id; an unknown code filters to nothing rather than to everything. */
  async municipalityFilter(code: string | undefined): Promise<string | undefined> {
    if (code === undefined) return undefined;
    const all = await this.repo.municipalities();
    for (const [id, m] of all) if (m.code === code) return id;
    return MATCHES_NOTHING;
  }

  async people(
    p: Principal,
    runId: string,
    f: { status?: PayPersonStatus; municipality?: string; limit: number; cursor?: string | undefined },
    locale: Locale = DEFAULT_LOCALE,
  ) {
    await this.run(p, runId);
    const [municipalityId, municipalities] = await Promise.all([this.municipalityFilter(f.municipality), this.repo.municipalities()]);
    const page = await this.repo.listPeople(p.scope, runId, {
      status: f.status,
      municipalityId,
      limit: f.limit,
      cursor: f.cursor,
    });
    return { ...page, items: page.items.map((r) => personView(r, municipalities, locale)) };
  }

  async lines(
    p: Principal,
    runId: string,
    f: { staffId?: string; municipality?: string; limit: number; cursor?: string | undefined },
    locale: Locale = DEFAULT_LOCALE,
  ) {
    await this.run(p, runId);
    const filter: LinesFilter = { staffId: f.staffId, municipalityId: await this.municipalityFilter(f.municipality) };
    const page = await this.repo.listLines(p.scope, runId, { ...filter, limit: f.limit, cursor: f.cursor });
    const items = await this.lineViews(p, runId, page.items, await this.repo.municipalities());
    return { ...page, items: items.map((l) => ({ ...l, description: wordedNote(l.description, locale), label: payLineLabel(l, locale) })) };
  }

  /**
   * Every line of the run as CSV (UTF-8 with BOM so that Excel reads Albanian and Serbian
   * letters), read a batch at a time: machine columns with codes, and the line and its note
   * worded in the caller's language for people (docs/reports.md). The run is looked up first so that an invisible run
   * is a 404 before anything is sent.
   */
  async linesCsv(p: Principal, runId: string, f: { staffId?: string; municipality?: string }, locale: Locale = DEFAULT_LOCALE) {
    const run = await this.run(p, runId);
    const filter: LinesFilter = { staffId: f.staffId, municipalityId: await this.municipalityFilter(f.municipality) };
    const municipalities = await this.repo.municipalities();
    const repo = this.repo;
    const views = (rows: LineRow[]) => this.lineViews(p, runId, rows, municipalities);
    async function* chunks(): AsyncGenerator<string> {
      yield UTF8_BOM + LINES_HEADER;
      for await (const batch of repo.lineBatches(p.scope, runId, filter)) {
        yield (await views(batch))
          .map((l) => lineRecord(l, { label: payLineLabel(l, locale), note: l.description ? wordPayNote(locale, l.description) : null }))
          .join('');
      }
    }
    return { filename: `terren-lines-${shortId(run.id)}.csv`, chunks: chunks() };
  }

  private async lineViews(p: Principal, runId: string, rows: readonly LineRow[], municipalities: Municipalities): Promise<LineView[]> {
    const staffIds = [...new Set(rows.map((r) => r.staffId))];
    const eaIds = [...new Set(rows.flatMap((r) => (r.eaId ? [r.eaId] : [])))];
    const [people, eas] = await Promise.all([this.repo.personLabels(p.scope, runId, staffIds), this.repo.eas(p.scope, eaIds)]);
    return rows.map((r) => ({
      id: r.id.toString(),
      staffId: r.staffId,
      personName: people.get(r.staffId)?.fullName ?? null,
      personStatus: people.get(r.staffId)?.status ?? null,
      municipalityCode: municipalities.get(r.municipalityId)?.code ?? null,
      lineType: r.lineType,
      eaId: r.eaId,
      eaCode: r.eaId ? (eas.get(r.eaId)?.code ?? null) : null,
      unit: r.unit,
      quantity: r.quantity,
      basis: r.basis,
      rate: r.rate.toFixed(4),
      amount: formatCents(r.amountCents),
      tariffVersion: r.tariffVersion,
      periodFrom: fromDate(r.periodFrom),
      periodTo: fromDate(r.periodTo),
      description: noteOf(r.description),
    }));
  }

  /** What one person is paid in a run and why, line by line, with the arithmetic. */
  async statement(p: Principal, runId: string, staffId: string, locale: Locale = DEFAULT_LOCALE) {
    // Two statements (head, then lines with their EAs), the scope in every table's condition.
    const [head, rows] = await Promise.all([
      this.repo.statementHead(p.scope, runId, staffId),
      this.repo.statementLines(p.scope, runId, staffId),
    ]);
    if (!head) throw runNotFound();
    const { run, person, nationalId } = head;
    if (!person) throw new AppError('PAY_PERSON_UNKNOWN', 'this person is not in the pay run');
    const lines: StatementLineIn[] = rows.map((r) => ({
      id: r.id.toString(),
      lineType: r.lineType,
      eaId: r.eaId,
      eaCode: r.eaId ? r.eaCode : null,
      eaName: r.eaId ? r.eaName : null,
      unit: r.unit,
      quantity: r.quantity,
      basis: r.basis,
      rate: r.rate.toFixed(4),
      amountCents: r.amountCents,
      periodFrom: fromDate(r.periodFrom),
      periodTo: fromDate(r.periodTo),
      tariffVersion: r.tariffVersion,
      description: noteOf(r.description),
      diasporaListComplete: r.countId ? r.diasporaListComplete : null,
    }));
    const built = buildStatement(lines, { gross: person.grossCents, deductions: person.deductionsCents, net: person.netCents });
    const worded = <G extends { lines: readonly StatementLine[] }>(g: G) => ({ ...g, lines: g.lines.map((l) => wordedLine(l, locale)) });
    const groups = {
      timeBased: worded(built.timeBased),
      eas: built.eas.map(worded),
      deductions: worded(built.deductions),
      totals: built.totals,
    };
    const m = head.municipality;
    const iban = person.iban ? (masks(p) ? maskIban(person.iban) : formatIban(person.iban)) : null;
    return {
      person: {
        staffId: person.staffId,
        name: person.fullName,
        kind: person.kind,
        nationalId: nationalId === null ? null : masks(p) ? maskNationalId(nationalId) : nationalId,
        iban,
        /** the confirmed bank-account version paid */
        ibanVersion: person.ibanVersion,
        /** the contract the person was paid under when the run was computed */
        contractNumber: person.contractNumber,
        municipality: m ? { code: m.code, nameSq: m.nameSq, nameSr: m.nameSr } : null,
        status: person.status,
        ...blockReasons(person.blockReasons, locale),
      },
      run: {
        id: run.id,
        kind: run.kind,
        status: run.status,
        approved: run.status === 'APPROVED',
        createdAt: run.createdAt.toISOString(),
        approvedAt: run.approvedAt?.toISOString() ?? null,
      },
      tariff: {
        version: run.tariff.version,
        name: run.tariff.name,
        effectiveFrom: fromDate(run.tariff.effectiveFrom),
        currency: run.tariff.currency,
      },
      lines: { timeBased: groups.timeBased, eas: groups.eas, deductions: groups.deductions },
      /** false: the person is blocked; `net` is what the lines compute, not what is paid */
      payable: person.status === 'PAYABLE',
      gross: groups.totals.gross,
      deductions: groups.totals.deductions,
      net: groups.totals.net,
    };
  }
}

/**
 * A pay line's label in the reader's language, from what the line stores (`payLine.<KIND>` in
 * messages/: its kind, period, EA and unit; a charge-back: its reason, item and serial); a line
 * whose kind does not say it (no period, no EA) shows its note.
 */
export function payLineLabel(
  l: {
    readonly lineType: string;
    readonly unit: string | null;
    readonly eaCode: string | null;
    readonly periodFrom: string | null;
    readonly periodTo: string | null;
    readonly description: Notice | null;
  },
  locale: Locale,
): string | null {
  if ((l.lineType === 'SUPERVISOR_MONTH' || l.lineType === 'PREPARATORY') && l.periodFrom && l.periodTo)
    return wordNotice(locale, 'payLine', notice(l.lineType, { from: l.periodFrom, to: l.periodTo }));
  if ((l.lineType === 'PIECE' || l.lineType === 'HELD') && l.unit && l.eaCode)
    return wordNotice(locale, 'payLine', notice(l.lineType, { ea: l.eaCode, unit: l.unit }));
  if (l.lineType === 'TAX') return wordNotice(locale, 'payLine', notice('TAX'));
  if (l.lineType === 'CHARGEBACK' && l.description?.code === 'CHARGEBACK') return wordNotice(locale, 'payLine', l.description);
  return l.description ? wordPayNote(locale, l.description) : null;
}

/** A line's stored note as a coded message worded in the reader's language (null: none). */
export function wordedNote(n: Notice | null, locale: Locale) {
  return n === null ? null : { ...n, text: wordPayNote(locale, n) };
}

/** A statement line for the reader: its label, note and arithmetic worded in the reader's language (the codes kept). */
export function wordedLine(l: StatementLine, locale: Locale) {
  return {
    ...l,
    label: payLineLabel(l, locale),
    description: wordedNote(l.description, locale),
    arithmetic: { ...l.arithmetic, text: wordArithmetic(locale, l.arithmetic) },
  };
}

/** The stored note column (jsonb): null, or the notice. */
const noteOf = (stored: unknown): Notice | null => (stored === null || stored === undefined ? null : noticeOf(stored));

/** A person's stored block reasons as codes, each worded in the caller's language, and all of them as one line. */
function blockReasons(stored: unknown, locale: Locale) {
  const reasons = noticesOf(stored).map((n) => ({ ...n, text: wordNotice(locale, 'block', n) }));
  return { blockReasons: reasons, blockReason: reasons.length ? reasons.map((r) => r.text).join('; ') : null };
}

export function personView(r: PersonRow, municipalities: Municipalities, locale: Locale = DEFAULT_LOCALE) {
  const m = municipalities.get(r.municipalityId);
  return {
    staffId: r.staffId,
    name: r.fullName,
    kind: r.kind,
    municipality: m ? { code: m.code, nameSq: m.nameSq } : null,
    status: r.status,
    ...blockReasons(r.blockReasons, locale),
    gross: formatCents(r.grossCents),
    deductions: formatCents(r.deductionsCents),
    net: formatCents(r.netCents),
  };
}
