/**
 * Benchmark 1 of the payroll issue: a national pay run over 1,000,000 enumerators (one EA
 * each, counts already in PostgreSQL), computed and persisted by terren's engine (the same
 * PayRunComputeService the worker runs: COPY out, integer cents in Node, COPY in), against the
 * baseline of PostgreSQL computing the same PIECE and PREPARATORY lines itself with `numeric`
 * and round() in one INSERT … SELECT over the same tables. Both must agree to the cent (total
 * and a sample of people line by line). Goal: ratio ≤ 0.5.
 *
 * A fresh database is created, migrated, filled with COPY and dropped at the end.
 * `BENCH_PEOPLE` changes the size, `BENCH_DATABASE_SERVER` the server
 * (default postgresql://postgres@127.0.0.1:5432/postgres), `BENCH_PARTITIONS` the engine's
 * parallel writers (default: CPUs, at most 4), `BENCH_KEEP_DB=1` keeps the database.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { AuditRepository } from '../src/audit/audit.repository.js';
import { AuditService } from '../src/audit/audit.service.js';
import { openPg } from '../src/common/prisma/database.js';
import { applyMigrations, readMigrations } from '../src/common/prisma/migrator.js';
import { connectPg } from '../src/common/prisma/sql-runner.js';
import { Transactions } from '../src/common/prisma/transaction.js';
import { seedGeography } from '../src/geography/geography.seed.js';
import { TariffRepository } from '../src/payroll/tariffs/tariff.repository.js';
import { seedExampleTariff } from '../src/payroll/tariffs/tariff.demo.js';
import type { ChargebackProvider } from '../src/payroll/runs/chargeback.provider.js';
import { PayRunBulkRepository } from '../src/payroll/runs/pay-run-bulk.repository.js';
import { PayRunComputeService } from '../src/payroll/runs/pay-run-compute.service.js';
import { PayRunRepository } from '../src/payroll/runs/pay-run.repository.js';
import { PrepAttendanceRepository } from '../src/payroll/runs/prep-attendance.repository.js';
import { makeIban } from '../src/staff/domain/iban.js';

/** The bench's people hold no equipment: nothing to charge back. */
const NO_CHARGEBACKS: ChargebackProvider = { chargebacksFor: () => Promise.resolve(new Map()) };

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const PARTITIONS = process.env.BENCH_PARTITIONS ? Number(process.env.BENCH_PARTITIONS) : undefined;
const SAMPLE = 1_000;
const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB = `terren_bench_payrun_${process.pid}`;

