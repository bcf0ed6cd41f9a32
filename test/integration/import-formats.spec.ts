import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { listRoutes, routeKey, type RouteInfo } from '../support/routes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every import route (declared with @ImportRoute, src/common/tabular/import-route.ts) answers
 * a body it cannot read the same way, in national scope: 400 IMPORT_FORMAT on the tabular
 * imports (CSV / JSON rows), 415 UNSUPPORTED_MEDIA_TYPE on an archive import for anything but
 * its archive (an empty archive is 400 IMPORT_FORMAT). Routes are read from the declarations,
 * so a new import route is covered without touching this file.
 */

interface Case {
  readonly name: string;
  readonly type: string;
  readonly body: string | Buffer;
}

/** Bytes that are neither UTF-8 nor a legacy code page (a zip header, C1 bytes, a broken sequence). */
const GARBAGE = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x81, 0x8d, 0x00, 0xc3, 0x28, 0x0a]);

const CASES: readonly Case[] = [
  { name: 'broken JSON', type: 'application/json', body: '[{"ea_code": "A",' },
  { name: 'JSON that is not rows', type: 'application/json', body: '{"probe": 1}' },
  { name: 'JSON of scalars', type: 'application/json', body: '[1, 2]' },
  { name: 'binary bytes sent as CSV', type: 'text/csv', body: GARBAGE },
  { name: 'a media type no import reads', type: 'application/xml', body: '<rows><row/></rows>' },
  { name: 'an empty CSV body', type: 'text/csv', body: '' },
  { name: 'an empty JSON body', type: 'application/json', body: '' },
];

const isArchive = (r: RouteInfo): boolean => !!r.importRoute && r.importRoute.formats.every((f) => f === 'zip');

describe('import formats: the same malformed bodies on every import route', () => {
  let t: TestApp;
  let imports: RouteInfo[];
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of [Role.ADMIN, Role.FINANCE, Role.LOGISTICS]) tokens.set(role, await t.tokenFor(role));
    imports = listRoutes(t.app).filter((r) => r.importRoute);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A national token of a role the route admits (ADMIN where it may). */
  const tokenOf = (r: RouteInfo): string => {
    const role = !r.roles || r.roles.includes(Role.ADMIN) ? Role.ADMIN : (r.roles.find((x) => tokens.has(x as Role)) as Role);
    return tokens.get(role) as string;
  };
  const pathOf = (r: RouteInfo) =>
    r.path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => (name === 'kind' ? 'eas' : name === 'code' ? 'prishtine' : randomUUID()));

  it('finds the import routes from their declarations', () => {
    expect(imports.map(routeKey)).toEqual(
      expect.arrayContaining([
        'POST /api/v1/imports/:kind',
        'POST /api/v1/payroll/counts/import',
        'POST /api/v1/recruitment/competitions/:id/applications/import',
        'POST /api/v1/recruitment/competitions/:id/scores/import',
        'POST /api/v1/equipment/items/bulk',
        'POST /api/v1/training/plans/:id/attendance/import',
        'POST /api/v1/fieldwork/expectations/import',
        'POST /api/v1/fieldwork/mappings/:id/csv-imports',
        'POST /api/v1/fieldwork/mappings/:id/imports',
      ]),
    );
    // Every route that takes an upload is an import route, declared as one.
    for (const r of listRoutes(t.app).filter((x) => x.body?.kind === 'upload')) expect(r.importRoute).toBeDefined();
  });

  it.each(CASES)('$name → 400 IMPORT_FORMAT (415 on an archive import)', async (c) => {
    const answers: string[] = [];
    const expected: string[] = [];
    for (const r of imports) {
      const res = await t.http().post(pathOf(r)).set('authorization', tokenOf(r)).set('content-type', c.type).send(c.body);
      answers.push(`${routeKey(r)} → ${res.status} ${res.body?.error?.code}`);
      expected.push(`${routeKey(r)} → ${isArchive(r) ? '415 UNSUPPORTED_MEDIA_TYPE' : '400 IMPORT_FORMAT'}`);
    }
    expect(answers).toEqual(expected);
  });

  it('an empty archive → 400 IMPORT_FORMAT', async () => {
    for (const r of imports.filter(isArchive)) {
      const res = await t
        .http()
        .post(pathOf(r))
        .set('authorization', tokenOf(r))
        .set('content-type', 'application/zip')
        .send(Buffer.alloc(0));
      expect({ route: routeKey(r), status: res.status, code: res.body.error?.code }).toEqual({
        route: routeKey(r),
        status: 400,
        code: 'IMPORT_FORMAT',
      });
    }
  });

  it('broken JSON answers the same error body on every tabular import', async () => {
    for (const r of imports.filter((x) => x.importRoute?.formats.includes('json'))) {
      const res = await t
        .http()
        .post(pathOf(r))
        .set('authorization', tokenOf(r))
        .set('content-type', 'application/json')
        .send('{"rows": [');
      expect({ route: routeKey(r), error: res.body.error }).toEqual({
        route: routeKey(r),
        error: { code: 'IMPORT_FORMAT', message: 'the file is not valid JSON' },
      });
    }
  });
});
