/**
 * Survey Solutions Tabular export import (issue "Counts straight from the field system",
 * Scale): a synthetic export of BENCH_INTERVIEWS interviews (default 1,000,000) with 4 persons
 * each (one in ten abroad), 100 interviews per EA, one enumerator per EA, 3 actions per
 * interview, imported through terren's streaming path (zip entry → lines → COPY into staging
 * tables → SQL → count versions, interview states, quality flags), against the baseline of
 * `psql \copy` of the same three tab files into staging tables. Reports time, ratio and the
 * peak RSS of the importing process.
 *
 * Target: a national export of a large country, 10,000,000 interviews and 40,000,000 person
 * rows: `BENCH_INTERVIEWS=10000000 npm run bench -- suso-import` (about 10× the default's
 * time and disk: ~4 GB of tab files plus the zip, in the temporary directory).
 * `BENCH_DATABASE_SERVER` picks the server (default postgresql://postgres@127.0.0.1:5432/postgres),
 * `BENCH_KEEP_DB=1` keeps the database and files.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import yazl from 'yazl';
import type { Principal } from '../src/auth/principal.js';
import { AuditRepository } from '../src/audit/audit.repository.js';
import { AuditService } from '../src/audit/audit.service.js';
import { openPg } from '../src/common/prisma/database.js';
import { applyMigrations, readMigrations } from '../src/common/prisma/migrator.js';
import { connectPg } from '../src/common/prisma/sql-runner.js';
import { nationalScope } from '../src/common/scope/scope.js';
import { FieldMappingRepository } from '../src/fieldwork/field-mapping.repository.js';
import { SusoImportService } from '../src/fieldwork/suso/suso-import.service.js';
import { SusoStagingRepository } from '../src/fieldwork/suso/suso-staging.repository.js';
import { Role } from '../src/generated/prisma/enums.js';
import { seedGeography } from '../src/geography/geography.seed.js';
import { CountImportRepository } from '../src/payroll/counts/count-import.repository.js';
import { CountFlagRepository } from '../src/payroll/counts/quality/count-flag.repository.js';
import { TariffRepository } from '../src/payroll/tariffs/tariff.repository.js';
import { seedExampleTariff } from '../src/payroll/tariffs/tariff.demo.js';

const INTERVIEWS = Number(process.env.BENCH_INTERVIEWS ?? 1_000_000);
const PER_EA = 100;
const PERSONS = 4;
const EAS = Math.ceil(INTERVIEWS / PER_EA);
const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB = `terren_bench_suso_${process.pid}`;
const DIR = path.join(tmpdir(), DB);
const ZIP = path.join(DIR, 'census_1_Tabular_All.zip');

const urlOf = (db: string) => {
  const u = new URL(SERVER);
  u.pathname = `/${db}`;
  return u.toString();
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const n = (x: number | string) => Number(x).toLocaleString('en');

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** Writes a tab file line by line in 1 MB pieces (bounded memory whatever the size). */
async function writeTab(file: string, header: string, line: (i: number) => string, count: number): Promise<void> {
  const out = createWriteStream(path.join(DIR, file));
  let buf = `${header}\r\n`;
  for (let i = 0; i < count; i++) {
    buf += line(i);
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

const key = (i: number) => {
  const s = String(i).padStart(8, '0');
  return `${s.slice(0, 2)}-${s.slice(2, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
};
const guid = (i: number) => i.toString(16).padStart(32, '0');
const ea = (i: number) => `S-${String(Math.floor(i / PER_EA)).padStart(6, '0')}`;
const login = (i: number) => `int_${Math.floor(i / PER_EA)}`;

/** The three files the mapping reads, in the Tabular layout of tests/support/suso-export.ts. */
async function writeExport(): Promise<void> {
  await mkdir(DIR, { recursive: true });
  await writeTab(
    'census_hh.tab',
    'interview__key\tinterview__id\tea_code\tbuilding_no\tdwelling_no\thh_head_name\tdiaspora_complete\tsssys_irnd\thas__errors\tinterview__status\tassignment__id\tresponsible',
    (i) =>
      `${key(i)}\t${guid(i)}\t${ea(i)}\t${1 + ((i % PER_EA) >> 1)}\t${1 + (i & 1)}\tHead ${i}\t${i % 7 ? 1 : 0}\t0.5\t0\t${i % 10 ? 130 : 120}\t${i}\t${login(i)}\r\n`,
    INTERVIEWS,
  );
  await writeTab(
    'members.tab',
    'interview__key\tmembers__id\tmember_name\tis_abroad\tinterview__id',
    (j) => {
      const i = Math.floor(j / PERSONS);
      return `${key(i)}\t${1 + (j % PERSONS)}\tPerson ${j % PERSONS}\t${j % 10 === 3 ? 1 : 2}\t${guid(i)}\r\n`;
    },
    INTERVIEWS * PERSONS,
  );
  await writeTab(
    'interview__actions.tab',
    'interview__key\tinterview__id\tdate\ttime\taction\toriginator\trole\tresponsible__name\tresponsible__role\told__value\tnew__value\tcomment',
    (j) => {
      const i = Math.floor(j / 3);
      const k = j % 3;
      const day = `2023-11-${String(2 + (i % 20) + k).padStart(2, '0')}`;
      return k === 0
        ? `${key(i)}\t${guid(i)}\t${day}\t09:00:00\t1\tsup1\t2\t${login(i)}\t1\t\t\t\r\n`
        : k === 1
          ? `${key(i)}\t${guid(i)}\t${day}\t10:00:00\t3\t${login(i)}\t1\tsup1\t2\t\t\t\r\n`
          : `${key(i)}\t${guid(i)}\t${day}\t12:00:00\t6\thq1\t3\thq1\t3\t\t\t\r\n`;
    },
    INTERVIEWS * 3,
  );
  const zip = new yazl.ZipFile();
  for (const f of ['census_hh.tab', 'members.tab', 'interview__actions.tab']) zip.addFile(path.join(DIR, f), f);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(ZIP));
}

/** EAs, one enumerator per EA with its login and assignment, made by PostgreSQL itself. */
async function fillReferenceData(c: pg.Client): Promise<void> {
  await c.query(`CREATE TEMP TABLE mun AS SELECT row_number() OVER (ORDER BY code) - 1 AS n, id FROM "Municipality"`);
  await c.query(
    `INSERT INTO "StaffMember" (id, kind, "nationalId", "fullName", community, "languageOfWork", "municipalityId", "engagementStart", "engagementEnd", "updatedAt")
     SELECT gen_random_uuid(), 'ENUMERATOR', (3000000000 + k)::text, 'Enumerator ' || k, 'ALBANIAN', 'SQ', mun.id, '2023-10-15', '2023-12-15', now()
       FROM generate_series(0, $1::int - 1) k JOIN mun ON mun.n = k % 38`,
    [EAS],
  );
  await c.query(
    `INSERT INTO "EnumerationArea" (id, code, "municipalityId", "updatedAt")
     SELECT gen_random_uuid(), 'S-' || lpad(k::text, 6, '0'), mun.id, now()
       FROM generate_series(0, $1::int - 1) k JOIN mun ON mun.n = k % 38`,
    [EAS],
  );
  await c.query(
    `INSERT INTO "EaAssignment" (id, "eaId", "enumeratorId", "municipalityId", "validFrom", "validTo", "updatedAt")
     SELECT gen_random_uuid(), e.id, s.id, e."municipalityId", '2023-11-01', '2023-12-15', now()
       FROM "EnumerationArea" e JOIN "StaffMember" s ON s."nationalId" = (3000000000 + substr(e.code, 3)::int)::text`,
  );
  await c.query(
    `INSERT INTO "FieldLogin" (login, "staffId") SELECT 'int_' || (s."nationalId"::bigint - 3000000000), s.id FROM "StaffMember" s
      WHERE s."nationalId" LIKE '3%'`,
  );
  await c.query('ANALYZE');
}

/** Runs one psql command; returns its wall time. */
function psql(url: string, command: string): number {
  const started = performance.now();
  const res = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (res.status !== 0) throw new Error(`psql failed: ${res.stderr || res.error?.message}`);
  return ms;
}

async function sha256(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
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
    const mapping = await handle.prisma.fieldMapping.create({
      data: {
        name: 'bench',
        source: 'SURVEY_SOLUTIONS',
        definition: {
          mainFile: 'census_hh',
          eaVariable: 'ea_code',
          personsRoster: 'members',
          diaspora: { source: 'personVariable', variable: 'is_abroad', yes: ['1'] },
          diasporaCompleteVariable: 'diaspora_complete',
          dwellings: { source: 'main', buildingVariable: 'building_no', dwellingVariable: 'dwelling_no' },
        },
      },
    });
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await fillReferenceData(c);
    await writeExport();
    const hash = await sha256(ZIP);
    console.log(
      `setup: ${n(INTERVIEWS)} interviews, ${n(INTERVIEWS * PERSONS)} persons, ${n(INTERVIEWS * 3)} actions, ${n(EAS)} EAs and enumerators in ${seconds(performance.now() - t)}`,
    );
    console.log(`machine: ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)} before timing`);

    // Baseline: PostgreSQL loads the same three tab files into staging tables of text columns.
    await c.query(
      `CREATE UNLOGGED TABLE b_main (interview__key text, interview__id text, ea_code text, building_no text, dwelling_no text, hh_head_name text,
         diaspora_complete text, sssys_irnd text, has__errors text, interview__status text, assignment__id text, responsible text)`,
    );
    await c.query(
      'CREATE UNLOGGED TABLE b_members (interview__key text, members__id text, member_name text, is_abroad text, interview__id text)',
    );
    await c.query(
      `CREATE UNLOGGED TABLE b_actions (interview__key text, interview__id text, date text, time text, action text, originator text, role text,
         responsible__name text, responsible__role text, old__value text, new__value text, comment text)`,
    );
    await c.query('CHECKPOINT');
    let baseMs = 0;
    for (const [table, file] of [
      ['b_main', 'census_hh.tab'],
      ['b_members', 'members.tab'],
      ['b_actions', 'interview__actions.tab'],
    ] as const)
      // the files end lines with CR LF: read as CSV with a tab delimiter and a quote that never occurs
      baseMs += psql(
        url,
        `\\copy ${table} FROM '${path.join(DIR, file)}' WITH (FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01', HEADER true)`,
      );

    const service = new SusoImportService(
      new CountImportRepository(handle),
      new TariffRepository(handle.prisma),
      new FieldMappingRepository(handle.prisma, new AuditService(new AuditRepository(handle.prisma))),
      new SusoStagingRepository(),
      new CountFlagRepository(handle),
    );
    const p: Principal = { userId: user.id, email: user.email, role: Role.FINANCE, municipalityId: null, scope: nationalScope };
    await c.query('CHECKPOINT');
    const rssBefore = process.memoryUsage().rss;
    t = performance.now();
    const result = await service.run(p, mapping.id, { path: ZIP, name: 'census_1_Tabular_All.zip', sha256: hash });
    const oursMs = performance.now() - t;
    const check = await c.query<{ current: string; interviews: string }>(
      `SELECT (SELECT count(*) FROM "EaCount" WHERE "isCurrent") AS current, (SELECT count(*) FROM "FieldInterview") AS interviews`,
    );
    await c.end();
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const { current, interviews } = check.rows[0] as { current: string; interviews: string };
    console.log(`baseline: psql \\copy of the 3 tab files into staging tables : ${seconds(baseMs)}`);
    console.log(
      `terren:   import (zip → staging → counts, states, flags)      : ${seconds(oursMs)} (${n(result.counted)} counted of ${n(result.interviews)}, ${n(result.created)} count rows)`,
    );
    console.log(`ratio:    terren / baseline                                 : ${(oursMs / baseMs).toFixed(2)}`);
    console.log(
      `peak RSS of the importing process                           : ${rssMb.toFixed(0)} MB (${(rssBefore / 1024 ** 2).toFixed(0)} MB before the import)`,
    );
    const ok = Number(current) === EAS && Number(interviews) === INTERVIEWS && result.created === EAS;
    console.log(
      `row counts match                                            : ${ok ? 'yes' : 'NO'} (EaCount current ${n(current)}, FieldInterview ${n(interviews)})`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await handle.close();
    if (process.env.BENCH_KEEP_DB === '1') console.log(`kept database ${DB} and ${DIR}`);
    else {
      await admin(`DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
      await rm(DIR, { recursive: true, force: true });
    }
  }
}

await main();
