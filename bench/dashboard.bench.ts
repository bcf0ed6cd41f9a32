/**
 * GET /dashboard at the census's size: 38 municipalities, 100,000 staff, 20,000 EAs with a
 * current and a superseded count each and their expectations, 100,000 items and 100,000 kit
 * records, 100,000 applications, three pay runs per municipality, open flags. The national view
 * and one municipality's, through DashboardService (the route's one call), p50 and p99.
 *
 * A fresh database is created, migrated and filled by PostgreSQL itself; it is dropped at the
 * end. `BENCH_ROWS` changes the number of staff (EAs are a fifth of it), `BENCH_REQUESTS` the
 * requests per case, `BENCH_DATABASE_SERVER` the server, `BENCH_KEEP_DB=1` keeps the database.
 */
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import type { Principal } from '../src/auth/principal.js';
import { CensusLookup } from '../src/census/census-lookup.js';
import { CensusRepository } from '../src/census/census.repository.js';
import { openPg } from '../src/common/prisma/database.js';
import { applyMigrations, readMigrations } from '../src/common/prisma/migrator.js';
import { connectPg } from '../src/common/prisma/sql-runner.js';
import { Transactions } from '../src/common/prisma/transaction.js';
import { nationalScope } from '../src/common/scope/scope.js';
import { DashboardRepository } from '../src/dashboard/dashboard.repository.js';
import { DashboardService } from '../src/dashboard/dashboard.service.js';
import { seedGeography } from '../src/geography/geography.seed.js';
import { seedExampleTariff } from '../src/payroll/tariffs/tariff.demo.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const EAS = Math.floor(ROWS / 5);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);
const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB = `terren_bench_dashboard_${process.pid}`;

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

/** Everything the dashboard reads, spread over the municipalities by row number. */
async function fill(c: pg.Client, tariffId: string): Promise<void> {
  const mun = `(SELECT array_agg(id ORDER BY code) AS ids FROM "Municipality") AS m`;
  const pick = (i: string) => `m.ids[1 + ${i} % array_length(m.ids, 1)]`;
  await c.query(
    `INSERT INTO "StaffMember" (id, kind, "nationalId", "fullName", community, "languageOfWork", "municipalityId", status, "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'ENUMERATOR', (1000000000 + i)::text, 'Person ' || i, 'ALBANIAN', 'SQ', ${pick('i')}, 'ACTIVE', now(), now()
       FROM generate_series(1, $1::int) AS i, ${mun}`,
    [ROWS],
  );
  await c.query(
    `INSERT INTO "EnumerationArea" (id, code, "municipalityId", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'EA-' || i, ${pick('i')}, now(), now() FROM generate_series(1, $1::int) AS i, ${mun}`,
    [EAS],
  );
  await c.query(`INSERT INTO "EaExpectation" ("eaId", "municipalityId", "expectedDwellings", "expectedHouseholds", "expectedIndividuals", "updatedAt")
                 SELECT id, "municipalityId", 60, 55, 200, now() FROM "EnumerationArea"`);
  // One enumerator per EA (the staff member with the same number), a superseded and a current version.
  await c.query(`INSERT INTO "EaCount" (id, "eaId", "enumeratorId", "municipalityId", version, "isCurrent", buildings, dwellings, households,
                                        individuals, "diasporaPersons", "diasporaListComplete")
                 SELECT gen_random_uuid(), e.id, s.id, e."municipalityId", v, v = 2, 20, 58, 50 + v, 190 + v, 0, true
                   FROM "EnumerationArea" e JOIN "StaffMember" s ON s."nationalId" = (1000000000 + substr(e.code, 4)::int)::text,
                        generate_series(1, 2) AS v`);
  await c.query(`INSERT INTO "CountFlag" (id, "countId", "eaId", "enumeratorId", "municipalityId", rule, explanation)
                 SELECT gen_random_uuid(), id, "eaId", "enumeratorId", "municipalityId", 'R', 'x' FROM "EaCount" WHERE "isCurrent" AND random() < 0.05`);
  await c.query(`INSERT INTO "ItemType" (id, code, name) VALUES (gen_random_uuid(), 'TABLET', 'Tablet')`);
  await c.query(
    `INSERT INTO "Item" (id, "typeId", serial, status, "municipalityId", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), t.id, 'TB-' || i, (ARRAY['ISSUED','RETURNED','IN_STORAGE','ISSUED'])[1 + i % 4]::"ItemStatus", ${pick('i')}, now(), now()
       FROM generate_series(1, $1::int) AS i, ${mun}, (SELECT id FROM "ItemType") AS t`,
    [ROWS],
  );
  await c.query(`INSERT INTO "KitRecord" (id, kind, "municipalityId", "staffId", "signedBy", "signedAt")
                 SELECT gen_random_uuid(), (CASE WHEN random() < 0.7 THEN 'HANDOVER' ELSE 'RETURN' END)::"KitRecordKind", "municipalityId", id, 'x', now()
                   FROM "StaffMember"`);
  const competition = (
    await c.query<{
      id: string;
    }>(`INSERT INTO "Competition" (id, code, name, "vacancyAnnounced", "applicationDeadline", "kkrConfirmationDue",
        "shortlistSentBy", "finalListDue", "publicationBy", "kkrTraining", "supervisorTrainingFrom", "supervisorTrainingTo",
        "enumeratorTrainingFrom", "enumeratorTrainingTo", "listingFrom", "listingTo", "fieldworkFrom", "fieldworkTo",
        "engagementStart", "engagementEnd", "updatedAt")
      VALUES (gen_random_uuid(), 'bench', 'Bench', '2031-01-01', '2031-01-08', '2031-01-08', '2031-01-10', '2031-01-12', '2031-01-13',
              '2031-01-10', '2031-01-14', '2031-01-15', '2031-01-16', '2031-01-18', '2031-01-19', '2031-01-20', '2031-02-01',
              '2031-03-01', '2031-01-15', '2031-03-01', now()) RETURNING id`)
  ).rows[0]!.id;
  await c.query(
    `INSERT INTO "StaffingTarget" (id, "competitionId", "municipalityId", community, supervisors, enumerators)
     SELECT gen_random_uuid(), $1::uuid, id, 'ALBANIAN', 20, 400 FROM "Municipality"`,
    [competition],
  );
  await c.query(
    `INSERT INTO "CommissionStage" ("competitionId", "municipalityId", "shortlistSentAt") SELECT $1::uuid, id, now() FROM "Municipality"`,
    [competition],
  );
  await c.query(
    `INSERT INTO "DeadlineFlag" (id, "competitionId", "municipalityId", kind, "dueAt", message, "checkedAt")
     SELECT gen_random_uuid(), $1::uuid, id, 'FINAL_LIST_LATE', now(), 'late', now() FROM "Municipality"`,
    [competition],
  );
  await c.query(
    `INSERT INTO "Application" (id, "competitionId", "municipalityId", "nationalId", "fullName", community, "languageOfWork", channel,
                                "submittedAt", "submittedById", "shortlistRank", status)
     SELECT gen_random_uuid(), $2::uuid, ${pick('i')}, (2000000000 + i)::text, 'Applicant ' || i, 'ALBANIAN', 'SQ', 'ONLINE', now(),
            gen_random_uuid(), CASE WHEN i % 3 = 0 THEN i END, (ARRAY['SUBMITTED','SELECTED','HIRED'])[1 + i % 3]::"ApplicationStatus"
       FROM generate_series(1, $1::int) AS i, ${mun}`,
    [ROWS, competition],
  );
  await c.query(
    `INSERT INTO "PayRun" (id, kind, status, "municipalityId", "tariffId", "createdById", "createdAt", "computedAt", "peopleCount", "grossCents", "netCents")
     SELECT gen_random_uuid(), k::"PayRunKind", 'COMPUTED', m.id, $1::uuid, gen_random_uuid(), now() - make_interval(days => n::int), now(), 2600, 123456789, 120000000
       FROM "Municipality" m, unnest(ARRAY['REGULAR','REGULAR','ADJUSTMENT']) WITH ORDINALITY AS k(k, n)`,
    [tariffId],
  );
  await c.query('VACUUM ANALYZE');
}

