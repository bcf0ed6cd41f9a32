import { z } from 'zod';
import { AppError, problem } from '../errors/app-error.js';

/**
 * The one list convention (docs/api.md, "Lists"): every list answers
 * `{ items, total, nextCursor }`; `limit` is honoured up to {@link LIST_MAX_LIMIT}; `cursor`
 * is the opaque `nextCursor` of the previous page; `sort` names one of the list's declared
 * orders (`-name` descending); `q` searches where the list declares it.
 *
 * Big lists page by keyset (the cursor holds the last row's sort key, so page 1,000 costs what
 * page 1 costs); small lists may page by position ({@link offsetPage}) behind the same cursor.
 */
export const LIST_DEFAULT_LIMIT = 50;
export const LIST_MAX_LIMIT = 500;

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly nextCursor: string | null;
}

/** The response schema of a list of `item`. */
export function listResponse<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int().min(0).describe('Rows matching the filters, across all pages'),
      nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
    })
    .meta({ id });
}

const cursorParam = z.string().min(1).max(2000).describe('The `nextCursor` of the previous page');
const limitParam = (max: number, dflt: number) =>
  z.coerce.number().int().min(1).max(max).default(dflt).describe(`Rows per page (at most ${max})`);

/** Query of a list without a choice of order: `limit`, `cursor`. */
export const pageParams = z.object({ limit: limitParam(LIST_MAX_LIMIT, LIST_DEFAULT_LIMIT), cursor: cursorParam.optional() });

/**
 * Query of a list with named orders: `limit`, `cursor`, `sort` (one of `sorts`, or `-` + one
 * of them for descending) and, when `search` is set, `q`. Extend it with the list's filters.
 */
export function listQuery<const S extends readonly [string, ...string[]]>(opts: {
  readonly sorts: S;
  readonly defaultSort?: S[number] | `-${S[number]}`;
  readonly search?: string;
  readonly maxLimit?: number;
}) {
  type Sort = S[number] | `-${S[number]}`;
  const values = [...opts.sorts, ...opts.sorts.map((s) => `-${s}`)] as [Sort, ...Sort[]];
  return z.object({
    limit: limitParam(opts.maxLimit ?? LIST_MAX_LIMIT, LIST_DEFAULT_LIMIT),
    cursor: cursorParam.optional(),
    sort: z
      .enum(values)
      .default((opts.defaultSort ?? opts.sorts[0]) as never)
      .describe(`Order: ${opts.sorts.join(', ')}; prefix with - for descending`),
    ...(opts.search ? { q: z.string().trim().min(1).max(200).optional().describe(opts.search) } : {}),
  });
}

/** A sort value split into its key and direction. */
export function sortOf<K extends string>(sort: K | `-${K}`): { key: K; dir: 'asc' | 'desc' } {
  return sort.startsWith('-') ? { key: sort.slice(1) as K, dir: 'desc' } : { key: sort as K, dir: 'asc' };
}

type KeyValue = string | number | boolean | Date;
interface CursorBody {
  /** The sort this cursor belongs to. */
  readonly s: string;
  /** Keyset: the last row's sort key (dates as {d: iso}). */
  readonly k?: readonly (string | number | boolean | { d: string })[];
  /** Position: rows to skip. */
  readonly o?: number;
}

function encode(body: CursorBody): string {
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** A cursor that cannot be read here: NOT_A_CURSOR, or CURSOR_OTHER_SORT (start again without it). */
function badCursor(code: 'NOT_A_CURSOR' | 'CURSOR_OTHER_SORT'): AppError {
  return new AppError('VALIDATION_FAILED', 'request validation failed', [problem(code, {}, { field: 'cursor' })]);
}

function decode(cursor: string, sort: string): CursorBody {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('NOT_A_CURSOR');
  }
  if (typeof body !== 'object' || body === null || typeof (body as CursorBody).s !== 'string') {
    throw badCursor('NOT_A_CURSOR');
  }
  if ((body as CursorBody).s !== sort) throw badCursor('CURSOR_OTHER_SORT');
  return body as CursorBody;
}