const urlOf = (db: string) => {
  const u = new URL(SERVER);
  u.pathname = `/${db}`;
  return u.toString();
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmt = (n: number) => n.toLocaleString('en');

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** Busy and total jiffies of all CPUs (Linux /proc/stat), to tell how much of the machine a phase used. */
function cpuJiffies(): { busy: number; total: number } {
  const f = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  const idle = (f[3] ?? 0) + (f[4] ?? 0);
  return { busy: total - idle, total };
}
const busyPct = (a: { busy: number; total: number }, b: { busy: number; total: number }) =>
  `${((100 * (b.busy - a.busy)) / Math.max(1, b.total - a.total)).toFixed(0)} %`;

/** murmur3's 32-bit finaliser: a bijection, so distinct inputs give distinct words. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2_ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** A uuid (v4 layout) spread evenly like random ones and unique per (kind, i): its first word is a bijection of i. */
function idOf(kind: number, i: number): string {
  const a = hex8(fmix32((i ^ Math.imul(kind, 0x9e37_79b9)) >>> 0));
  const b = hex8(fmix32(i + kind * 0x1000_0000 + 1));
  const c = hex8(fmix32(~i >>> 0));
  const d = hex8(fmix32((i * 31 + kind) >>> 0));
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${(8 | (parseInt(c[0] as string, 16) & 3)).toString(16)}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
}

/** COPY rows produced by `row(i)` for i < n, in ~1 MB writes with back-pressure. */
async function copyIn(c: pg.Client, sql: string, n: number, row: (i: number) => string): Promise<void> {
  const s = c.query(copyFrom(sql));
  let buf = '';
  for (let i = 0; i < n; i++) {
    buf += row(i);
    if (buf.length > 1 << 20) {
      if (!s.write(buf)) await new Promise((r) => s.once('drain', r));
      buf = '';
    }
  }
  s.end(buf);
  await finished(s);
}

/**
 * Person i: enumerator in municipality i mod 38, engaged from 16–25 Oct (so the preparatory
 * amount is prorated over 6–15 of 15 days) to 15 Dec, a valid IBAN, one EA with one
 * assignment and one current count row; one list in three is incomplete (diaspora unpaid).
 */
async function fill(c: pg.Client, municipalities: string[]): Promise<void> {
  const tables = ['EnumerationArea', 'StaffMember', 'EaAssignment', 'EaCount'];
  const indexes = await c.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
    [tables],
  );
  // Secondary indexes are built after the fill (a build is far faster than a million inserts).
  for (const ix of indexes.rows) await c.query(`DROP INDEX "${ix.name}"`);
  // Ids computed from i instead of kept in arrays, so the peak memory reported is the engine's.
  const staff = (i: number) => idOf(1, i);
  const eas = (i: number) => idOf(2, i);
  const mun = (i: number) => municipalities[i % municipalities.length] as string;
  const code = (i: number) => `B-${String(i).padStart(7, '0')}`;
  await copyIn(
    c,
    'COPY "EnumerationArea"(id, code, "municipalityId", "updatedAt") FROM STDIN',
    PEOPLE,
    (i) => `${eas(i)}\t${code(i)}\t${mun(i)}\tnow\n`,
  );
  await copyIn(
    c,
    'COPY "StaffMember"(id, kind, "nationalId", "fullName", iban, community, "languageOfWork", "municipalityId", "engagementStart", "engagementEnd", "updatedAt") FROM STDIN',
    PEOPLE,
    (i) =>
      `${staff(i)}\tENUMERATOR\t${3_000_000_000 + i}\tEnumerator ${i}\t${makeIban('XK', `1212${String(i).padStart(12, '0')}`)}\tALBANIAN\tSQ\t${mun(i)}\t2023-10-${16 + (i % 10)}\t2023-12-15\tnow\n`,
  );
  await copyIn(
    c,
    'COPY "EaAssignment"(id, "eaId", "enumeratorId", "municipalityId", "validFrom", "validTo", "updatedAt") FROM STDIN',
    PEOPLE,
    (i) => `${randomUUID()}\t${eas(i)}\t${staff(i)}\t${mun(i)}\t2023-11-01\t2023-12-15\tnow\n`,
  );
  await copyIn(
    c,
    'COPY "EaCount"(id, "eaId", "enumeratorId", "municipalityId", version, "isCurrent", buildings, dwellings, households, individuals, "diasporaPersons", "diasporaListComplete") FROM STDIN',
    PEOPLE,
    (i) => {
      const b = 20 + (i % 180);
      const d = b + (i % 37);
      const h = d - (i % 5);
      return `${randomUUID()}\t${eas(i)}\t${staff(i)}\t${mun(i)}\t1\tt\t${b}\t${d}\t${h}\t${h * 3 + (i % 11)}\t${i % 13}\t${i % 3 ? 't' : 'f'}\n`;
    },
  );
  for (const ix of indexes.rows) await c.query(ix.def);
  await c.query('VACUUM ANALYZE');
}

/**
 * PostgreSQL computing the same lines: numeric arithmetic, round() half away from zero (the
 * same rule as terren's), the same columns and notes (none, or the diaspora code of an unpaid line).
 */
