import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { createEa, createStaff, uniq } from '../support/factories.js';
import { createAssignedEnumerator, createExampleTariff } from '../support/payroll-factories.js';
import { listRoutes, routeKey, type RouteInfo } from '../support/routes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { worded } from '../support/english.js';

/**
 * Bytes at the door: per-route body limits checked before a body is read, text PostgreSQL
 * cannot store refused naming the field on every route, LIKE wildcards taken literally, CSV
 * files decoded without replacement characters, concurrent identical imports.
 */

/** Routes that take more than small JSON: a new one must be added here on purpose. */
const LARGE_BODY_ROUTES: Readonly<Record<string, 'upload' | 'bulk-json' | 'file'>> = {
  'POST /api/v1/imports/:kind': 'upload',
  'POST /api/v1/payroll/counts/import': 'upload',
  'POST /api/v1/recruitment/competitions/:id/applications/import': 'upload',
  'POST /api/v1/equipment/items/bulk': 'upload',
  'POST /api/v1/recruitment/competitions/:id/scores': 'bulk-json',
  'POST /api/v1/training/plans/:id/attendance/import': 'upload',
  'POST /api/v1/fieldwork/expectations/import': 'upload',
  'POST /api/v1/fieldwork/mappings/:id/csv-imports': 'upload',
  'POST /api/v1/recruitment/competitions/:id/municipalities/:code/final-list': 'bulk-json',
  'POST /api/v1/equipment/deliveries': 'bulk-json',
  // a contract scan (PDF, JPEG, PNG) up to 10 MB
  'POST /api/v1/contracts/:id/signature': 'file',
  'POST /api/v1/recruitment/competitions/:id/scores/import': 'upload',
  'POST /api/v1/recruitment/competitions/:id/municipalities/:code/supervisors/selection': 'bulk-json',
};

