import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
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
}

type Column = { readonly header: string; readonly width: number; readonly money: boolean };

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

  const sheet = (name: string, columns: readonly Column[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
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

  const ms = sheet('Municipalities', MUNICIPALITY_COLUMNS);
  for (const m of input.municipalities) add(ms, municipalityRow(m), MUNICIPALITY_COLUMNS);
  add(ms, totalRow(input.municipalities), MUNICIPALITY_COLUMNS, true);
  ms.commit();

  const ps = sheet('People', PEOPLE_COLUMNS);
  for await (const batch of input.people) {
    for (const p of batch) add(ps, personRow(p), PEOPLE_COLUMNS);
    // Let the client catch up before reading the next batch.
    if (out.writableNeedDrain) await once(out, 'drain');
  }
  ps.commit();

  const runColumns: readonly Column[] = [
    { header: 'Field', width: 18, money: false },
    { header: 'Value', width: 56, money: false },
  ];
  const rs = sheet('Run', runColumns);
  for (const [field, value] of runRows(input.run)) {
    add(
      rs,
      [field, value],
      RUN_MONEY_FIELDS.has(field) ? [runColumns[0] as Column, { ...(runColumns[1] as Column), money: true }] : runColumns,
      field === 'Approval',
    );
  }
  rs.commit();
  await wb.commit();
}
