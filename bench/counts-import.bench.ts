/**
 * Benchmark 2 of the payroll issue: import of a 1,000,000-row counts CSV with full
 * validation, against the baseline of PostgreSQL loading the same file itself (`psql \copy`
 * into a table with the same constraints: NOT NULL, CHECK non-negative, unique (ea_code,
 * enumerator_id)). Goal: ratio ≤ 2.0.
 *
 * A fresh database is created, migrated and filled with 1,000,000 EAs, 500,000 enumerators
 * (two EAs each) and their 1,000,000 assignments; it is dropped at the end.
 * `BENCH_ROWS` changes the size, `BENCH_DATABASE_SERVER` the server
 * (default postgresql://postgres@127.0.0.1:5432/postgres), `BENCH_KEEP_DB=1` keeps the
 * database and files. Also printed: the floor (PostgreSQL's own \copy of the same rows,
 * already resolved to ids, into EaCount) and a re-import of the unchanged file.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import pg from 'pg';
import { openPg } from '../src/common/prisma/database.js';
import { applyMigrations, readMigrations } from '../src/common/prisma/migrator.js';
import { connectPg } from '../src/common/prisma/sql-runner.js';
import { nationalScope } from '../src/common/scope/scope.js';
import { Role } from '../src/generated/prisma/enums.js';
import { seedGeography } from '../src/geography/geography.seed.js';
import { CountImportRepository } from '../src/payroll/counts/count-import.repository.js';
import { CountImportService } from '../src/payroll/counts/count-import.service.js';
import { CountFlagRepository } from '../src/payroll/counts/quality/count-flag.repository.js';
import { TariffRepository } from '../src/payroll/tariffs/tariff.repository.js';
import { seedExampleTariff } from '../src/payroll/tariffs/tariff.demo.js';
import type { Principal } from '../src/auth/principal.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB = `terren_bench_counts_${process.pid}`;
const FILE = path.join(tmpdir(), `${DB}.csv`);
const RESOLVED = path.join(tmpdir(), `${DB}.resolved.tsv`);
const EA_COUNT_COLUMNS =
  'id, "eaId", "enumeratorId", "municipalityId", version, "isCurrent", buildings, dwellings, households, individuals, "diasporaPersons", "diasporaListComplete"';

const urlOf = (db: string) => {
  const u = new URL(SERVER);
  u.pathname = `/${db}`;
  return u.toString();
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** Row i: EA B-<i>, enumerator 2000000000 + i/2 (two EAs each), plausible counts, 1 in 3 lists incomplete. */
async function writeCsv(): Promise<void> {
  const out = createWriteStream(FILE);
  let buf = 'ea_code,enumerator_id,buildings,dwellings,households,individuals,diaspora_persons,diaspora_list_complete\n';
  for (let i = 0; i < ROWS; i++) {
    const b = 20 + (i % 180);
    const d = b + (i % 37);
    const h = d - (i % 5);
    buf += `B-${String(i).padStart(7, '0')},${2_000_000_000 + (i >> 1)},${b},${d},${h},${h * 3 + (i % 11)},${i % 13},${i % 3 ? 'true' : 'false'}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

/**
 * EAs, enumerators and assignments made by PostgreSQL itself. Secondary indexes are dropped
 * while filling and built again afterwards (a build is far faster than a million inserts).
 */
async function fillReferenceData(c: pg.Client): Promise<void> {
  const tables = ['EnumerationArea', 'StaffMember', 'EaAssignment'];
  const indexes = await c.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
    [tables],
  );
  for (const ix of indexes.rows) await c.query(`DROP INDEX "${ix.name}"`);
  await c.query(`CREATE TEMP TABLE mun AS SELECT row_number() OVER (ORDER BY code) - 1 AS n, id FROM "Municipality"`);
  await c.query(
    `INSERT INTO "StaffMember" (id, kind, "nationalId", "fullName", community, "languageOfWork", "municipalityId", "engagementStart", "engagementEnd", "updatedAt")
     SELECT gen_random_uuid(), 'ENUMERATOR', (2000000000 + k)::text, 'Enumerator ' || k, 'ALBANIAN', 'SQ', mun.id, '2023-10-15', '2023-12-15', now()
       FROM generate_series(0, $1::int - 1) k JOIN mun ON mun.n = k % 38`,
    [Math.ceil(ROWS / 2)],
  );
  await c.query(
    `INSERT INTO "EnumerationArea" (id, code, "municipalityId", "updatedAt")
     SELECT gen_random_uuid(), 'B-' || lpad(i::text, 7, '0'), mun.id, now()
       FROM generate_series(0, $1::int - 1) i JOIN mun ON mun.n = (i / 2) % 38`,
    [ROWS],
  );
  await c.query(
    `INSERT INTO "EaAssignment" (id, "eaId", "enumeratorId", "municipalityId", "validFrom", "validTo", "updatedAt")
     SELECT gen_random_uuid(), e.id, s.id, e."municipalityId", '2023-11-01', '2023-12-15', now()
       FROM "EnumerationArea" e
       JOIN "StaffMember" s ON s."nationalId" = (2000000000 + substr(e.code, 3)::int / 2)::text`,
  );
  for (const ix of indexes.rows) await c.query(ix.def);
  await c.query('ANALYZE');
}

/** Runs one psql meta-command; returns its wall time. */
function psql(url: string, command: string): number {
  const started = performance.now();
  const res = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (res.status !== 0) throw new Error(`psql failed: ${res.stderr || res.error?.message}`);
  return ms;
}

const CONSTRAINED = `(
  ea_code text NOT NULL, enumerator_id text NOT NULL,
  buildings int NOT NULL CHECK (buildings >= 0), dwellings int NOT NULL CHECK (dwellings >= 0),
  households int NOT NULL CHECK (households >= 0), individuals int NOT NULL CHECK (individuals >= 0),
  diaspora_persons int NOT NULL CHECK (diaspora_persons >= 0), diaspora_list_complete boolean NOT NULL,
  UNIQUE (ea_code, enumerator_id))`;

/**
 * The same rows already resolved to ids, in the order and with the kind of ids terren writes:
 * loading this file into EaCount with plain \copy is the floor set by the table itself
 * (its heap and three indexes), whatever the importer does.
 */
function writeResolved(url: string): void {
  psql(url, 'CREATE TABLE counts_source (ea_code text, enumerator_id text, b int, d int, h int, i int, p int, c boolean)');
  psql(url, `\\copy counts_source FROM '${FILE}' WITH (FORMAT csv, HEADER true)`);
  psql(
    url,
    `\\copy (SELECT ('01900000-0000-7000-8000-' || lpad(to_hex(row_number() OVER (ORDER BY s.id, e.id)), 12, '0'))::uuid, e.id, s.id, e."municipalityId", 1, true, x.b, x.d, x.h, x.i, x.p, x.c FROM counts_source x JOIN "EnumerationArea" e ON e.code = x.ea_code JOIN "StaffMember" s ON s."nationalId" = x.enumerator_id ORDER BY s.id, e.id) TO '${RESOLVED}'`,
  );
  psql(url, 'DROP TABLE counts_source');
}

async function main(): Promise<void> {
  const url = urlOf(DB);
  await admin(`DROP DATABASE IF EXISTS "${DB}"`);
  await admin(`CREATE DATABASE "${DB}"`);
  const handle = openPg(url, 4);
  try {
    let t = performance.now();
    const runner = await connectPg(url);
    await applyMigrations(runner, await readMigrations());
    await runner.close();
    await seedGeography(handle.prisma);
    await seedExampleTariff(handle.prisma);
    const user = await handle.prisma.user.create({ data: { email: 'bench@bench.terren', passwordHash: 'x', role: Role.FINANCE } });
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await fillReferenceData(c);
    await c.query(`CREATE TABLE counts_baseline ${CONSTRAINED}`);
    await writeCsv();
    writeResolved(url);
    console.log(
      `setup: ${ROWS.toLocaleString('en')} EAs and count rows, ${Math.ceil(ROWS / 2).toLocaleString('en')} enumerators and ${ROWS.toLocaleString('en')} assignments in ${seconds(performance.now() - t)}`,
    );

    // Other work on the machine moves these figures: say how busy it was.
    console.log(`machine: ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)} before timing`);
    await c.query('CHECKPOINT');
    const baseMs = psql(url, `\\copy counts_baseline FROM '${FILE}' WITH (FORMAT csv, HEADER true)`);

    const service = new CountImportService(
      new CountImportRepository(handle),
      new TariffRepository(handle.prisma),
      new CountFlagRepository(handle),
    );
    const p: Principal = { userId: user.id, email: user.email, role: Role.FINANCE, municipalityId: null, scope: nationalScope };
    const phases: string[] = [];
    const observe = (phase: string, ms: number) => phases.push(`${phase} ${seconds(ms)}`);
    await c.query('CHECKPOINT');
    t = performance.now();
    const text = await readFile(FILE, 'utf8');
    const result = await service.run(p, text, 'text/csv', false, { observe });
    const oursMs = performance.now() - t;
    const firstPhases = phases.splice(0);

    t = performance.now();
    const again = await service.run(p, text, 'text/csv', false, { observe });
    const againMs = performance.now() - t;

    const counts = await c.query<{ current: string; base: string }>(
      `SELECT (SELECT count(*) FROM "EaCount" WHERE "isCurrent") AS current, (SELECT count(*) FROM counts_baseline) AS base`,
    );
    // Last, on an empty table again: the same rows, already resolved, loaded by PostgreSQL itself.
    await c.query('TRUNCATE "EaCount"');
    await c.query('CHECKPOINT');
    const floorMs = psql(url, `\\copy "EaCount" (${EA_COUNT_COLUMNS}) FROM '${RESOLVED}'`);
    await c.end();
    const { current, base } = counts.rows[0] as { current: string; base: string };
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const n = (x: number | string) => Number(x).toLocaleString('en');
    console.log(`baseline: psql \\copy into a table with the same constraints : ${seconds(baseMs)} (${n(base)} rows)`);
    console.log(
      `terren:   import with full validation, new versions     : ${seconds(oursMs)} (created ${n(result.created)}; ${firstPhases.join(', ')})`,
    );
    console.log(`ratio:    terren / baseline                             : ${(oursMs / baseMs).toFixed(2)} (goal ≤ 2.0)`);
    console.log(
      `floor:    psql \\copy of the resolved rows into EaCount    : ${seconds(floorMs)} (= ${(floorMs / baseMs).toFixed(2)} × baseline: the table's heap and 3 indexes alone)`,
    );
    console.log(
      `re-import of the same file (nothing written)            : ${seconds(againMs)} (unchanged ${n(again.unchanged)}; ${phases.join(', ')})`,
    );
    console.log(`peak RSS of the importing process                       : ${rssMb.toFixed(0)} MB`);
    const ok =
      Number(current) === ROWS && Number(base) === ROWS && result.created === ROWS && again.unchanged === ROWS && again.batchId === null;
    console.log(
      `row counts match                                        : ${ok ? 'yes' : 'NO'} (EaCount current ${n(current)}, baseline ${n(base)})`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await handle.close();
    if (process.env.BENCH_KEEP_DB === '1') console.log(`kept database ${DB}`);
    else await admin(`DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
    if (process.env.BENCH_KEEP_DB !== '1') {
      await rm(FILE, { force: true });
      await rm(RESOLVED, { force: true });
    }
  }
}

await main();