function baselineSql(runId: string): string {
  return `
INSERT INTO "PayLine" ("runId", "staffId", "municipalityId", "lineType", "eaId", unit, "countId", "periodFrom", "periodTo", quantity, basis, rate, "amountCents", "tariffVersion", description)
SELECT '${runId}'::uuid, s.id, s."municipalityId", 'PREPARATORY'::"PayLineType", NULL::uuid, NULL::"CountUnit", NULL::uuid, t."prepFrom", t."prepTo",
       d.days, d.basis, t."prepAmount", (round(t."prepAmount" * d.days / d.basis, 2) * 100)::bigint, t.version,
       NULL::jsonb
  FROM "StaffMember" s
  JOIN "Tariff" t ON t.version = 1
  CROSS JOIN LATERAL (SELECT least(t."prepTo", s."engagementEnd") - greatest(t."prepFrom", s."engagementStart") + 1 AS days,
                             t."prepTo" - t."prepFrom" + 1 AS basis) d
 WHERE s.kind = 'ENUMERATOR' AND d.days > 0
UNION ALL
SELECT '${runId}'::uuid, c."enumeratorId", s."municipalityId", 'PIECE'::"PayLineType", c."eaId", u.unit::"CountUnit", c.id, NULL::date, NULL::date,
       u.qty, NULL::int, u.rate, CASE WHEN u.paid THEN (round(u.qty * u.rate, 2) * 100)::bigint ELSE 0 END, t.version,
       CASE WHEN u.paid THEN NULL ELSE '{"code": "DIASPORA_LIST_INCOMPLETE", "params": {}}'::jsonb END
  FROM "EaCount" c
  JOIN "StaffMember" s ON s.id = c."enumeratorId"
  JOIN "Tariff" t ON t.version = 1
  CROSS JOIN LATERAL (VALUES ('BUILDING', c.buildings, t."rateBuilding", true),
                             ('DWELLING', c.dwellings, t."rateDwelling", true),
                             ('HOUSEHOLD', c.households, t."rateHousehold", true),
                             ('INDIVIDUAL', c.individuals, t."rateIndividual", true),
                             ('DIASPORA', c."diasporaPersons", t."rateDiaspora", c."diasporaListComplete")) AS u(unit, qty, rate, paid)
 WHERE c."isCurrent" AND s.kind = 'ENUMERATOR' AND u.qty > 0`;
}

interface Check {
  readonly lines: number;
  readonly cents: bigint;
  readonly sample: string;
}

/** Line count, total and the sampled people's lines (type, unit, EA, quantity, basis, rate, amount, description). */
async function check(c: pg.Client, runId: string, sample: readonly string[]): Promise<Check> {
  const agg = await c.query<{ n: string; cents: string }>(
    `SELECT count(*) AS n, COALESCE(sum("amountCents"), 0) AS cents FROM "PayLine" WHERE "runId" = $1 AND "lineType" IN ('PIECE', 'PREPARATORY')`,
    [runId],
  );
  const rows = await c.query<{ r: string }>(
    `SELECT concat_ws('|', "staffId", "lineType", unit, "eaId", "countId", "periodFrom", quantity, basis, rate, "amountCents", description) AS r
       FROM "PayLine" WHERE "runId" = $1 AND "staffId" = ANY($2::uuid[]) AND "lineType" IN ('PIECE', 'PREPARATORY')
      ORDER BY "staffId", "lineType", unit`,
    [runId, sample],
  );
  const a = agg.rows[0] as { n: string; cents: string };
  return { lines: Number(a.n), cents: BigInt(a.cents), sample: rows.rows.map((r) => r.r).join('\n') };
}

