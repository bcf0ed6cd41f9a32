import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { applyMigrations, readMigrations } from '../../src/common/prisma/migrator.js';
import { connectPg, type SqlRunner } from '../../src/common/prisma/sql-runner.js';
import { createEmptyDatabase } from '../support/test-db.js';

/**
 * The migration that turns stored English sentences into codes with parameters: rows written
 * before it (block reasons, deadline flag messages) come out as the codes the rules write now;
 * a text of no known shape is kept whole as LEGACY_TEXT.
 */
const MIGRATION = '20261204194500_coded_notices';

describe(`migration ${MIGRATION}`, () => {
  let empty: { url: string; drop(): Promise<void> };
  let db: SqlRunner;
  beforeAll(async () => {
    empty = await createEmptyDatabase();
    db = await connectPg(empty.url);
    const all = await readMigrations();
    const at = all.findIndex((m) => m.name === MIGRATION);
    if (at < 1) throw new Error(`${MIGRATION} is not among the migrations`);
    await applyMigrations(db, all.slice(0, at));
    // Old-format rows; the referenced rows do not matter to the conversion.
    await db.exec(`SET session_replication_role = replica`);
    const person = (staff: string, reason: string | null) =>
      db.query(
        `INSERT INTO "PayPerson" ("runId", "staffId", "municipalityId", kind, status, "blockReason", "grossCents", "deductionsCents", "netCents", "fullName")
         VALUES ('00000000-0000-4000-8000-000000000001', $1, '00000000-0000-4000-8000-000000000002', 'ENUMERATOR', $2::"PayPersonStatus", $3::text, 0, 0, 0, 'X')`,
        [staff, reason === null ? 'PAYABLE' : 'BLOCKED', reason],
      );
    await person('00000000-0000-4000-8000-0000000000a1', null);
    await person('00000000-0000-4000-8000-0000000000a2', 'no valid IBAN; no signed contract covering the paid period');
    await person(
      '00000000-0000-4000-8000-0000000000a3',
      'no EA assignment; already paid 8.00 EUR more than due; recover outside the payroll; a reason nobody knows',
    );
    await person('00000000-0000-4000-8000-0000000000a4', 'deductions exceed gross pay by 390.00 EUR');
    const flag = (id: string, kind: string, message: string) =>
      db.query(
        `INSERT INTO "DeadlineFlag" (id, "competitionId", "municipalityId", kind, subject, "dueAt", message, "checkedAt")
         VALUES ($1::uuid, '00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002', $2::"DeadlineFlagKind", $1::text, now(), $3, now())`,
        [id, kind, message],
      );
    await flag('00000000-0000-4000-8000-0000000000b1', 'KKR_NOT_CONFIRMED', 'KKR member list confirmation not done; due by 2030-10-03');
    await flag('00000000-0000-4000-8000-0000000000b2', 'FINAL_LIST_LATE', 'final list of enumerators done late; due by 2030-10-12');
    await flag(
      '00000000-0000-4000-8000-0000000000b3',
      'TRAINING_NOTICE_LATE',
      'training room notice sent later than two days before the training',
    );
    await flag('00000000-0000-4000-8000-0000000000b4', 'PUBLICATION_LATE', 'something said by hand');
    await db.query(
      `INSERT INTO "DistributionPlan" (id, "municipalityId", version, "sparePercent", lines, spares, needs, missing)
       VALUES ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-000000000002', 1, 10, '[]', '[]', $1::jsonb, $2::jsonb)`,
      [
        JSON.stringify([
          { typeCode: 'TABLET', typeName: 'Tablet', forPeople: 52, spares: 5, need: 57, have: 54, missing: 3 },
          { typeCode: 'BAG', typeName: 'Tablet bag', forPeople: 52, spares: 5, need: 57, have: 60, missing: 0 },
        ]),
        JSON.stringify({
          summary: 'Prizren: 3 tablets missing to complete the plan (need 57 incl. 5 spares, have 54)',
          items: [{ typeCode: 'TABLET', count: 3 }],
          incompleteKits: [],
          sessionsNotPlanned: [],
        }),
      ],
    );
    await db.query(
      `INSERT INTO "TrainingEvent" (id, kind, name, "startDate", "endDate", "updatedAt")
       VALUES ('00000000-0000-4000-8000-0000000000d1', 'ENUMERATORS', 'Enumerators training', '2030-10-16', '2030-10-20', now())`,
    );
    const shortfall = (classKeys: string[], classSize: number, message: string) => ({
      municipalityId: '00000000-0000-4000-8000-000000000002',
      language: 'SQ',
      classSize,
      classKeys,
      traineeIds: [],
      message,
    });
    await db.query(
      `INSERT INTO "TrainingPlan" (id, "eventId", "scopeKey", version, "maxClassSize", summary, shortfalls)
       VALUES ('00000000-0000-4000-8000-0000000000d2', '00000000-0000-4000-8000-0000000000d1', 'all', 1, 30, '{}', $1::jsonb)`,
      [
        JSON.stringify([
          shortfall(
            ['a', 'b'],
            28,
            'Prishtinë: 2 classes of 28 have no room on 16–20 Oct (no rooms are recorded as available in Prishtinë or its region); add 2 rooms with ≥ 28 seats',
          ),
          shortfall(
            ['c'],
            28,
            'Prishtinë: 1 class of 28 has no room on 16–20 Oct (the largest free room nearby has 27 seats); add 1 room with ≥ 28 seats',
          ),
          shortfall(
            ['d'],
            30,
            'Prishtinë: 1 class of 30 has no room on 16–20 Oct (all rooms nearby are taken in both shifts); add 1 room with ≥ 30 seats',
          ),
          shortfall(['e'], 30, 'written by hand'),
        ]),
      ],
    );
    await db.exec(`SET session_replication_role = DEFAULT`);
    await applyMigrations(db, all);
  });
  afterAll(async () => {
    await db.close();
    await empty.drop();
  });

  it('turns block reasons into codes, keeping an unknown one as LEGACY_TEXT', async () => {
    const rows = await db.query<{ staffId: string; blockReasons: unknown }>(
      `SELECT "staffId", "blockReasons" FROM "PayPerson" ORDER BY "staffId"`,
    );
    expect(rows.map((r) => r.blockReasons)).toEqual([
      null,
      [
        { code: 'NO_VALID_IBAN', params: {} },
        { code: 'NO_CONTRACT', params: {} },
      ],
      [
        { code: 'NO_EA_ASSIGNMENT', params: {} },
        { code: 'OVERPAID', params: { amount: '8.00' } },
        { code: 'LEGACY_TEXT', params: { text: 'a reason nobody knows' } },
      ],
      [{ code: 'DEDUCTIONS_EXCEED_GROSS', params: { amount: '390.00' } }],
    ]);
  });

  it('turns deadline flag messages into the kind with its due day and state', async () => {
    const rows = await db.query<{ notice: unknown }>(`SELECT notice FROM "DeadlineFlag" ORDER BY id`);
    expect(rows.map((r) => r.notice)).toEqual([
      { code: 'KKR_NOT_CONFIRMED', params: { due: '2030-10-03', state: 'open' } },
      { code: 'FINAL_LIST_LATE', params: { due: '2030-10-12', state: 'done' } },
      { code: 'TRAINING_NOTICE_LATE', params: { state: 'done' } },
      { code: 'LEGACY_TEXT', params: { text: 'something said by hand' } },
    ]);
  });

  it('rebuilds what a distribution plan lacks from its stored needs, one code per item type', async () => {
    const rows = await db.query<{ missing: unknown }>(`SELECT missing FROM "DistributionPlan"`);
    expect(rows.map((r) => r.missing)).toEqual([
      {
        shortfalls: [{ code: 'EQUIPMENT_SHORT', params: { type: 'Tablet', missing: 3, need: 57, spares: 5, have: 54 } }],
        items: [{ typeCode: 'TABLET', count: 3 }],
        incompleteKits: [],
        sessionsNotPlanned: [],
      },
    ]);
  });

  it('turns training plan shortfalls into CLASS_NO_ROOM with the event days and the cause', async () => {
    const rows = await db.query<{ shortfalls: { notice: unknown; message?: string; classKeys: string[] }[] }>(
      `SELECT shortfalls FROM "TrainingPlan"`,
    );
    const days = { from: '2030-10-16', to: '2030-10-20' };
    expect(rows[0]?.shortfalls.map((s) => s.notice)).toEqual([
      { code: 'CLASS_NO_ROOM', params: { classes: 2, size: 28, ...days, cause: 'NO_ROOMS' } },
      { code: 'CLASS_NO_ROOM', params: { classes: 1, size: 28, ...days, cause: 'LARGEST', largest: 27 } },
      { code: 'CLASS_NO_ROOM', params: { classes: 1, size: 30, ...days, cause: 'ALL_TAKEN', shifts: 2 } },
      { code: 'LEGACY_TEXT', params: { text: 'written by hand' } },
    ]);
    expect(rows[0]?.shortfalls.every((s) => s.message === undefined && s.classKeys.length > 0)).toBe(true);
  });
});
