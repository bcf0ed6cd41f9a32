import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { seedDemo } from '../../src/demo/demo.seed.js';
import { createEa, createStaff, uniq } from '../support/factories.js';
import { createAssignedEnumerator, createExampleTariff, type AssignedEnumerator } from '../support/payroll-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { worded } from '../support/english.js';

const HEADER = 'ea_code,enumerator_id,buildings,dwellings,households,individuals,diaspora_persons,diaspora_list_complete';
const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
/** A counts line: buildings, dwellings, households, individuals, diaspora, complete. */
const line = (a: AssignedEnumerator, ...v: Array<number | string | boolean>) => [a.eaCode, a.nationalId, ...v].join(',');

describe('EA counts import', () => {
  let t: TestApp;
  let admin: string;
  let finance: string;

  beforeAll(async () => {
    t = await startTestApp();
    await createExampleTariff(t.db);
    admin = await t.tokenFor(Role.ADMIN);
    finance = await t.tokenFor(Role.FINANCE);
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (body: string | object, token = finance, query = '') => {
    const req = t.http().post(`/api/v1/payroll/counts/import${query}`).set('Authorization', token);
    return typeof body === 'string' ? req.set('Content-Type', 'text/csv; charset=utf-8').send(body) : req.send(body);
  };
  const snapshot = async () => {
    const p = t.db.prisma;
    const [counts, current, batches, audits] = await Promise.all([
      p.eaCount.count(),
      p.eaCount.count({ where: { isCurrent: true } }),
      p.importBatch.count(),
      p.auditEvent.count(),
    ]);
    return { counts, current, batches, audits };
  };
  const versionsOf = (a: AssignedEnumerator) =>
    t.db.prisma.eaCount.findMany({ where: { eaId: a.eaId, enumeratorId: a.enumeratorId }, orderBy: { version: 'asc' } });

  it('imports a CSV (BOM, ";", CR LF, every flag spelling) and reads it back', async () => {
    const rows = await Promise.all([1, 2, 3, 4].map(() => createAssignedEnumerator(t.db, 'prishtine')));
    const [a, b, c, d] = rows as [AssignedEnumerator, AssignedEnumerator, AssignedEnumerator, AssignedEnumerator];
    const body = `\uFEFF${[
      HEADER.replaceAll(',', ';'),
      `${a.eaCode.toLowerCase()};${a.nationalId};120;140;130;410;12;true`,
      `${b.eaCode};${b.nationalId};0;0;0;0;0;NO`,
      '',
      `${c.eaCode};${c.nationalId};5;6;6;6;1;Po`,
      `${d.eaCode};${d.nationalId}; 7 ;8;8;20;0;0`,
    ].join('\r\n')}\r\n`;
    const res = await post(body).expect(200);
    expect(res.body).toEqual({
      kind: 'counts',
      dryRun: false,
      rows: 4,
      created: 4,
      updated: 0,
      unchanged: 0,
      batchId: expect.any(String),
      tariffVersion: 1,
    });

    const list = await t.http().get(`/api/v1/payroll/counts?eaCode=${a.eaCode}`).set('Authorization', finance).expect(200);
    expect(list.body).toEqual({
      total: 1,
      nextCursor: null,
      items: [
        expect.objectContaining({
          eaCode: a.eaCode,
          eaId: a.eaId,
          enumeratorId: a.enumeratorId,
          enumeratorNationalId: a.nationalId,
          municipalityCode: 'prishtine',
          version: 1,
          isCurrent: true,
          buildings: 120,
          dwellings: 140,
          households: 130,
          individuals: 410,
          diasporaPersons: 12,
          diasporaListComplete: true,
          importBatchId: res.body.batchId,
          createdById: t.userIdOf(finance),
        }),
      ],
    });
    const stored = await t.db.prisma.eaCount.findMany({ where: { importBatchId: res.body.batchId } });
    const flags = new Map(stored.map((s) => [s.eaId, s.diasporaListComplete]));
    expect([a, b, c, d].map((x) => flags.get(x.eaId))).toEqual([true, false, true, false]);
    expect(stored.find((s) => s.eaId === d.eaId)?.buildings).toBe(7);

    const batch = await t.http().get(`/api/v1/imports/${res.body.batchId}`).set('Authorization', admin).expect(200);
    expect(batch.body).toMatchObject({ kind: 'counts', format: 'csv', rowCount: 4, created: 4, updated: 0, unchanged: 0 });
    const events = await t.db.prisma.auditEvent.findMany({ where: { entity: 'Import', entityIds: { has: res.body.batchId } } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'imported',
      actorId: t.userIdOf(finance),
      municipalityId: a.municipalityId,
      details: { kind: 'counts', format: 'csv', rows: 4, created: 4, updated: 0, unchanged: 0, tariffVersion: 1 },
    });
  });

  it('imports JSON rows (numbers and booleans as values, or { rows })', async () => {
    const a = await createAssignedEnumerator(t.db, 'prizren');
    const b = await createAssignedEnumerator(t.db, 'prizren');
    const row = (x: AssignedEnumerator, complete: boolean | string) => ({
      ea_code: x.eaCode,
      enumerator_id: x.nationalId,
      buildings: 10,
      dwellings: 11,
      households: 12,
      individuals: 30,
      diaspora_persons: 2,
      diaspora_list_complete: complete,
    });
    const res = await post({ rows: [row(a, true), row(b, 'jo')] }).expect(200);
    expect(res.body).toMatchObject({ rows: 2, created: 2 });
    expect((await versionsOf(b))[0]).toMatchObject({ version: 1, individuals: 30, diasporaListComplete: false });
    const bad = await post([{ ...row(a, true), buildings: 1.5, colour: 'red' }]).expect(400);
    expect(bad.body.error).toMatchObject({
      code: 'IMPORT_FORMAT',
      details: [{ row: 1, field: 'colour', reason: expect.stringMatching(/^unknown column/) }],
    });
  });

  it('changes nothing when rows are bad, and lists every bad row with its line', async () => {
    const good = await createAssignedEnumerator(t.db, 'prishtine');
    const october = await createAssignedEnumerator(t.db, 'prishtine', { validFrom: '2023-10-16', validTo: '2023-10-31' });
    const dup = await createAssignedEnumerator(t.db, 'prishtine');
    const ea = await createEa(t.db, 'prishtine');
    const supervisor = await createStaff(t.db, 'prishtine', { kind: 'SUPERVISOR' });
    const before = await snapshot();
    const res = await post(
      csv(
        HEADER,
        line(good, 1, 2, 2, 5, 0, true), // 2: fine
        `NO-SUCH-EA,${good.nationalId},1,1,1,1,0,true`, // 3: unknown EA (and so not assigned)
        `${good.eaCode},9999999999,1,1,1,1,0,true`, // 4: unknown enumerator
        `${ea.code},${supervisor.nationalId},1,1,1,1,0,true`, // 5: a supervisor
        line(october, 1, 1, 1, 1, 0, true), // 6: assigned only before the interview period
        `${good.eaCode.replace(/^T/, 'U')},${good.nationalId},-1,2.5,99999999,3,x,maybe`, // 7: five bad cells + unknown EA
        line(dup, 1, 1, 5, 4, 0, false), // 8: fewer individuals than households
        line(dup, 1, 1, 1, 1, 0, false), // 9: same EA and enumerator as line 8
        line(good, 6000, 1, 1, 1, 0, 'yes'), // 10: absurd count; same key as line 2
        ` ,${good.nationalId},1,1,1,1,,true`, // 11: blank EA, blank diaspora
      ),
    ).expect(422);
    expect(res.body.error.code).toBe('IMPORT_INVALID');
    expect(res.body.error.message).toBe('10 rows have errors');
    const within = (window: string) => `is not assigned to EA ${window} during the interview period (1 November 2023 – 15 December 2023)`;
    expect(worded(res.body.error.details)).toEqual([
      { row: 2, field: 'enumerator_id', reason: 'same ea_code, enumerator_id as line 10' },
      { row: 3, field: 'ea_code', reason: 'is not an enumeration area within your scope' },
      { row: 4, field: 'enumerator_id', reason: 'is not a staff member within your scope' },
      { row: 5, field: 'enumerator_id', reason: 'is a supervisor, not an enumerator' },
      { row: 6, field: 'enumerator_id', reason: within(october.eaCode) },
      { row: 7, field: 'buildings', reason: 'must not be negative' },
      { row: 7, field: 'dwellings', reason: 'must be a whole number, without decimals' },
      { row: 7, field: 'households', reason: 'is more than 10,000, the most one EA can plausibly have' },
      { row: 7, field: 'diaspora_persons', reason: 'must be a whole number (0 or more)' },
      { row: 7, field: 'diaspora_list_complete', reason: 'must be true or false (also 1/0, yes/no, po/jo)' },
      { row: 7, field: 'ea_code', reason: 'is not an enumeration area within your scope' },
      { row: 8, field: 'individuals', reason: 'is fewer than households (5): every household has at least one person' },
      { row: 8, field: 'enumerator_id', reason: 'same ea_code, enumerator_id as line 9' },
      { row: 9, field: 'enumerator_id', reason: 'same ea_code, enumerator_id as line 8' },
      { row: 10, field: 'buildings', reason: 'is more than 5,000, the most one EA can plausibly have' },
      { row: 10, field: 'enumerator_id', reason: 'same ea_code, enumerator_id as line 2' },
      { row: 11, field: 'ea_code', reason: 'is required' },
      { row: 11, field: 'diaspora_persons', reason: 'is required' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 400 IMPORT_FORMAT for a wrong header, a short row and broken quoting, on their lines', async () => {
    const a = await createAssignedEnumerator(t.db, 'prishtine');
    const missing = await post(
      csv('ea_code,enumerator_id,buildings,dwellings,households,individuals,diaspora', line(a, 1, 1, 1, 1, 0)),
    ).expect(400);
    expect(missing.body.error).toMatchObject({ code: 'IMPORT_FORMAT', message: 'the columns do not match the import' });
    expect(worded(missing.body.error.details)).toEqual(
      expect.arrayContaining([
        { row: 1, field: 'diaspora', reason: expect.stringMatching(/^unknown column; expected columns: ea_code, enumerator_id/) },
        { row: 1, field: 'diaspora_persons', reason: 'required column is missing' },
        { row: 1, field: 'diaspora_list_complete', reason: 'required column is missing' },
      ]),
    );
    const short = await post(csv(HEADER, line(a, 1, 1, 1, 1, 0, true), line(a, 1, 1))).expect(400);
    expect(worded(short.body.error.details)).toEqual([{ row: 3, reason: 'has 4 fields, the header has 8' }]);
    const quote = await post(csv(HEADER, line(a, 1, 1, 1, 1, 0, true), `"${a.eaCode},x`)).expect(400);
    expect(worded(quote.body.error.details)).toEqual([{ row: 3, reason: 'the file is not valid CSV: a quoted field is not closed' }]);
    const empty = await post('').expect(400);
    expect(empty.body.error.code).toBe('IMPORT_FORMAT');
  });

  it('imports the same file twice: the second time writes nothing, not even a batch or an audit event', async () => {
    const a = await createAssignedEnumerator(t.db, 'prizren');
    const b = await createAssignedEnumerator(t.db, 'prizren');
    const file = csv(HEADER, line(a, 3, 4, 4, 9, 1, true), line(b, 0, 0, 0, 0, 0, false));
    await post(file).expect(200);
    const before = await snapshot();
    const again = await post(file).expect(200);
    expect(again.body).toEqual({
      kind: 'counts',
      dryRun: false,
      rows: 2,
      created: 0,
      updated: 0,
      unchanged: 2,
      batchId: null,
      tariffVersion: 1,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('a corrected row adds a version, retires the old one unchanged, and keeps who imported what', async () => {
    const a = await createAssignedEnumerator(t.db, 'prishtine');
    const b = await createAssignedEnumerator(t.db, 'prishtine');
    const first = await post(csv(HEADER, line(a, 10, 12, 11, 30, 2, false), line(b, 5, 5, 5, 5, 0, true))).expect(200);
    const correcting = await t.tokenFor(Role.FINANCE);
    const second = await post(csv(HEADER, line(a, 10, 12, 11, 31, 2, true), line(b, 5, 5, 5, 5, 0, true)), correcting).expect(200);
    expect(second.body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });

    const versions = await versionsOf(a);
    expect(versions.map((v) => [v.version, v.isCurrent, v.individuals, v.diasporaListComplete])).toEqual([
      [1, false, 30, false],
      [2, true, 31, true],
    ]);
    expect(versions.map((v) => [v.importBatchId, v.createdById])).toEqual([
      [first.body.batchId, t.userIdOf(finance)],
      [second.body.batchId, t.userIdOf(correcting)],
    ]);
    expect((await versionsOf(b)).map((v) => v.version)).toEqual([1]);

    const history = await t
      .http()
      .get(`/api/v1/payroll/counts/history?eaCode=${a.eaCode}&enumeratorId=${a.nationalId}`)
      .set('Authorization', finance);
    expect(history.status).toBe(200);
    expect(history.body.items.map((v: { version: number; isCurrent: boolean }) => [v.version, v.isCurrent])).toEqual([
      [2, true],
      [1, false],
    ]);
    const current = await t.http().get(`/api/v1/payroll/counts?eaCode=${a.eaCode}`).set('Authorization', finance).expect(200);
    expect(current.body.items.map((v: { version: number }) => v.version)).toEqual([2]);

    // One version a page: the cursor walks the same order (EA, enumerator, newest version first).
    const path = `/api/v1/payroll/counts/history?eaCode=${a.eaCode}&enumeratorId=${a.nationalId}&limit=1`;
    const page1 = await t.http().get(path).set('Authorization', finance).expect(200);
    expect(page1.body).toMatchObject({ total: 2, items: [{ version: 2 }], nextCursor: expect.any(String) });
    const page2 = await t.http().get(`${path}&cursor=${page1.body.nextCursor}`).set('Authorization', finance).expect(200);
    expect(page2.body).toMatchObject({ total: 2, items: [{ version: 1 }], nextCursor: null });
    // a cursor of the history is refused by the list of current versions
    await t.http().get(`/api/v1/payroll/counts?cursor=${page1.body.nextCursor}`).set('Authorization', finance).expect(400);
  });

  it('streams a large file in pieces, and finds a duplicate far from its twin', async () => {
    // 20,000 rows: several COPY pieces and a few growths of the duplicate table.
    const n = 20_000;
    const tag = uniq();
    const mun = await t.db.municipalityId('prizren');
    await t.db.prisma.$executeRawUnsafe(
      `INSERT INTO "EnumerationArea" (id, code, "municipalityId", "updatedAt")
       SELECT gen_random_uuid(), 'BULK-${tag}-' || k, $1::uuid, now() FROM generate_series(1, ${n}) k`,
      mun,
    );
    await t.db.prisma.$executeRawUnsafe(
      `INSERT INTO "StaffMember" (id, kind, "nationalId", "fullName", community, "languageOfWork", "municipalityId", "updatedAt")
       SELECT gen_random_uuid(), 'ENUMERATOR', 'B${tag}' || k, 'Bulk Person', 'ALBANIAN', 'SQ', $1::uuid, now() FROM generate_series(1, ${n}) k`,
      mun,
    );
    await t.db.prisma.$executeRawUnsafe(
      `INSERT INTO "EaAssignment" (id, "eaId", "enumeratorId", "municipalityId", "validFrom", "validTo", "updatedAt")
       SELECT gen_random_uuid(), e.id, s.id, e."municipalityId", '2023-11-01', '2023-12-15', now()
         FROM "EnumerationArea" e JOIN "StaffMember" s ON s."nationalId" = 'B${tag}' || substr(e.code, ${`BULK-${tag}-`.length + 1})
        WHERE e.code LIKE 'BULK-${tag}-%'`,
    );
    const rows = Array.from(
      { length: n },
      (_, i) => `BULK-${tag}-${i + 1},B${tag}${i + 1},${i % 50},${i % 60},${i % 40},${(i % 40) * 3},${i % 7},${i % 2}`,
    );
    const twin = `${rows[0] as string}`.replace(/,\d+,\d+$/, ',9,1');
    const before = await snapshot();
    const bad = await post(csv(HEADER, ...rows, twin)).expect(422);
    expect(worded(bad.body.error.details)).toEqual([
      { row: 2, field: 'enumerator_id', reason: `same ea_code, enumerator_id as line ${n + 2}` },
      { row: n + 2, field: 'enumerator_id', reason: 'same ea_code, enumerator_id as line 2' },
    ]);
    expect(await snapshot()).toEqual(before);
    const res = await post(csv(HEADER, ...rows)).expect(200);
    expect(res.body).toMatchObject({ rows: n, created: n });
    const stored = await t.db.prisma.eaCount.count({ where: { importBatchId: res.body.batchId } });
    expect(stored).toBe(n);
  });

  it('dry run validates and counts but writes nothing', async () => {
    const a = await createAssignedEnumerator(t.db, 'gracanice');
    const before = await snapshot();
    const res = await post(csv(HEADER, line(a, 1, 1, 1, 2, 0, true)), finance, '?dryRun=true').expect(200);
    expect(res.body).toEqual({
      kind: 'counts',
      dryRun: true,
      rows: 1,
      created: 1,
      updated: 0,
      unchanged: 0,
      batchId: null,
      tariffVersion: 1,
    });
    const bad = await post(csv(HEADER, line(a, -1, 1, 1, 2, 0, true)), finance, '?dryRun=true').expect(422);
    expect(worded(bad.body.error.details)).toEqual([{ row: 2, field: 'buildings', reason: 'must not be negative' }]);
    expect(await snapshot()).toEqual(before);
  });

  describe('as a municipality user', () => {
    it('imports its own EAs, and another municipality’s rows are row errors; nothing is written', async () => {
      const own = await createAssignedEnumerator(t.db, 'prishtine');
      const foreign = await createAssignedEnumerator(t.db, 'prizren');
      const user = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
      const before = await snapshot();
      const res = await post(csv(HEADER, line(own, 1, 1, 1, 1, 0, true), line(foreign, 1, 1, 1, 1, 0, true)), user).expect(422);
      expect(worded(res.body.error.details)).toEqual([
        { row: 3, field: 'ea_code', reason: 'is not an enumeration area within your scope' },
        { row: 3, field: 'enumerator_id', reason: 'is not a staff member within your scope' },
      ]);
      expect(await snapshot()).toEqual(before);
      await post(csv(HEADER, line(own, 1, 1, 1, 1, 0, true)), user).expect(200);
    });

    it('lists only its own municipality’s counts and history', async () => {
      const own = await createAssignedEnumerator(t.db, 'prishtine');
      const foreign = await createAssignedEnumerator(t.db, 'prizren');
      await post(csv(HEADER, line(own, 2, 2, 2, 2, 0, true), line(foreign, 3, 3, 3, 3, 0, true))).expect(200);
      const user = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
      for (const path of ['/api/v1/payroll/counts?limit=500', '/api/v1/payroll/counts/history?limit=500']) {
        const res = await t.http().get(path).set('Authorization', user).expect(200);
        const codes = res.body.items.map((i: { municipalityCode: string; eaCode: string }) => i.municipalityCode);
        expect(new Set(codes)).toEqual(new Set(['prishtine']));
        expect(res.body.items.some((i: { eaCode: string }) => i.eaCode === own.eaCode)).toBe(true);
      }
      const filtered = await t.http().get(`/api/v1/payroll/counts?eaCode=${foreign.eaCode}`).set('Authorization', user).expect(200);
      expect(filtered.body).toEqual({ items: [], total: 0, nextCursor: null });
      const national = await t
        .http()
        .get(`/api/v1/payroll/counts?municipality=prizren&enumeratorId=${foreign.nationalId}`)
        .set('Authorization', finance);
      expect(national.body.items.map((i: { eaCode: string }) => i.eaCode)).toEqual([foreign.eaCode]);
    });
  });

  it('demo data gives every demo assignment one current count, once however often it runs', async () => {
    await seedDemo(t.db.prisma, 'demo-password');
    await seedDemo(t.db.prisma, 'demo-password');
    const demo = { ea: { code: { startsWith: 'PR-' } } };
    const pairs = new Set(
      (await t.db.prisma.eaAssignment.findMany({ where: demo, select: { eaId: true, enumeratorId: true } })).map(
        (a) => `${a.eaId}|${a.enumeratorId}`,
      ),
    );
    const ids = [...pairs].map((p) => p.split('|')[0] as string);
    const counts = await t.db.prisma.eaCount.findMany({ where: { eaId: { in: ids } } });
    expect(pairs.size).toBeGreaterThan(10);
    expect(new Set(counts.map((c) => `${c.eaId}|${c.enumeratorId}`))).toEqual(pairs);
    expect(counts.every((c) => c.version === 1 && c.isCurrent && c.individuals >= c.households)).toBe(true);
    expect(counts.some((c) => !c.diasporaListComplete)).toBe(true);
    expect(await t.db.prisma.tariff.findUnique({ where: { version: 1 } })).toMatchObject({
      name: expect.stringMatching(/^Example tariff/),
    });
  });

  it('lets only ADMIN, FINANCE and MUNICIPALITY import', async () => {
    const a = await createAssignedEnumerator(t.db, 'prishtine');
    const logistics = await t.tokenFor(Role.LOGISTICS);
    const res = await post(csv(HEADER, line(a, 1, 1, 1, 1, 0, true)), logistics).expect(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    await post(csv(HEADER, line(a, 1, 1, 1, 1, 0, true)), admin).expect(200);
  });
});