interface Row {
  readonly name: string;
  readonly p50: number;
  readonly p99: number;
}

async function measure(name: string, run: () => Promise<unknown>): Promise<Row> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { name, p50: at(0.5), p99: at(0.99) };
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
    const tariff = await seedExampleTariff(handle.prisma);
    await c.connect();
    await fill(c, tariff.id);
    console.log(
      `setup: ${ROWS.toLocaleString('en')} staff, ${EAS.toLocaleString('en')} EAs in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const prishtine = (await c.query<{ id: string }>(`SELECT id FROM "Municipality" WHERE code = 'prishtine'`)).rows[0]!.id;

    const prisma = handle.prisma;
    const service = new DashboardService(
      new DashboardRepository(),
      new CensusLookup(new CensusRepository(prisma)),
      new Transactions(prisma),
    );
    const national: Principal = { userId: 'bench', email: 'bench@terren', role: 'ADMIN', municipalityId: null, scope: nationalScope };
    const municipal: Principal = {
      userId: 'bench',
      email: 'bench@terren',
      role: 'MUNICIPALITY',
      municipalityId: prishtine,
      scope: { kind: 'municipal', municipalityIds: [prishtine] },
    };
    const check = await service.get(national, {});
    if (check.municipalities.length !== 38 || check.totals.eas.total !== EAS || check.totals.equipment.items !== ROWS)
      throw new Error('the dashboard does not add up to the generated rows');

    console.log(`machine: ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)} before timing`);
    const rows = [
      await measure('national (38 municipalities)', () => service.get(national, {})),
      await measure('national, ?municipality=prishtine', () => service.get(national, { municipality: 'prishtine' })),
      await measure('municipal (Prishtinë)', () => service.get(municipal, {})),
    ];
    const w = Math.max(...rows.map((r) => r.name.length));
    console.log(`\n${'case'.padEnd(w)} | p50 ms | p99 ms`);
    console.log(`${'-'.repeat(w)}-|--------|-------`);
    for (const r of rows) console.log(`${r.name.padEnd(w)} | ${r.p50.toFixed(1).padStart(6)} | ${r.p99.toFixed(1).padStart(6)}`);
    console.log(
      `(${REQUESTS} requests per case after 3 warm-up; DashboardService.get, one transaction, one aggregate statement per question)`,
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
