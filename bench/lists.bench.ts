/**
 * Pages of the staff list (issue #15, "One list convention"): the first page and the 1,000th
 * page reached by keyset cursor should cost the same; a name search and a municipality's list
 * as well. Baseline in the same run: the old positional query for the 1,000th page
 * (OFFSET 49,950), so the report shows a ratio.
 *
 * A fresh database is created, migrated and filled with 100,000 staff rows (one in four in
 * Prishtinë, the rest spread over the other 37 municipalities); it is dropped at the end.
 * Requests go through `StaffRepository.list`, the query the route runs (the service around it
 * only masks IBANs for municipal callers). `BENCH_ROWS` changes the size, `BENCH_REQUESTS` the
 * requests per case, `BENCH_DATABASE_SERVER` the server
 * (default postgresql://postgres@127.0.0.1:5432/postgres), `BENCH_KEEP_DB=1` keeps the database.
 */
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import { openPg } from '../src/common/prisma/database.js';
import { applyMigrations, readMigrations } from '../src/common/prisma/migrator.js';
import { connectPg } from '../src/common/prisma/sql-runner.js';
import { nationalScope, type Scope } from '../src/common/scope/scope.js';
import { seedGeography } from '../src/geography/geography.seed.js';
import { type StaffFilter, StaffRepository, staffSelect } from '../src/staff/staff.repository.js';
import type { PrismaClient } from '../src/common/prisma/prisma.module.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50);
const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB = `terren_bench_lists_${process.pid}`;
const LIMIT = 50;
/** The 1,000th page of 50 starts after row 49,950. */
const DEEP_PAGE = 1_000;

const urlOf = (db: string) => {
  const u = new URL(SERVER);
  u.pathname = `/${db}`;
  return u.toString();
};

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const FIRST = ['Arta', 'Besnik', 'Drita', 'Fatmir', 'Gentiana', 'Ilir', 'Jehona', 'Kujtim', 'Lirie', 'Mentor', 'Nora', 'Petrit'];
const LAST = ['Berisha', 'Gashi', 'Krasniqi', 'Morina', 'Hoxha', 'Shala', 'Kelmendi', 'Bytyqi', 'Jovanović', 'Petrović', 'Rama', 'Zeka'];

/** 100,000 people made by PostgreSQL itself: names from the lists above plus a number, so names repeat in words but rarely in full. */
async function fill(c: pg.Client, prishtineId: string): Promise<void> {
  await c.query(
    `INSERT INTO "StaffMember" (id, kind, "nationalId", "fullName", community, "languageOfWork", "municipalityId", status, "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'ENUMERATOR', (1000000000 + i)::text,
            ($2::text[])[1 + i % 12] || ' ' || ($3::text[])[1 + (i / 13) % 12] || ' ' || (i % 997)::text,
            'ALBANIAN', 'SQ',
            CASE WHEN i % 4 = 0 THEN $4::uuid ELSE m.ids[1 + i % array_length(m.ids, 1)] END,
            'ACTIVE', now() - make_interval(secs => i), now()
       FROM generate_series(1, $1::int) AS i,
            (SELECT array_agg(id ORDER BY code) AS ids FROM "Municipality" WHERE id <> $4::uuid) AS m`,
    [ROWS, FIRST, LAST, prishtineId],
  );
  await c.query('VACUUM ANALYZE "StaffMember"');
}

const cursorOf = (sort: string, k: readonly unknown[]) => Buffer.from(JSON.stringify({ s: sort, k }), 'utf8').toString('base64url');

interface Row {
  readonly name: string;
  readonly p50: number;
  readonly p99: number;
  readonly rows: number;
  readonly total: number;
}

async function measure(name: string, run: () => Promise<{ items: readonly unknown[]; total: number }>): Promise<Row> {
  for (let i = 0; i < 5; i++) await run(); // warm-up: plans cached, pages in memory
  const times: number[] = [];
  let last = { items: [] as readonly unknown[], total: 0 };
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    last = await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { name, p50: at(0.5), p99: at(0.99), rows: last.items.length, total: last.total };
}

/** The list query before keyset paging: the same filters, `ORDER BY fullName, id OFFSET n`. */
async function offsetPage(prisma: PrismaClient, scope: Scope, offset: number) {
  const where = scope.kind === 'national' ? {} : { municipalityId: { in: [...scope.municipalityIds] } };
  const [items, total] = await Promise.all([
    prisma.staffMember.findMany({ where, select: staffSelect, orderBy: [{ fullName: 'asc' }, { id: 'asc' }], take: LIMIT, skip: offset }),
    prisma.staffMember.count({ where }),
  ]);
  return { items, total };
}

