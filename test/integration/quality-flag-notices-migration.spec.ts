import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { applyMigrations, readMigrations } from '../../src/common/prisma/migrator.js';
import { connectPg, type SqlRunner } from '../../src/common/prisma/sql-runner.js';
import { createEmptyDatabase } from '../support/test-db.js';

/**
 * The migration that turns stored English quality flag explanations into notices coded by the
 * rule: flags written before it come out as the notices the rules write now (one per offending
 * figure where the sentence listed several), a text of no known shape is kept whole as LEGACY_TEXT.
 */
const MIGRATION = '20261204231500_quality_flag_notices';

const OLD: readonly (readonly [string, string, unknown])[] = [
  [
    'INDIVIDUALS_PER_HOUSEHOLD',
    'EA 0042: 540 individuals in 100 households = 5.40 per household, outside 2.5–8',
    [
      {
        code: 'INDIVIDUALS_PER_HOUSEHOLD',
        params: { ea: '0042', individuals: 540, households: 100, ratio: '5.40', minRatio: '2.5', maxRatio: '8' },
      },
    ],
  ],
  [
    'ABOVE_EXPECTED',
    'EA T-1: 120 households reported, 100 expected (more than 15 % above)',
    [{ code: 'ABOVE_EXPECTED', params: { ea: 'T-1', figure: 'households', reported: 120, expected: 100, percent: '15' } }],
  ],
  [
    'ABOVE_EXPECTED',
    'EA T-2: 133 dwellings reported, 110 expected; 661 individuals reported, 550 expected (more than 20 % above)',
    [
      { code: 'ABOVE_EXPECTED', params: { ea: 'T-2', figure: 'dwellings', reported: 133, expected: 110, percent: '20' } },
      { code: 'ABOVE_EXPECTED', params: { ea: 'T-2', figure: 'individuals', reported: 661, expected: 550, percent: '20' } },
    ],
  ],
  [
    'HOUSEHOLDS_WITHOUT_INDIVIDUALS',
    'EA 0042: 3 of 100 households have no individuals',
    [{ code: 'HOUSEHOLDS_WITHOUT_INDIVIDUALS', params: { ea: '0042', empty: 3, households: 100 } }],
  ],
  [
    'VERSION_JUMP',
    'EA 0042: dwellings 10 → 30; individuals 550 → 300 since the previous version (more than 50 % and 5)',
    [
      { code: 'VERSION_JUMP', params: { ea: '0042', figure: 'dwellings', before: 10, after: 30, percent: '50', minimum: 5 } },
      { code: 'VERSION_JUMP', params: { ea: '0042', figure: 'individuals', before: 550, after: 300, percent: '50', minimum: 5 } },
    ],
  ],
  [
    'DIASPORA_LIST_INCOMPLETE',
    'EA 0042: 4 diaspora persons reported but the diaspora list is not complete',
    [{ code: 'DIASPORA_LIST_INCOMPLETE', params: { ea: '0042', persons: 4 } }],
  ],
  [
    'NO_RECENT_APPROVAL',
    'EA 0042: no interview approved for 9 days (last 2023-10-20; limit 7)',
    [{ code: 'NO_RECENT_APPROVAL', params: { ea: '0042', days: 9, lastDay: '2023-10-20', limitDays: 7 } }],
  ],
  // one figure of an unknown shape: the whole sentence is kept
  [
    'VERSION_JUMP',
    'EA 0042: dwellings 10 → 30; buildings 1 → 9 since the previous version (more than 50 % and 5)',
    [
      {
        code: 'LEGACY_TEXT',
        params: { text: 'EA 0042: dwellings 10 → 30; buildings 1 → 9 since the previous version (more than 50 % and 5)' },
      },
    ],
  ],
  // a sentence of one rule stored under another is not read as that rule
  [
    'NO_RECENT_APPROVAL',
    'EA 0042: 3 of 100 households have no individuals',
    [{ code: 'LEGACY_TEXT', params: { text: 'EA 0042: 3 of 100 households have no individuals' } }],
  ],
  ['R1', 'checked by hand', [{ code: 'LEGACY_TEXT', params: { text: 'checked by hand' } }]],
];

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
    for (const [i, [rule, explanation]] of OLD.entries())
      await db.query(
        `INSERT INTO "CountFlag" (id, "countId", "eaId", "enumeratorId", "municipalityId", rule, explanation, "createdAt")
         VALUES (gen_random_uuid(), $1::uuid, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), $2, $3, now() + make_interval(secs => $4))`,
        [`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, rule, explanation, i],
      );
    await db.exec(`SET session_replication_role = DEFAULT`);
    await applyMigrations(db, all);
  });
  afterAll(async () => {
    await db.close();
    await empty.drop();
  });

  it('turns each explanation into the notices the rules write now, keeping an unknown one as LEGACY_TEXT', async () => {
    const rows = await db.query<{ explanation: unknown }>(`SELECT explanation FROM "CountFlag" ORDER BY "createdAt"`);
    expect(rows.map((r) => r.explanation)).toEqual(OLD.map(([, , notices]) => notices));
  });

  it('keeps the column required', async () => {
    const cols = await db.query<{ data_type: string; is_nullable: string }>(
      `SELECT data_type, is_nullable FROM information_schema.columns WHERE table_name = 'CountFlag' AND column_name = 'explanation'`,
    );
    expect(cols).toEqual([{ data_type: 'jsonb', is_nullable: 'NO' }]);
  });
});
