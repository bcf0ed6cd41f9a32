import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { applyMigrations, readMigrations } from '../../src/common/prisma/migrator.js';
import { connectPg, type SqlRunner } from '../../src/common/prisma/sql-runner.js';
import { createEmptyDatabase } from '../support/test-db.js';

/**
 * The migration that turns the English notes stored on replacements, and the distribution plan
 * line note, into codes: known sentences come out as the codes the hooks write now, anything
 * else is kept whole as LEGACY_TEXT.
 */
const MIGRATION = '20261204223200_coded_replacement_notes';

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
    const replacement = (id: string, notes: unknown) =>
      db.query(
        `INSERT INTO "Replacement" (id, "competitionId", "municipalityId", "leaverStaffId", "leavingDate", "cutoverDate", reason, "proposedApplicationId", status, notes)
         VALUES ($1::uuid, '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003',
                 '2030-10-25', '2030-10-26', 'Moved abroad', '00000000-0000-4000-8000-000000000004', 'ACCEPTED', $2::jsonb)`,
        [id, notes === null ? null : JSON.stringify(notes)],
      );
    await replacement('00000000-0000-4000-8000-0000000000a1', null);
    await replacement('00000000-0000-4000-8000-0000000000a2', [
      {
        source: 'equipment',
        message:
          'the leaver held no kit: nothing returned or issued; the replacement receives a kit at the handover of the next distribution plan version',
      },
      { source: 'training', message: 'no published training plan ahead covers the municipality: nothing re-planned' },
    ]);
    await replacement('00000000-0000-4000-8000-0000000000a3', [
      { source: 'equipment', message: 'kit returned by the leaver on 2030-10-26: BG-1; issued to the replacement: BG-1' },
      { source: 'training', code: 'TRAINING_NOTHING_REPLANNED', params: {} },
    ]);
    await replacement('00000000-0000-4000-8000-0000000000a4', []);
    const line = (staffId: string, sessionNote: string | null) => ({
      staffId,
      fullName: 'X',
      role: 'ENUMERATOR',
      items: [],
      complete: true,
      session: null,
      sessionNote,
    });
    await db.query(
      `INSERT INTO "DistributionPlan" (id, "municipalityId", version, "sparePercent", lines, spares, needs, missing)
       VALUES ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-000000000002', 1, 10, $1::jsonb, '[]', '[]', '{}')`,
      [JSON.stringify([line('s1', 'session not planned yet'), line('s2', null), line('s3', 'written by hand')])],
    );
    await db.exec(`SET session_replication_role = DEFAULT`);
    await applyMigrations(db, all);
  });
  afterAll(async () => {
    await db.close();
    await empty.drop();
  });

  it('turns replacement notes into codes, keeping an unknown one as LEGACY_TEXT and a coded one as it is', async () => {
    const rows = await db.query<{ notes: unknown }>(`SELECT notes FROM "Replacement" ORDER BY id`);
    expect(rows.map((r) => r.notes)).toEqual([
      null,
      [
        { source: 'equipment', code: 'KIT_NONE_HELD', params: {} },
        { source: 'training', code: 'TRAINING_NOTHING_REPLANNED', params: {} },
      ],
      [
        {
          source: 'equipment',
          code: 'LEGACY_TEXT',
          params: { text: 'kit returned by the leaver on 2030-10-26: BG-1; issued to the replacement: BG-1' },
        },
        { source: 'training', code: 'TRAINING_NOTHING_REPLANNED', params: {} },
      ],
      [],
    ]);
  });

  it('turns the plan line note into SESSION_NOT_PLANNED and leaves other notes alone', async () => {
    const rows = await db.query<{ lines: { staffId: string; sessionNote: string | null }[] }>(`SELECT lines FROM "DistributionPlan"`);
    expect(rows[0]?.lines.map((l) => [l.staffId, l.sessionNote])).toEqual([
      ['s1', 'SESSION_NOT_PLANNED'],
      ['s2', null],
      ['s3', 'written by hand'],
    ]);
  });
});