async function main(): Promise<void> {
  const url = urlOf(DB);
  await admin(`DROP DATABASE IF EXISTS "${DB}"`);
  await admin(`CREATE DATABASE "${DB}"`);
  const handle = openPg(url, 4);
  const c = new pg.Client({ connectionString: url });
  try {
    const t = performance.now();
    const runner = await connectPg(url);
    await applyMigrations(runner, await readMigrations());
    await runner.close();
    await seedGeography(handle.prisma);
    await c.connect();
    const prishtineId = (await c.query<{ id: string }>(`SELECT id FROM "Municipality" WHERE code = 'prishtine'`)).rows[0]!.id;
    await fill(c, prishtineId);
    console.log(`setup: ${ROWS.toLocaleString('en')} staff rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const repo = new StaffRepository(handle.prisma);
    const municipal: Scope = { kind: 'municipal', municipalityIds: [prishtineId] };
    const page = (scope: Scope, f: Partial<StaffFilter>) => repo.list(scope, { sort: 'fullName', limit: LIMIT, ...f });

    // Cursors of the last row before a deep page, as the previous page would have given them.
    const keyAt = async (offset: number, municipalityId: string | null, order: string) => {
      const r = await c.query<{ fullName: string; id: string; createdAt: Date }>(
        `SELECT "fullName", id, "createdAt" FROM "StaffMember" ${municipalityId ? `WHERE "municipalityId" = '${municipalityId}'` : ''}
          ORDER BY ${order} OFFSET ${offset - 1} LIMIT 1`,
      );
      return r.rows[0]!;
    };
    const deepOffset = (DEEP_PAGE - 1) * LIMIT;
    const municipalRows = Math.floor(ROWS / 4);
    const municipalDeepPage = Math.floor(municipalRows / LIMIT / 2);
    const municipalOffset = (municipalDeepPage - 1) * LIMIT;
    const byName = await keyAt(deepOffset, null, '"fullName", id');
    const byNameDesc = await keyAt(deepOffset, null, '"createdAt" DESC, id DESC');
    const municipalByName = await keyAt(municipalOffset, prishtineId, '"fullName", id');
    const deepCursor = cursorOf('fullName', [byName.fullName, byName.id]);

    // The keyset page must be the offset page.
    const check = await page(nationalScope, { cursor: deepCursor });
    const baseline = await offsetPage(handle.prisma, nationalScope, deepOffset);
    if (check.items.map((r) => r.id).join() !== baseline.items.map((r) => r.id).join()) throw new Error('keyset and offset pages differ');

    console.log(`machine: ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)} before timing`);
    const rows: Row[] = [];
    rows.push(await measure('national, first page (sort=fullName)', () => page(nationalScope, {})));
    rows.push(await measure(`national, page ${DEEP_PAGE} by keyset cursor`, () => page(nationalScope, { cursor: deepCursor })));
    rows.push(
      await measure(`national, page ${DEEP_PAGE} by OFFSET ${deepOffset} (old)`, () =>
        offsetPage(handle.prisma, nationalScope, deepOffset),
      ),
    );
    rows.push(
      await measure(`national, page ${DEEP_PAGE} by keyset, sort=-createdAt`, () =>
        page(nationalScope, {
          sort: '-createdAt',
          cursor: cursorOf('-createdAt', [{ d: byNameDesc.createdAt.toISOString() }, byNameDesc.id]),
        }),
      ),
    );
    rows.push(await measure('national, name search q=Krasniq, first page', () => page(nationalScope, { q: 'Krasniq' })));
    rows.push(await measure('national, name search q=Jovan, first page', () => page(nationalScope, { q: 'Jovan' })));
    rows.push(await measure('national, national id search q=10000123', () => page(nationalScope, { q: '10000123' })));
    rows.push(await measure('municipal (Prishtinë), first page', () => page(municipal, {})));
    rows.push(
      await measure(`municipal, page ${municipalDeepPage} by keyset cursor`, () =>
        page(municipal, { cursor: cursorOf('fullName', [municipalByName.fullName, municipalByName.id]) }),
      ),
    );
    rows.push(
      await measure(`municipal, page ${municipalDeepPage} by OFFSET ${municipalOffset} (old)`, () =>
        offsetPage(handle.prisma, municipal, municipalOffset),
      ),
    );
    rows.push(await measure('municipal, name search q=Krasniq', () => page(municipal, { q: 'Krasniq' })));

    const w = Math.max(...rows.map((r) => r.name.length));
    console.log(`\n${'case'.padEnd(w)} | p50 ms | p99 ms | rows | total`);
    console.log(`${'-'.repeat(w)}-|--------|--------|------|-------`);
    for (const r of rows)
      console.log(
        `${r.name.padEnd(w)} | ${r.p50.toFixed(1).padStart(6)} | ${r.p99.toFixed(1).padStart(6)} | ${String(r.rows).padStart(4)} | ${r.total}`,
      );
    const p50 = (name: string) => rows.find((r) => r.name.startsWith(name))!.p50;
    console.log(
      `\nratio p50: old OFFSET page ${DEEP_PAGE} / keyset page ${DEEP_PAGE} = ${(p50(`national, page ${DEEP_PAGE} by OFFSET`) / p50(`national, page ${DEEP_PAGE} by keyset cursor`)).toFixed(1)}; ` +
        `keyset page ${DEEP_PAGE} / first page = ${(p50(`national, page ${DEEP_PAGE} by keyset cursor`) / p50('national, first page')).toFixed(2)}`,
    );
    console.log(
      `(${REQUESTS} requests per case after 5 warm-up; StaffRepository.list, count included; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`,
    );
  } finally {
    await c.end().catch(() => undefined);
    await handle.prisma.$disconnect();
    if (!process.env.BENCH_KEEP_DB) await admin(`DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
