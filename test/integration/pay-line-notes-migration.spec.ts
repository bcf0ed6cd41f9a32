import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { applyMigrations, readMigrations } from '../../src/common/prisma/migrator.js';
import { connectPg, type SqlRunner } from '../../src/common/prisma/sql-runner.js';
import { createEmptyDatabase } from '../support/test-db.js';

/**
 * The migration that turns stored English pay line descriptions into codes with parameters:
 * lines written before it come out as the notes the pay rules write now (null where the
 * label says everything), a text of no known shape is kept whole as LEGACY_TEXT.
 */
const MIGRATION = '20261204223000_pay_line_notes';

const OLD: readonly (readonly [string, string | null, unknown])[] = [
  ['SUPERVISOR_MONTH', 'supervisor pay 2023-10-15 – 2023-11-14: 31 of 31 days', null],
  ['SUPERVISOR_MONTH', 'supervisor pay 2023-11-15 – 2023-12-15: 10 of 31 days (due 193.55, paid 190.00)', null],
  ['PREPARATORY', 'preparatory period 2023-10-16 – 2023-10-30: 15 of 15 days', null],
  [
    'PREPARATORY',
    'preparatory period 2023-10-16 – 2023-10-30: 15 of 15 days; training attendance 3 of 5 days, 60.00 not paid',
    { code: 'PREP_PRORATED', params: { attended: 3, trainingDays: 5, notPaidAmount: '60.00' } },
  ],
  [
    'PREPARATORY',
    'preparatory period 2023-10-16 – 2023-10-30: 10 of 15 days; no attendance at the enumerator training, 100.00 not paid',
    { code: 'PREP_NO_ATTENDANCE', params: { notPaidAmount: '100.00' } },
  ],
  ['PIECE', 'EA PR-0001: individuals', null],
  ['PIECE', 'EA PR-0001: households (no longer due, paid 1.00)', null],
  ['PIECE', 'EA PR-0002: diaspora persons — not paid, diaspora list incomplete', { code: 'DIASPORA_LIST_INCOMPLETE', params: {} }],
  ['TAX', 'income tax 7.50 % of 438.40 (due 32.88, paid 32.70)', { code: 'TAX', params: { percent: '7.50', baseAmount: '438.40' } }],
  [
    'CHARGEBACK',
    'equipment not returned: Tablet bag serial CB1-BG',
    { code: 'CHARGEBACK', params: { reason: 'NOT_RETURNED', item: 'Tablet bag', serial: 'CB1-BG' } },
  ],
  [
    'CHARGEBACK',
    'equipment returned damaged: Tablet 10" serial TB-7',
    { code: 'CHARGEBACK', params: { reason: 'DAMAGED', item: 'Tablet 10"', serial: 'TB-7' } },
  ],
  [
    'HELD',
    'EA PR-0003: individuals — held: EA PR-0003: 2530 individuals in 82 households = 30.85 per household, outside 1–15',
    {
      code: 'LEGACY_TEXT',
      params: { text: 'EA PR-0003: individuals — held: EA PR-0003: 2530 individuals in 82 households = 30.85 per household, outside 1–15' },
    },
  ],
  ['CHARGEBACK', 'tablet charger not returned', { code: 'LEGACY_TEXT', params: { text: 'tablet charger not returned' } }],
  ['PIECE', null, null],
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
    for (const [i, [lineType, description]] of OLD.entries()) {
      await db.query(
        `INSERT INTO "PayLine" (id, "runId", "staffId", "municipalityId", "lineType", quantity, rate, "amountCents", "tariffVersion", description)
         VALUES ($1, '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-000000000002',
                 $2::"PayLineType", 1, 0, 0, 1, $3::text)`,
        [i + 1, lineType, description],
      );
    }
    await applyMigrations(db, all);
  });
  afterAll(async () => {
    await db.close();
    await empty.drop();
  });

  it('turns each known description into its note, drops what the label says and keeps any other text as LEGACY_TEXT', async () => {
    const rows = await db.query<{ description: unknown }>(`SELECT description FROM "PayLine" ORDER BY id`);
    expect(rows.map((r) => r.description)).toEqual(OLD.map(([, , note]) => note));
  });

  it('leaves a jsonb column', async () => {
    const [col] = await db.query<{ data_type: string }>(
      `SELECT data_type FROM information_schema.columns WHERE table_name = 'PayLine' AND column_name = 'description'`,
    );
    expect(col?.data_type).toBe('jsonb');
  });
});
