import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import pg from 'pg';

/** How many operations of the API description the run's responses reached (dist/openapi-coverage.json). */
async function reportCoverage() {
  const file = process.env.TERREN_OPENAPI_COVERAGE_FILE;
  if (!file || !existsSync(file) || !existsSync('dist/openapi.json')) return;
  const lines = (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(' '));
  const seen = new Set(lines.map(([id]) => id));
  const succeeded = new Set(lines.filter(([, status]) => Number(status) < 300).map(([id]) => id));
  await rm(file);
  const doc = JSON.parse(await readFile('dist/openapi.json', 'utf8'));
  const all = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
  const covered = all.filter((id) => seen.has(id));
  const missing = all.filter((id) => !seen.has(id)).sort();
  const withSuccess = all.filter((id) => succeeded.has(id)).length;
  await writeFile(
    'dist/openapi-coverage.json',
    `${JSON.stringify({ operations: all.length, covered: covered.length, withSuccess, missing }, null, 2)}\n`,
  );
  console.log(
    `\nAPI description: responses of ${covered.length} of ${all.length} operations checked, a success answer of ${withSuccess} (dist/openapi-coverage.json)`,
  );
}

export default async function globalTeardown() {
  await reportCoverage();
  const admin = new pg.Client({ connectionString: process.env.TERREN_TEST_SERVER });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${process.env.TERREN_TEST_TEMPLATE_DB}" WITH (FORCE)`);
  await admin.end();
}
