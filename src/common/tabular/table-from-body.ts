import { AppError } from '../errors/app-error.js';
import { parseCsv, parseJsonRows, type Table, type TableResult } from './parse-table.js';

/** An uploaded file (CSV text or JSON rows) as a table; a body that cannot be read is 400 IMPORT_FORMAT. */
export function tableFromBody(body: unknown, contentType: string | undefined): Table {
  let parsed: TableResult;
  if (typeof body === 'string') parsed = parseCsv(body);
  else if (body !== undefined && body !== null && /\bjson\b/i.test(contentType ?? '')) parsed = parseJsonRows(body);
  else if (/\b(csv|plain|json)\b/i.test(contentType ?? ''))
    parsed = { ok: false, problems: [{ row: 1, reason: 'the file is empty: the first line must be the header' }] };
  else parsed = { ok: false, problems: [{ reason: 'send the file as text/csv (UTF-8) or application/json' }] };
  if (!parsed.ok) throw new AppError('IMPORT_FORMAT', 'the file cannot be read', parsed.problems);
  return parsed.table;
}