/** One column of a keyset order; the last one must be unique (usually `id`). */
export interface KeyColumn {
  readonly field: string;
  readonly dir: 'asc' | 'desc';
}

/** A row id in a cursor: a UUID, or an event number (audit). */
const ROW_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{1,30})$/i;

/** Reads a keyset cursor: the last row's key, or null for the first page. */
export function keysetAfter(cursor: string | undefined, sort: string, columns: readonly KeyColumn[]): KeyValue[] | null {
  if (!cursor) return null;
  const body = decode(cursor, sort);
  if (!Array.isArray(body.k) || body.k.length !== columns.length) throw badCursor('NOT_A_CURSOR');
  // A forged id would reach the database as a malformed uuid: refuse it here, as the cursor's fault.
  const idAt = columns.findIndex((c) => c.field === 'id');
  if (idAt >= 0 && !(typeof body.k[idAt] === 'string' && ROW_ID.test(body.k[idAt]))) throw badCursor('NOT_A_CURSOR');
  return body.k.map((v) => (typeof v === 'object' && v !== null && typeof v.d === 'string' ? new Date(v.d) : (v as KeyValue)));
}

/**
 * The Prisma `where` that starts after `after` in the order `columns` (non-null columns):
 * `(a > x) OR (a = x AND b > y) OR …`. Combine it with the list's filters under `AND`.
 */
export function keysetWhere(columns: readonly KeyColumn[], after: readonly KeyValue[] | null): Record<string, unknown> {
  if (!after) return {};
  const or = columns.map((col, i) => {
    const equal = Object.fromEntries(columns.slice(0, i).map((c, j) => [c.field, after[j]]));
    return { ...equal, [col.field]: { [col.dir === 'asc' ? 'gt' : 'lt']: after[i] } };
  });
  // The redundant bound on the first column lets PostgreSQL start the index scan at the
  // cursor instead of filtering every earlier row (the OR alone is not an index condition).
  const first = columns[0]!;
  return { [first.field]: { [first.dir === 'asc' ? 'gte' : 'lte']: after[0] }, OR: or };
}

/** The Prisma `orderBy` of a keyset order. */
export const keysetOrderBy = (columns: readonly KeyColumn[]) => columns.map((c) => ({ [c.field]: c.dir }));

/**
 * A keyset page from rows read with `take: limit + 1`: the extra row only says that there is a
 * next page; the cursor holds the key of the last row shown.
 */
export function keysetPage<T>(
  rows: readonly T[],
  limit: number,
  total: number,
  sort: string,
  keyOf: (row: T) => readonly KeyValue[],
): Page<T> {
  const items = rows.slice(0, limit);
  const more = rows.length > limit && items.length > 0;
  const k = more ? keyOf(items[items.length - 1]!).map((v) => (v instanceof Date ? { d: v.toISOString() } : v)) : undefined;
  return { items, total, nextCursor: more ? encode({ s: sort, k }) : null };
}

/** Rows to skip for a positional cursor (small lists). */
export function offsetOf(cursor: string | undefined, sort = ''): number {
  if (!cursor) return 0;
  const body = decode(cursor, sort);
  if (typeof body.o !== 'number' || !Number.isInteger(body.o) || body.o < 0) throw badCursor('NOT_A_CURSOR');
  return body.o;
}

/** A positional page: `items` read with `skip: offset, take: limit`. */
export function offsetPage<T>(items: T[], offset: number, limit: number, total: number, sort = ''): Page<T> {
  const next = offset + items.length;
  return { items, total, nextCursor: items.length === limit && next < total ? encode({ s: sort, o: next }) : null };
}

/** A page of a list held in memory (small lists computed by a service). */
export function pageArray<T>(all: readonly T[], q: { limit: number; cursor?: string | undefined; sort?: string }): Page<T> {
  const offset = offsetOf(q.cursor, q.sort ?? '');
  return offsetPage(all.slice(offset, offset + q.limit), offset, q.limit, all.length, q.sort ?? '');
}
