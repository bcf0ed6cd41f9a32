import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { messageCatalogue } from '../../common/i18n/catalogue.js';
import { formatInstant } from '../../common/i18n/format.js';
import type { Locale } from '../../common/i18n/locales.js';
import {
  MONEY_FORMAT,
  MUNICIPALITY_COLUMNS,
  municipalityRow,
  PEOPLE_COLUMNS,
  personRow,
  RUN_MONEY_FIELDS,
  runRows,
  totalRow,
  type MunicipalityTotals,
  type PersonTotals,
  type RunFacts,
  type SheetValue,
} from './domain/summary-sheets.js';

export interface SummaryWorkbookInput {
  readonly run: RunFacts;
  readonly municipalities: readonly MunicipalityTotals[];
  /** people in sheet order, a batch at a time */
  readonly people: AsyncIterable<readonly PersonTotals[]>;
  readonly now: Date;
  /** the reader's language (the request's Accept-Language): sheet names, headers and worded values */
  readonly locale: Locale;
}

type Column = { readonly header: string; readonly width: number; readonly money: boolean };

/** The catalogue key (export.summary.*) of each label the sheets name a column or a field with. */
const LABEL_KEYS: Readonly<Record<string, string>> = {
  Municipality: 'municipality',
  People: 'people',
  Blocked: 'blocked',
  Gross: 'gross',
  Deductions: 'deductions',
  Net: 'net',
  'Net of blocked (not paid)': 'netBlocked',
  Name: 'name',
  IBAN: 'iban',
  Status: 'status',
  'Block reason': 'blockReason',
  Field: 'field',
  Value: 'value',
  Approval: 'approval',
  'Run id': 'runId',
  Kind: 'kind',
  Scope: 'scope',
  'Tariff version': 'tariffVersion',
  'Tariff name': 'tariffName',
  Currency: 'currency',
  'Created by': 'createdBy',
  'Created at': 'createdAt',
  'Computed at': 'computedAt',
  'Approved by': 'approvedBy',
  'Approved at': 'approvedAt',
  'People paid': 'peoplePaid',
  'People blocked': 'peopleBlocked',
};

/** Words of the workbook in the reader's language; the rows' codes and instants worded. */
function wording(locale: Locale, run: RunFacts) {
  const catalogue = messageCatalogue();
  const t = (key: string, values?: Record<string, string>) => catalogue.format(locale, key, values);
  const label = (english: string) => (LABEL_KEYS[english] ? t(`export.summary.${LABEL_KEYS[english]}`) : english);
  const status = t(`report.runStatus.${run.status}`);
  const instant = (v: SheetValue) => (typeof v === 'string' && v !== '' ? `${formatInstant(v, locale, 'UTC')} UTC` : v);
  const runValue = (field: string, value: SheetValue): SheetValue => {
    switch (field) {
      case 'Approval':
        return run.status === 'APPROVED' ? t('export.summary.approvedFinal') : t('export.summary.draft', { status });
      case 'Kind':
        return t(`report.runKind.${run.kind}`);
      case 'Status':
        return status;
      case 'Scope':
        return run.scope === 'national' ? t('export.summary.national') : value;
      case 'Approved by':
      case 'Approved at':
        return run.status === 'APPROVED' ? (field === 'Approved at' ? instant(value) : value) : t('export.summary.notApproved');
      case 'Created at':
      case 'Computed at':
        return instant(value);
      default:
        return value;
    }
  };
  return { t, label, runValue, personStatus: (code: SheetValue) => t(`report.payStatus.${String(code)}`) };
}

/**
 * The one place that knows exceljs. The workbook is written as it is read (exceljs's
 * streaming writer, no shared strings), so a run of any size never sits in memory. Values
 * arrive as strings and numbers only: a string is stored as a string cell, never as a
 * formula (formulas need an explicit { formula } value, which this writer never creates).
 */
export function summaryWorkbookStream(input: SummaryWorkbookInput): Readable {
  const out = new PassThrough();
  write(out, input).catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

async function write(out: PassThrough, input: SummaryWorkbookInput): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'terren';
  wb.created = input.now;

  const w = wording(input.locale, input.run);
  const sheet = (name: string, columns: readonly Column[]) => {
    const ws = wb.addWorksheet(w.t(`export.summary.sheet.${name}`), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((c, i) => ({ header: w.label(c.header), key: `c${i}`, width: c.width }));
    ws.getRow(1).font = { bold: true };
    return ws;
  };
  const add = (ws: ExcelJS.Worksheet, values: readonly SheetValue[], columns: readonly Column[], bold = false) => {
    const row = ws.addRow([...values]);
    columns.forEach((c, i) => {
      if (c.money) row.getCell(i + 1).numFmt = MONEY_FORMAT;
    });
    if (bold) row.font = { bold: true };
    row.commit();
  };

  const ms = sheet('municipalities', MUNICIPALITY_COLUMNS);
  for (const m of input.municipalities) add(ms, municipalityRow(m), MUNICIPALITY_COLUMNS);
  const [, ...totals] = totalRow(input.municipalities);
  add(ms, [w.t('export.summary.total'), ...totals], MUNICIPALITY_COLUMNS, true);
  ms.commit();

  const ps = sheet('people', PEOPLE_COLUMNS);
  const statusColumn = PEOPLE_COLUMNS.findIndex((c) => c.header === 'Status');
  for await (const batch of input.people) {
    for (const p of batch)
      add(
        ps,
        personRow(p).map((v, i) => (i === statusColumn ? w.personStatus(v) : v)),
        PEOPLE_COLUMNS,
      );
    // Let the client catch up before reading the next batch.
    if (out.writableNeedDrain) await once(out, 'drain');
  }
  ps.commit();

  const runColumns: readonly Column[] = [
    { header: 'Field', width: 18, money: false },
    { header: 'Value', width: 56, money: false },
  ];
  const rs = sheet('run', runColumns);
  for (const [field, value] of runRows(input.run)) {
    add(
      rs,
      [w.label(field), w.runValue(field, value)],
      RUN_MONEY_FIELDS.has(field) ? [runColumns[0] as Column, { ...(runColumns[1] as Column), money: true }] : runColumns,
      field === 'Approval',
    );
  }
  rs.commit();
  await wb.commit();
}
