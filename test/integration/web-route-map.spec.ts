import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MAP_FILE = 'docs/web.md';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The operations of the route map in docs/web.md: `METHOD /path` of each row between its markers. */
async function mapped(): Promise<string[]> {
  const doc = await readFile(MAP_FILE, 'utf8');
  const start = doc.indexOf('<!-- route-map:start -->');
  const end = doc.indexOf('<!-- route-map:end -->');
  if (start < 0 || end < start) throw new Error(`${MAP_FILE} has no route map (<!-- route-map:start --> … <!-- route-map:end -->)`);
  return [...doc.slice(start, end).matchAll(/^\|\s*`([A-Z]+ \/[^`]*)`\s*\|/gm)].map((m) => m[1] ?? '');
}

describe('the console route map (docs/web.md)', () => {
  let t: TestApp;
  let operations: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const doc = (await t.http().get('/api/docs/openapi.json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m] !== undefined).map((m) => `${m.toUpperCase()} ${path}`),
    );
  });

  afterAll(async () => {
    await t.close();
  });

  it('places every operation of the API description: a console page or the reason it is API-only', async () => {
    const rows = new Set(await mapped());
    const missing = operations.filter((op) => !rows.has(op));
    if (missing.length > 0) throw new Error(`add these operations to the route map in ${MAP_FILE}:\n${missing.join('\n')}`);
    expect(missing).toEqual([]);
  });

  it('names no operation the API no longer has, and each once', async () => {
    const rows = await mapped();
    const known = new Set(operations);
    expect(rows.filter((op) => !known.has(op))).toEqual([]);
    expect(rows.filter((op, i) => rows.indexOf(op) !== i)).toEqual([]);
  });
});