const latin1 = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('hostile input', () => {
  let t: TestApp;
  let admin: string;
  const tokens = new Map<Role, string>();
  let routes: RouteInfo[];
  let port: number;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
    for (const role of [Role.FINANCE, Role.LOGISTICS]) tokens.set(role, await t.tokenFor(role));
    tokens.set(Role.MUNICIPALITY, await t.tokenFor(Role.MUNICIPALITY, 'prishtine'));
    tokens.set(Role.ADMIN, admin);
    routes = listRoutes(t.app);
    await createExampleTariff(t.db);
    await new Promise<void>((resolve) => t.app.getHttpServer().listen(0, '127.0.0.1', resolve));
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => {
    await t.close();
  });

  /** A token of a role the route admits (ADMIN where it may). */
  const tokenOf = (r: RouteInfo): string => (!r.roles || r.roles.includes(Role.ADMIN) ? admin : (tokens.get(r.roles[0] as Role) as string));
  const pathOf = (
    r: RouteInfo,
    param: (name: string) => string = (n) => (n === 'kind' ? 'eas' : n === 'code' ? 'prishtine' : randomUUID()),
  ) => r.path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => encodeURIComponent(param(name)));
  const send = (r: RouteInfo, path: string) => {
    const agent = t.http();
    const m = r.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const req = agent[m](path);
    return r.isPublic ? req : req.set('authorization', tokenOf(r));
  };

  /** Raw HTTP: headers that announce a body, then only `sent` bytes; resolves with the status once answered. */
  const announce = (path: string, contentLength: number, sent: number, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string; ms: number }>((resolve, reject) => {
      const started = Date.now();
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(contentLength), ...headers },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, body, ms: Date.now() - started });
          });
        },
      );
      req.on('error', reject);
      req.write('x'.repeat(sent));
      // never end(): the server must answer without waiting for the rest
    });

  describe('body limits per route', () => {
    it('declares large bodies only on the upload and bulk routes; every other route takes small JSON', () => {
      const large = Object.fromEntries(routes.filter((r) => r.body && r.body.kind !== 'json').map((r) => [routeKey(r), r.body?.kind]));
      expect(large).toEqual(LARGE_BODY_ROUTES);
      expect(routes.find((r) => routeKey(r) === 'POST /api/v1/auth/login')?.body).toEqual({ kind: 'json', maxBytes: 4096 });
    });

    it('answers sign-in with 100 kB 413 PAYLOAD_TOO_LARGE, and a normal sign-in still works', async () => {
      const big = { email: 'a@b.c', password: 'x'.repeat(100 * 1024) };
      const res = await t.http().post('/api/v1/auth/login').send(big).expect(413);
      expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
      const ok = await t.http().post('/api/v1/auth/login').send({ email: 'nobody@test.terren', password: 'wrong-password' });
      expect(ok.status).toBe(401);
    });

    it('refuses an announced 40 MB sign-in before reading it (Content-Length), without waiting for the bytes', async () => {
      const res = await announce('/api/v1/auth/login', 40 * 1024 * 1024, 1024);
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body).error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(res.ms).toBeLessThan(5_000);
    });

    it('refuses a chunked body past the limit while streaming (no Content-Length)', async () => {
      const res = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port, path: '/api/v1/auth/login', method: 'POST', headers: { 'content-type': 'application/json' } },
          (r) => {
            r.resume();
            resolve(r.statusCode ?? 0);
            req.destroy();
          },
        );
        req.on('error', reject);
        // 16 kB in chunks, never ended: the reader stops at 4 kB.
        for (let i = 0; i < 16; i++) req.write(`${'x'.repeat(1023)} `);
      });
      expect(res).toBe(413);
    });

    it('answers 413 on an ordinary JSON route above 64 kB, and 401 to an unauthenticated 40 MB import without reading it', async () => {
      const staff = await createStaff(t.db, 'prishtine');
      const res = await t
        .http()
        .patch(`/api/v1/staff/${staff.id}`)
        .set('authorization', admin)
        .send({ phone: '+383 44 111 222', padding: 'x'.repeat(70 * 1024) })
        .expect(413);
      expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
      const anon = await announce('/api/v1/imports/eas', 40 * 1024 * 1024, 1024, { 'content-type': 'text/csv' });
      expect(anon.status).toBe(401);
    });

    it('accepts a 1 MB file on the import route', async () => {
      const lines = ['ea_code,municipality_code,name'];
      const p = `BIG${uniq()}`;
      for (let i = 0; lines.join('\n').length < 1024 * 1024; i++) lines.push(`${p}-${i},prishtine,${'Fushë Kosovë '.repeat(10)}${i}`);
      const body = `${lines.join('\n')}\n`;
      expect(Buffer.byteLength(body)).toBeGreaterThan(1024 * 1024);
      const res = await t
        .http()
        .post('/api/v1/imports/eas?dryRun=true')
        .set('authorization', admin)
        .set('content-type', 'text/csv')
        .send(body);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ dryRun: true, created: lines.length - 1 });
    });
  });

  describe('NUL and unpaired surrogates → 400 naming the field, on every route', () => {
    it('in the query string', async () => {
      const failures: string[] = [];
      for (const r of routes) {
        const res = await send(r, `${pathOf(r)}?probe=a%00b`);
        const fields = (res.body?.error?.details ?? []).map((d: { field?: string }) => d.field);
        if (res.status !== 400 || res.body.error.code !== 'VALIDATION_FAILED' || !fields.includes('query.probe'))
          failures.push(`${routeKey(r)} → ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
      }
      expect(failures).toEqual([]);
    });

    it('in a path parameter', async () => {
      const failures: string[] = [];
      for (const r of routes.filter((x) => x.params.length > 0)) {
        const first = r.params[0] as string;
        const res = await send(
          r,
          pathOf(r, (n) => (n === first ? 'x\u0000y' : n === 'kind' ? 'eas' : n === 'code' ? 'prishtine' : randomUUID())),
        );
        const fields = (res.body?.error?.details ?? []).map((d: { field?: string }) => d.field);
        if (res.status !== 400 || !fields.includes(`params.${first}`)) failures.push(`${routeKey(r)} → ${res.status}`);
      }
      expect(failures).toEqual([]);
    });

    it('in a JSON body, at any depth', async () => {
      const failures: string[] = [];
      for (const r of routes.filter((x) => x.method !== 'GET' && x.method !== 'DELETE')) {
        const res = await send(r, pathOf(r)).send({ probe: 'bad\u0000', rows: [{ name: 'ok' }, { name: '\ud800' }] });
        const fields = (res.body?.error?.details ?? []).map((d: { field?: string }) => d.field);
        if (res.status !== 400 || !fields.includes('body.probe') || !fields.includes('body.rows.1.name'))
          failures.push(`${routeKey(r)} → ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
      }
      expect(failures).toEqual([]);
    });

    it('in a CSV cell: 400 IMPORT_FORMAT naming the line and the column; nothing is written', async () => {
      const code = `NUL${uniq()}`;
      const res = await t
        .http()
        .post('/api/v1/imports/eas')
        .set('authorization', admin)
        .set('content-type', 'text/csv')
        .send(`ea_code,municipality_code,name\n${code}-1,prishtine,fine\n${code}-2,prishtine,bad\u0000name\n`)
        .expect(400);
      expect(res.body.error).toMatchObject({
        code: 'IMPORT_FORMAT',
        details: [{ row: 3, field: 'name', reason: expect.stringContaining('NUL') }],
      });
      expect(await t.db.prisma.enumerationArea.count({ where: { code: { startsWith: code } } })).toBe(0);
    });

    it('in a counts CSV cell (its own streaming reader): 400 naming the line and the column; nothing is written', async () => {
      const a = await createAssignedEnumerator(t.db, 'prishtine');
      const before = await t.db.prisma.eaCount.count();
      const res = await t
        .http()
        .post('/api/v1/payroll/counts/import')
        .set('authorization', admin)
        .set('content-type', 'text/csv')
        .send(
          `ea_code,enumerator_id,buildings,dwellings,households,individuals,diaspora_persons,diaspora_list_complete\n${a.eaCode}\u0000,${a.nationalId},1,1,1,1,0,true\n`,
        );
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'IMPORT_FORMAT',
        details: [{ row: 2, field: 'ea_code', reason: expect.stringContaining('NUL') }],
      });
      expect(await t.db.prisma.eaCount.count()).toBe(before);
    });
  });

  describe('filters take %, _ and \\ literally', () => {
    it('staff q: a name containing them is found, names they would match as wildcards are not', async () => {
      const u = uniq();
      const cases = [
        { q: `Pct${u} 5%x`, hit: `Pct${u} 5%x`, miss: `Pct${u} 5abx` },
        { q: `Und${u} a_b`, hit: `Und${u} a_b`, miss: `Und${u} acb` },
        { q: `Bsl${u} a\\b`, hit: `Bsl${u} a\\b`, miss: `Bsl${u} ab` },
      ];
      for (const c of cases) {
        await createStaff(t.db, 'prishtine', { fullName: c.hit });
        await createStaff(t.db, 'prishtine', { fullName: c.miss });
      }
      for (const c of cases) {
        const res = await t.http().get('/api/v1/staff').query({ q: c.q }).set('authorization', admin).expect(200);
        expect(res.body.items.map((s: { fullName: string }) => s.fullName)).toEqual([c.hit]);
        // the same as a word inside the name (the " q" contains branch)
        const inner = await t
          .http()
          .get('/api/v1/staff')
          .query({ q: c.q.split(' ')[1] })
          .set('authorization', admin)
          .expect(200);
        const names = inner.body.items.map((s: { fullName: string }) => s.fullName);
        expect(names).toContain(c.hit);
        expect(names).not.toContain(c.miss);
      }
    });

    it('EA codePrefix: T_ matches only codes with an underscore there', async () => {
      const u = uniq();
      await createEa(t.db, 'prishtine', `U_${u}-1`);
      await createEa(t.db, 'prishtine', `UX${u}-2`);
      const res = await t
        .http()
        .get('/api/v1/eas')
        .query({ codePrefix: `U_${u}` })
        .set('authorization', admin)
        .expect(200);
      expect(res.body.items.map((e: { code: string }) => e.code)).toEqual([`U_${u}-1`]);
      const pct = await t.http().get('/api/v1/eas').query({ codePrefix: '%' }).set('authorization', admin).expect(200);
      expect(pct.body.items).toEqual([]);
    });
  });

  describe('CSV encodings', () => {
    const postCsv = (path: string, bytes: Buffer) =>
      t.http().post(path).set('authorization', admin).set('content-type', 'text/csv').send(bytes);

    it('stores a Windows-1252 file (Excel "CSV (Comma delimited)") with ë and ç intact', async () => {
      const code = `W${uniq()}`;
      const file = latin1(
        'ea_code,municipality_code,name\r\n',
        `${code},prishtine,Fush`,
        [0xeb],
        ' Kosov',
        [0xeb],
        ' ',
        [0xc7],
        'ar',
        [0xe7],
        'ia\r\n',
      );
      const res = await postCsv('/api/v1/imports/eas', file).expect(200);
      expect(res.body.created).toBe(1);
      const ea = await t.db.prisma.enumerationArea.findUniqueOrThrow({ where: { code } });
      expect(ea.name).toBe('Fushë Kosovë Çarçia');
      expect(ea.name).not.toContain('\uFFFD');
    });

    it('refuses a Windows-1250 file with č (unreadable without guessing) with "save the file as CSV UTF-8", naming the line', async () => {
      const code = `C${uniq()}`;
      const file = latin1('ea_code,municipality_code,name\n', `${code}-1,prishtine,Ok\n`, `${code}-2,prishtine,Gra`, [0xe8], 'anica\n');
      const res = await postCsv('/api/v1/imports/eas', file).expect(400);
      expect(res.body.error.code).toBe('IMPORT_FORMAT');
      expect(worded(res.body.error.details)).toEqual([{ row: 3, reason: expect.stringContaining('CSV UTF-8') }]);
      expect(await t.db.prisma.enumerationArea.count({ where: { code: { startsWith: code } } })).toBe(0);
    });

    it('refuses invalid UTF-8 naming the line, on every CSV upload route', async () => {
      // Line 2 is UTF-8 (ë = C3 AB); line 3 holds a broken sequence (C3 followed by '(').
      const file = latin1('a,b\n', 'x,', [0xc3, 0xab], '\n', 'y,', [0xc3], '(\n');
      const uploads = routes.filter((r) => r.body?.kind === 'upload');
      expect(uploads.length).toBe(8);
      for (const r of uploads) {
        const res = await send(r, pathOf(r)).set('content-type', 'text/csv').send(file);
        expect({ route: routeKey(r), status: res.status, code: res.body.error?.code }).toEqual({
          route: routeKey(r),
          status: 400,
          code: 'IMPORT_FORMAT',
        });
        expect(worded(res.body.error.details)).toEqual([
          { row: 3, reason: expect.stringMatching(/^line 3 is not valid UTF-8.*CSV UTF-8/) },
        ]);
      }
    });
  });

  describe('concurrent identical imports', () => {
    it('two identical files at once: one creates, the other answers unchanged (never 409)', async () => {
      for (let round = 0; round < 3; round++) {
        const code = `R${uniq()}`;
        const rows = Array.from({ length: 200 }, (_, i) => `${code}-${i},prishtine,Ferizaj ${i}`);
        const file = `ea_code,municipality_code,name\n${rows.join('\n')}\n`;
        const post = () => t.http().post('/api/v1/imports/eas').set('authorization', admin).set('content-type', 'text/csv').send(file);
        const [a, b] = await Promise.all([post(), post()]);
        expect([a.status, b.status]).toEqual([200, 200]);
        const bodies = [a.body, b.body].sort((x: { created: number }, y: { created: number }) => y.created - x.created);
        expect(bodies[0]).toMatchObject({ created: 200, updated: 0, unchanged: 0, batchId: expect.any(String) });
        expect(bodies[1]).toMatchObject({ created: 0, updated: 0, unchanged: 200, batchId: null });
        expect(await t.db.prisma.enumerationArea.count({ where: { code: { startsWith: code } } })).toBe(200);
        expect(await t.db.prisma.importBatch.count({ where: { id: bodies[0].batchId } })).toBe(1);
      }
    });
  });
});