async function main(): Promise<void> {
  const url = urlOf(DB);
  await admin(`DROP DATABASE IF EXISTS "${DB}"`);
  await admin(`CREATE DATABASE "${DB}"`);
  const handle = openPg(url, 4);
  const c = new pg.Client({ connectionString: url });
  try {
    let t = performance.now();
    const runner = await connectPg(url);
    await applyMigrations(runner, await readMigrations());
    await runner.close();
    await seedGeography(handle.prisma);
    const tariff = await seedExampleTariff(handle.prisma);
    await c.connect();
    const municipalities = (await c.query<{ id: string }>('SELECT id FROM "Municipality" ORDER BY code')).rows.map((r) => r.id);
    await fill(c, municipalities);
    const creator = randomUUID();
    const newRun = async () =>
      (
        await c.query<{ id: string }>(
          `INSERT INTO "PayRun" (id, kind, status, "tariffId", "createdById") VALUES (gen_random_uuid(), 'REGULAR', 'QUEUED', $1, $2) RETURNING id`,
          [tariff.id, creator],
        )
      ).rows[0]?.id as string;
    const sample = (await c.query<{ id: string }>(`SELECT id FROM "StaffMember" ORDER BY md5(id::text) LIMIT ${SAMPLE}`)).rows.map(
      (r) => r.id,
    );
    console.log(`setup: ${fmt(PEOPLE)} enumerators, EAs, assignments and current counts (COPY), in ${seconds(performance.now() - t)}`);

    // terren: the worker's engine on a national run.
    const prisma = handle.prisma;
    const engine = new PayRunComputeService(
      new PayRunRepository(prisma),
      new PayRunBulkRepository(handle),
      new TariffRepository(prisma),
      new AuditService(new AuditRepository(prisma)),
      new PrepAttendanceRepository(prisma),
      NO_CHARGEBACKS,
      new Transactions(prisma),
    );
    const ours = await newRun();
    await c.query('CHECKPOINT');
    const cpu0 = process.cpuUsage();
    const jiffies0 = cpuJiffies();
    t = performance.now();
    const outcome = await engine.compute(ours, () => Promise.resolve(), { partitions: PARTITIONS });
    const oursMs = performance.now() - t;
    const cpu = process.cpuUsage(cpu0);
    const oursBusy = busyPct(jiffies0, cpuJiffies());
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const run = (
      await c.query<{ status: string; people: number; net: string }>(
        `SELECT status, "peopleCount" AS people, "netCents" AS net FROM "PayRun" WHERE id = $1`,
        [ours],
      )
    ).rows[0];
    const oursCheck = await check(c, ours, sample);

    // Same starting point for the baseline: no lines in the table, a fresh checkpoint.
    await c.query('TRUNCATE "PayLine", "PayPerson"');
    await c.query('CHECKPOINT');
    const base = await newRun();
    const jiffies1 = cpuJiffies();
    t = performance.now();
    await c.query(baselineSql(base));
    const baseMs = performance.now() - t;
    const baseBusy = busyPct(jiffies1, cpuJiffies());
    const baseCheck = await check(c, base, sample);

    const sameSample = oursCheck.sample.replaceAll(ours, '') === baseCheck.sample.replaceAll(base, '') && oursCheck.sample.length > 0;
    const ok =
      outcome === 'computed' &&
      run?.status === 'COMPUTED' &&
      oursCheck.lines === baseCheck.lines &&
      oursCheck.cents === baseCheck.cents &&
      sameSample &&
      BigInt(run.net) === oursCheck.cents;
    const eur = (cents: bigint) => `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')} EUR`;
    console.log(
      `baseline  INSERT … SELECT with numeric round()  : ${seconds(baseMs)} (${fmt(baseCheck.lines)} lines, ${eur(baseCheck.cents)})`,
    );
    console.log(
      `terren    compute + persist (COPY out/in)       : ${seconds(oursMs)} (${fmt(oursCheck.lines)} lines, ${fmt(run?.people ?? 0)} people, ${eur(oursCheck.cents)})`,
    );
    console.log(`ratio     terren / baseline                     : ${(oursMs / baseMs).toFixed(2)} (goal ≤ 0.5)`);
    console.log(
      `machine CPUs busy (all processes): terren ${oursBusy}, baseline ${baseBusy}; terren's own process ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`,
    );
    console.log(`peak RSS of this process                        : ${rssMb.toFixed(0)} MB`);
    console.log(`agree to the cent (total, ${SAMPLE} people line by line): ${ok ? 'yes' : 'NO'}`);
    if (!ok) process.exitCode = 1;
  } finally {
    await c.end().catch(() => undefined);
    await handle.close();
    if (process.env.BENCH_KEEP_DB === '1') console.log(`kept database ${DB}`);
    else await admin(`DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
  }
}

await main();
