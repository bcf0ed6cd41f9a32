import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { API_TYPES_FILE, renderApiTypes } from '../../scripts/api-types.mjs';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the console types generated from the API description', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it(`${API_TYPES_FILE} is what the current document generates (else run npm run api:types)`, async () => {
    const doc = (await t.http().get('/api/docs/openapi.json').expect(200)).body as unknown;
    const fresh = await renderApiTypes(doc);
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    // One message instead of a 29,000-line diff: the file is regenerated, never edited.
    if (committed !== fresh) throw new Error(`${API_TYPES_FILE} is stale: run npm run api:types and commit the result`);
    expect(committed).toBe(fresh);
  });
});
