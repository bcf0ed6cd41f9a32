import { mkdtemp, mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { applyMigrations, checksum, readMigrations, MigrationError } from '../../src/common/prisma/migrator.js';
import { connectPg, type SqlRunner } from '../../src/common/prisma/sql-runner.js';
import { diffMigrationsToSchema } from '../../src/common/prisma/schema-diff.js';
import { createEmptyDatabase } from '../support/test-db.js';

describe('migrations', () => {
  it('agree with schema.prisma (run `npm run migrate:new -- <name>` when this fails)', async () => {
    // The schema engine replays prisma/migrations on a shadow database and diffs the result
    // against schema.prisma; any SQL left over is a schema change without a migration.
    const diff = await diffMigrationsToSchema(process.env.TERREN_TEST_SERVER as string);
    expect(diff).toBe('');
  });

  it('notices a schema change that has no migration', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'terren-schema-'));
    try {
      const changed = path.join(dir, 'schema.prisma');
      const original = await readFile(path.resolve('prisma/schema.prisma'), 'utf8');
      await writeFile(changed, `${original}\nmodel DriftCheck {\n  id Int @id\n}\n`);
      const diff = await diffMigrationsToSchema(process.env.TERREN_TEST_SERVER as string, undefined, changed);
      expect(diff).toContain('CREATE TABLE "DriftCheck"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  describe('our migrator', () => {
    let empty: { url: string; drop(): Promise<void> };
    let db: SqlRunner;
    beforeAll(async () => {
      empty = await createEmptyDatabase();
      db = await connectPg(empty.url);
    });
    afterAll(async () => {
      await db.close();
      await empty.drop();
    });

    it('applies every migration once and records it in _prisma_migrations as Prisma does', async () => {
      const migrations = await readMigrations();
      expect(migrations.length).toBeGreaterThan(0);
      const first = await applyMigrations(db, migrations);
      expect(first).toEqual(migrations.map((m) => m.name));
      const rows = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(migrations.map((m) => [m.name, checksum(m.sql)]));
      expect(rows.every((r) => r.finished_at instanceof Date && r.applied_steps_count === 1)).toBe(true);
      // Second run: nothing pending, nothing applied.
      expect(await applyMigrations(db, migrations)).toEqual([]);
    });

    it('rolls back a failing migration completely and records nothing for it', async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'terren-mig-'));
      try {
        const base = await readMigrations();
        await mkdir(path.join(dir, '29991231000000_broken'));
        await writeFile(
          path.join(dir, '29991231000000_broken', 'migration.sql'),
          'CREATE TABLE "HalfDone" (id int);\nSELECT no_such_function();\n',
        );
        const broken = await readMigrations(dir);
        await expect(applyMigrations(db, [...base, ...broken])).rejects.toThrow(MigrationError);
        const table = await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'HalfDone'");
        expect(table).toEqual([]);
        const recorded = await db.query('SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1', ['29991231000000_broken']);
        expect(recorded).toEqual([]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('refuses a database that has migrations this code base does not know', async () => {
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ('00000000-0000-0000-0000-00000000abcd', 'x', '30000101000000_from_the_future', now(), 1)`,
      );
      await expect(applyMigrations(db, await readMigrations())).rejects.toThrow(/not in prisma\/migrations/);
      await db.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = '30000101000000_from_the_future'`);
    });
  });
});
