import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import openapiTS, { astToString } from 'openapi-typescript';
import { startTestApp, type TestApp } from '../support/test-app.js';

const EXAMPLE = 'docs/examples/import-counts.ts';

/** tsc (strict) over one file; its diagnostics, or '' when it type-checks. */
function typecheck(file: string): string {
  const r = spawnSync(
    process.execPath,
    [
      'node_modules/typescript/bin/tsc',
      '--noEmit',
      '--strict',
      '--target',
      'es2022',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--skipLibCheck',
      '--types',
      'node',
      file,
    ],
    { encoding: 'utf8' },
  );
  return r.status === 0 ? '' : `${r.stdout}${r.stderr}` || `tsc exited with ${r.status}`;
}

describe('a client generated from the served API description', () => {
  let t: TestApp;
  const dir = path.resolve(`dist/api-client-check-${process.pid}`);

  beforeAll(async () => {
    t = await startTestApp();
    const doc = (await t.http().get('/api/docs/openapi.json').expect(200)).body as Record<string, unknown>;
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'terren-api.d.ts'), astToString(await openapiTS(doc as never)));
  });

  afterAll(async () => {
    await t.close();
  });

  it('type-checks the docs/api.md example script (sign in, import counts, download the bank file)', async () => {
    await copyFile(EXAMPLE, path.join(dir, 'import-counts.ts'));
    expect(typecheck(path.join(dir, 'import-counts.ts'))).toBe('');
  });

  it('breaks the type-check when a script reads a field the description does not have', async () => {
    const script = (await readFile(EXAMPLE, 'utf8')).replace('tariffVersion: number }', 'tariffVersion: number; tariffName: string }');
    await writeFile(path.join(dir, 'drifted.ts'), script);
    expect(typecheck(path.join(dir, 'drifted.ts'))).toMatch(/tariffName/);
  });
});
