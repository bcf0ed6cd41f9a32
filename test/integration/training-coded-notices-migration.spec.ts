import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { applyMigrations, readMigrations } from '../../src/common/prisma/migrator.js';
import { connectPg, type SqlRunner } from '../../src/common/prisma/sql-runner.js';
import { createEmptyDatabase } from '../support/test-db.js';

/**
 * The migration that turns the training area's stored English into codes: class explanations,
 * re-plan move reasons and plan warnings come out as the codes the planner writes now, with
 * municipalities by their code; a text of no known shape is kept whole as LEGACY_TEXT; an
 * event's generated default name becomes NULL while a name a person typed is kept.
 */
const MIGRATION = '20261204222603_training_coded_notices';

const REGION = '00000000-0000-4000-8000-0000000000e0';
const PEJE = '00000000-0000-4000-8000-0000000000e1';
const KLINE = '00000000-0000-4000-8000-0000000000e2';
const EVENT = '00000000-0000-4000-8000-0000000000f1';
const PLAN = '00000000-0000-4000-8000-0000000000f2';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

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
    await db.exec(`SET session_replication_role = replica`);
    await db.query(`INSERT INTO "Region" (id, code, "nameSq", "nameSr", "sortOrder") VALUES ($1, 'peje', 'Pejë', 'Peć', 1)`, [REGION]);
    await db.query(
      `INSERT INTO "Municipality" (id, code, "nameSq", "nameSr", "sortOrder", "regionId")
       VALUES ($1, 'peje', 'Pejë', 'Peć', 1, $3), ($2, 'kline', 'Klinë', 'Klina', 2, $3)`,
      [PEJE, KLINE, REGION],
    );
    const event = (id: string, kind: string, name: string, regionId: string | null = null) =>
      db.query(
        `INSERT INTO "TrainingEvent" (id, kind, name, "startDate", "endDate", "regionId", "updatedAt")
         VALUES ($1, $2::"TrainingEventKind", $3, '2030-10-16', '2030-10-20', $4, now())`,
        [id, kind, name, regionId],
      );
    await event(EVENT, 'ENUMERATORS', 'Enumerators training');
    await event(uuid(0xf3), 'SUPERVISORS', 'Trajnimi i mbikëqyrësve, Pejë');
    await event(uuid(0xf4), 'KKR_REGIONAL', 'KKR members training, region Pejë', REGION);
    await event(uuid(0xf5), 'SUPERVISORS', 'SUPERVISORS training');
    await db.query(
      `INSERT INTO "TrainingPlan" (id, "eventId", "scopeKey", version, "maxClassSize", summary, shortfalls, moves)
       VALUES ($1, $2, 'all', 1, 30, $3::jsonb, '[]', $4::jsonb)`,
      [
        PLAN,
        EVENT,
        JSON.stringify({
          trainees: 40,
          warnings: [
            { municipalityId: null, message: 'no host room is set for this regional KKR training' },
            {
              municipalityId: null,
              message:
                'the host room has not been notified to the participating municipalities; the letter asks for at least 2 days before 2030-10-16',
            },
            {
              municipalityId: null,
              message: 'the host room was notified on 2030-10-15, 1 day before; the letter asks for at least 2 days before 2030-10-16',
            },
            {
              municipalityId: null,
              message:
                'the host room was notified on 2030-10-17, after the training; the letter asks for at least 2 days before 2030-10-16',
            },
            { municipalityId: KLINE, message: 'Klinë: no KKR members are recorded, so none are planned' },
            {
              municipalityId: PEJE,
              message: 'Pejë: only 3 of 9 KKR members are planned; the letter asks at least half of each KKR to attend',
            },
            { municipalityId: null, message: 'said by hand' },
          ],
        }),
        JSON.stringify([
          { traineeId: uuid(1), municipalityId: PEJE, fromClassKey: 'a', toClassKey: 'b', reason: 'class over the new size' },
          { traineeId: uuid(2), municipalityId: PEJE, fromClassKey: 'c', toClassKey: 'b', reason: 'class closed' },
          { traineeId: uuid(3), municipalityId: PEJE, fromClassKey: 'x', toClassKey: 'b', reason: 'municipality or language changed' },
        ]),
      ],
    );
    const cls = (n: number, size: number, roomMunicipalityId: string | null, shift: string | null, explanation: string) =>
      db.query(
        `INSERT INTO "TrainingClass" (id, "planId", key, "municipalityId", language, size, "roomId", "roomMunicipalityId", shift, "startDate", "endDate", explanation)
         VALUES ($1, $2, $3, $4, 'SQ', $5, $6, $7, $8::"TrainingShift", '2030-10-16', '2030-10-20', $9)`,
        [uuid(0x100 + n), PLAN, `k${n}`, KLINE, size, roomMunicipalityId ? uuid(0x200 + n) : null, roomMunicipalityId, shift, explanation],
      );
    await cls(
      1,
      21,
      KLINE,
      'MORNING',
      '21 SQ trainees of Klinë in Shkolla Bedri Pejani, Room 12 (Klinë, 30 seats, projector), morning 16–20 Oct: own municipality',
    );
    await cls(
      2,
      25,
      PEJE,
      'AFTERNOON',
      '25 SQ trainees of Klinë in Qendra (e vjetër), Salla 2 (Pejë, 28 seats, no projector or TV), afternoon 16–20 Oct: Klinë has no room available on 16–20 Oct; nearest in the region: Pejë, second shift: morning slots were full',
    );
    await cls(
      3,
      25,
      PEJE,
      'MORNING',
      '25 SQ trainees of Klinë in Shkolla X, Salla A (Pejë, 30 seats, projector and TV), morning 16–20 Oct: Klinë has no free room with ≥ 25 seats; nearest in the region: Pejë',
    );
    await cls(
      4,
      20,
      KLINE,
      'AFTERNOON',
      '20 SQ trainees of Klinë in Shkolla X, Salla B (Klinë, 20 seats, TV), afternoon 16–20 Oct: kept from the published plan',
    );
    await cls(5, 28, null, null, '28 SQ trainees of Klinë: no room with ≥ 28 seats on 16–20 Oct');
    await cls(6, 28, null, null, 'written by hand');
    await db.exec(`SET session_replication_role = DEFAULT`);
    await applyMigrations(db, all);
  });
  afterAll(async () => {
    await db.close();
    await empty.drop();
  });

  it('turns class explanations into CLASS_PLACED / CLASS_UNPLACED with municipality codes, keeping unknown text', async () => {
    const rows = await db.query<{ explanation: unknown }>(`SELECT explanation FROM "TrainingClass" ORDER BY key`);
    const who = (trainees: number) => ({ trainees, language: 'SQ', municipality: 'kline', from: '2030-10-16', to: '2030-10-20' });
    expect(rows.map((r) => r.explanation)).toEqual([
      {
        code: 'CLASS_PLACED',
        params: {
          ...who(21),
          room: 'Shkolla Bedri Pejani, Room 12',
          roomMunicipality: 'kline',
          seats: 30,
          equipment: 'PROJECTOR',
          shift: 'MORNING',
          reason: 'OWN_MUNICIPALITY',
          secondShift: 0,
        },
      },
      {
        code: 'CLASS_PLACED',
        params: {
          ...who(25),
          room: 'Qendra (e vjetër), Salla 2',
          roomMunicipality: 'peje',
          seats: 28,
          equipment: 'NONE',
          shift: 'AFTERNOON',
          reason: 'NEAREST_IN_REGION',
          ownRooms: 'NONE',
          nearestMunicipality: 'peje',
          secondShift: 1,
        },
      },
      {
        code: 'CLASS_PLACED',
        params: {
          ...who(25),
          room: 'Shkolla X, Salla A',
          roomMunicipality: 'peje',
          seats: 30,
          equipment: 'PROJECTOR_TV',
          shift: 'MORNING',
          reason: 'NEAREST_IN_REGION',
          ownRooms: 'BUSY',
          nearestMunicipality: 'peje',
          secondShift: 0,
        },
      },
      {
        code: 'CLASS_PLACED',
        params: {
          ...who(20),
          room: 'Shkolla X, Salla B',
          roomMunicipality: 'kline',
          seats: 20,
          equipment: 'TV',
          shift: 'AFTERNOON',
          reason: 'KEPT_FROM_PUBLISHED',
          secondShift: 0,
        },
      },
      { code: 'CLASS_UNPLACED', params: who(28) },
      { code: 'LEGACY_TEXT', params: { text: 'written by hand' } },
    ]);
  });

  it('turns move reasons into their codes', async () => {
    const [plan] = await db.query<{ moves: { reason: string; toClassKey: string }[] }>(`SELECT moves FROM "TrainingPlan"`);
    expect(plan?.moves.map((m) => m.reason)).toEqual(['MOVE_CLASS_OVER_SIZE', 'MOVE_CLASS_CLOSED', 'MOVE_GROUP_CHANGED']);
    expect(plan?.moves.every((m) => m.toClassKey === 'b')).toBe(true);
  });

  it('turns plan warnings into notices with municipality codes, keeping the rest of the summary', async () => {
    const [plan] = await db.query<{ summary: { trainees: number; warnings: unknown[] } }>(`SELECT summary FROM "TrainingPlan"`);
    expect(plan?.summary.trainees).toBe(40);
    const late = { days: 2, from: '2030-10-16' };
    expect(plan?.summary.warnings).toEqual([
      { municipalityId: null, notice: { code: 'KKR_NO_HOST_ROOM', params: {} } },
      { municipalityId: null, notice: { code: 'KKR_NOTICE_NOT_SENT', params: late } },
      { municipalityId: null, notice: { code: 'KKR_NOTICE_LATE', params: { ...late, day: '2030-10-15', when: 'BEFORE', daysBefore: 1 } } },
      { municipalityId: null, notice: { code: 'KKR_NOTICE_LATE', params: { ...late, day: '2030-10-17', when: 'AFTER', daysBefore: 0 } } },
      { municipalityId: KLINE, notice: { code: 'KKR_NO_MEMBERS', params: { municipality: 'kline' } } },
      { municipalityId: PEJE, notice: { code: 'KKR_ATTENDANCE_LOW', params: { municipality: 'peje', planned: 3, members: 9 } } },
      { municipalityId: null, notice: { code: 'LEGACY_TEXT', params: { text: 'said by hand' } } },
    ]);
  });

  it('clears generated event names and keeps the names people typed', async () => {
    const rows = await db.query<{ kind: string; name: string | null }>(`SELECT kind, name FROM "TrainingEvent" ORDER BY id`);
    expect(rows).toEqual([
      { kind: 'ENUMERATORS', name: null },
      { kind: 'SUPERVISORS', name: 'Trajnimi i mbikëqyrësve, Pejë' },
      { kind: 'KKR_REGIONAL', name: null },
      { kind: 'SUPERVISORS', name: null },
    ]);
  });
});
