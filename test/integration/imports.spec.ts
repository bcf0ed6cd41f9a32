import { randomBytes, randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { makeIban } from '../../src/staff/domain/iban.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { worded } from '../support/english.js';

const STAFF_HEADER =
  'national_id,kind,full_name,phone,email,iban,community,language,municipality_code,engagement_start,engagement_end,status,team_code';

/** Unique per call: tests share this file's database. */
const code = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex').toUpperCase()}`;
const nationalId = () => String(randomInt(1_000_000_000, 9_999_999_999));
const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('bulk import', () => {
  let t: TestApp;
  let admin: string;
  let prishtineUser: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
    prishtineUser = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (kind: string, body: string | object, token = admin, query = '') => {
    const req = t.http().post(`/api/v1/imports/${kind}${query}`).set('Authorization', token);
    return typeof body === 'string' ? req.set('Content-Type', 'text/csv; charset=utf-8').send(body) : req.send(body);
  };

  const snapshot = async () => {
    const p = t.db.prisma;
    const [eas, staff, teams, assignments, batches, audits] = await Promise.all([
      p.enumerationArea.count(),
      p.staffMember.count(),
      p.supervisorTeam.count(),
      p.eaAssignment.count(),
      p.importBatch.count(),
      p.auditEvent.count(),
    ]);
    return { eas, staff, teams, assignments, batches, audits };
  };

  const importsAuditOf = (batchId: string) => t.db.prisma.auditEvent.findMany({ where: { entity: 'Import', entityIds: { has: batchId } } });

  it('imports a CSV with a BOM, Albanian and Cyrillic names, and reads them back byte for byte', async () => {
    const [ea1, ea2] = [code('PR'), code('PR')];
    const [sup, en1, en2] = [nationalId(), nationalId(), nationalId()];
    const team = code('T');
    const eaRes = await post(
      'eas',
      `\uFEFF${csv('ea_code,municipality_code,name', `${ea1.toLowerCase()},prishtine,Fushë Çarshia`, `${ea2},prishtine,"Грачаница, центар"`)}`,
    ).expect(200);
    expect(eaRes.body).toEqual({ kind: 'eas', dryRun: false, rows: 2, created: 2, updated: 0, unchanged: 0, batchId: expect.any(String) });

    const staffRes = await post(
      'staff',
      `\uFEFF${csv(
        STAFF_HEADER,
        `${sup},SUPERVISOR,Милош Јовановић,+383 44 123 456,Milos@Example.org,${makeIban('XK', '1212012345678906')},SERB,SR,prishtine,2023-10-09,2023-12-15,,${team}`,
        `${en1},enumerator,Dritë Berisha,,,,ALBANIAN,SQ,prishtine,2023-10-16,2023-12-15,,${team}`,
        `${en2},ENUMERATOR,Jelena Petrović,,,,SERB,SR,prishtine,,,SUSPENDED,${team}`,
      )}`,
    ).expect(200);
    expect(staffRes.body).toMatchObject({ created: 3, updated: 0, unchanged: 0 });

    const eas = await t.db.prisma.enumerationArea.findMany({ where: { code: { in: [ea1, ea2] } }, orderBy: { code: 'asc' } });
    expect(eas.map((e) => e.name).sort()).toEqual(['Fushë Çarshia', 'Грачаница, центар'].sort());
    const staff = await t.db.prisma.staffMember.findMany({
      where: { nationalId: { in: [sup, en1, en2] } },
      include: { team: true, ledTeams: true },
    });
    const bySup = staff.find((s) => s.nationalId === sup);
    expect(Buffer.from(bySup?.fullName ?? '').equals(Buffer.from('Милош Јовановић', 'utf8'))).toBe(true);
    expect(bySup).toMatchObject({
      kind: 'SUPERVISOR',
      email: 'milos@example.org',
      // An imported IBAN is a pending change for a second finance user, not an account in force.
      iban: null,
      status: 'ACTIVE',
      engagementStart: new Date('2023-10-09T00:00:00Z'),
    });
    expect(bySup?.ledTeams.map((x) => x.code)).toEqual([team]);
    expect(
      (await t.db.prisma.staffBankAccount.findMany({ where: { staffId: bySup?.id } })).map((v) => [v.version, v.iban, v.status]),
    ).toEqual([[1, 'XK051212012345678906', 'PENDING']]);
    const members = staff.filter((s) => s.kind === 'ENUMERATOR');
    expect(members.map((m) => m.fullName).sort()).toEqual(['Dritë Berisha', 'Jelena Petrović']);
    expect(members.every((m) => m.team?.code === team)).toBe(true);
    expect(members.find((m) => m.nationalId === en2)?.status).toBe('SUSPENDED');

    // One audit event per import, in the same transaction, with ids and counts but no names.
    const [event] = await importsAuditOf(staffRes.body.batchId);
    expect(event).toMatchObject({
      action: 'imported',
      entity: 'Import',
      details: expect.objectContaining({ kind: 'staff', created: 3, updated: 0, unchanged: 0 }),
    });
    expect(new Set(event?.entityIds)).toEqual(new Set([staffRes.body.batchId, ...staff.map((s) => s.id), bySup?.ledTeams[0]?.id]));
    expect(JSON.stringify(event?.details)).not.toMatch(/Милош|Berisha|XK05|example\.org/);
    const batch = await t.http().get(`/api/v1/imports/${staffRes.body.batchId}`).set('Authorization', admin).expect(200);
    expect(batch.body).toMatchObject({
      kind: 'staff',
      format: 'csv',
      rowCount: 3,
      created: 3,
      fileHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('changes nothing when 3 rows among good ones are bad, and reports all 3 with their lines', async () => {
    const before = await snapshot();
    const res = await post(
      'staff',
      csv(
        STAFF_HEADER,
        `${nationalId()},ENUMERATOR,Arbër Krasniqi,,,,ALBANIAN,SQ,prishtine,,,,`,
        `${nationalId()},ENUMERATOR,Besa Gashi,,,XK00 0000,ALBANIAN,SQ,prishtine,,,,`,
        `${nationalId()},ENUMERATOR,Egzon Hoxha,,,,ALBANIAN,SQ,prishtine,,,,`,
        `${nationalId()},ENUMERATOR,"Fjollë`,
        `Shala",,,,ALBANIAN,SQ,nowhere,,,,`,
        `${nationalId()},ENUMERATOR,Gëzim Morina,,,,ALBANIAN,SQ,prishtine,,,,`,
        `${nationalId()},ENUMERATOR,Valon Zeqiri,,,,ALBANIAN,SQ,prishtine,2023-12-15,2023-10-16,,`,
      ),
    ).expect(422);
    expect(res.body.error).toEqual({
      code: 'IMPORT_INVALID',
      message: '3 rows have errors',
      details: [
        { row: 3, field: 'iban', code: expect.any(String), params: expect.any(Object), reason: expect.any(String) },
        {
          row: 5,
          field: 'municipality_code',
          code: 'MUNICIPALITY_NOT_IN_SCOPE',
          params: {},
          reason: 'is not a municipality code within your scope',
        },
        {
          row: 8,
          field: 'engagement_end',
          code: 'ENGAGEMENT_END_BEFORE_START',
          params: {},
          reason: 'engagement end is before engagement start',
        },
      ],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('imports the same file twice: the second time writes nothing, not even a batch or an audit event', async () => {
    const file = csv('ea_code,municipality_code,name', `${code('PZ')},prizren,Arbana`, `${code('PZ')},prizren,`);
    const first = await post('eas', file).expect(200);
    expect(first.body).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const before = await snapshot();
    const second = await post('eas', file).expect(200);
    expect(second.body).toEqual({ kind: 'eas', dryRun: false, rows: 2, created: 0, updated: 0, unchanged: 2, batchId: null });
    expect(await snapshot()).toEqual(before);
  });

  it('updates only the changed row and audits exactly that record', async () => {
    const [a, b, c] = [code('PR'), code('PR'), code('PR')];
    await post('eas', csv('ea_code,municipality_code,name', `${a},prishtine,One`, `${b},prishtine,Two`, `${c},prishtine,Three`)).expect(
      200,
    );
    const stored = await t.db.prisma.enumerationArea.findMany({ where: { code: { in: [a, b, c] } } });
    const res = await post(
      'eas',
      csv('name,ea_code,municipality_code', `One,${a},prishtine`, `Dy,${b},prishtine`, `Three,${c},prishtine`),
    ).expect(200);
    expect(res.body).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const after = await t.db.prisma.enumerationArea.findMany({ where: { code: { in: [a, b, c] } } });
    expect(after.find((e) => e.code === b)?.name).toBe('Dy');
    const untouched = (rows: typeof after) =>
      rows
        .filter((e) => e.code !== b)
        .map((e) => [e.id, e.name, e.updatedAt.toISOString()])
        .sort();
    expect(untouched(after)).toEqual(untouched(stored));
    const [event] = await importsAuditOf(res.body.batchId);
    expect(event?.entityIds).toEqual([res.body.batchId, after.find((e) => e.code === b)?.id]);
    expect(event?.details).toMatchObject({ kind: 'eas', created: 0, updated: 1, unchanged: 2, fields: ['name'] });
  });

  it('imports JSON the same way, as an array or { rows }, and numbers bad rows by index', async () => {
    const [sup, en] = [nationalId(), nationalId()];
    const team = code('TJ');
    const rows = [
      {
        national_id: sup,
        kind: 'SUPERVISOR',
        full_name: 'Ardita Kryeziu',
        community: 'ALBANIAN',
        language: 'SQ',
        municipality_code: 'prizren',
        team_code: team,
      },
      {
        national_id: en,
        kind: 'ENUMERATOR',
        full_name: 'Kenan Šabani',
        community: 'BOSNIAK',
        language: 'BS',
        municipality_code: 'prizren',
        team_code: team,
        phone: null,
      },
    ];
    const res = await post('staff', rows).expect(200);
    expect(res.body).toMatchObject({ kind: 'staff', rows: 2, created: 2 });
    expect((await t.db.prisma.importBatch.findUniqueOrThrow({ where: { id: res.body.batchId } })).format).toBe('json');
    const again = await post('staff', { rows }).expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, batchId: null });
    const stored = await t.db.prisma.staffMember.findUniqueOrThrow({ where: { nationalId: en }, include: { team: true } });
    expect(stored).toMatchObject({ fullName: 'Kenan Šabani', community: 'BOSNIAK', team: expect.objectContaining({ code: team }) });

    const bad = await post('staff', [
      rows[0],
      { ...rows[1], national_id: nationalId(), team_code: 'NO-SUCH-TEAM' },
      { ...rows[1], national_id: nationalId(), kind: 'BOSS' },
    ]).expect(422);
    expect(worded(bad.body.error.details)).toEqual([
      { row: 2, field: 'team_code', reason: expect.stringMatching(/^is not a team within your scope/) },
      { row: 3, field: 'kind', reason: 'must be one of: SUPERVISOR, ENUMERATOR' },
    ]);
  });

  it('dry run validates and counts but writes nothing', async () => {
    const before = await snapshot();
    const res = await post(
      'eas',
      csv('ea_code,municipality_code', `${code('PR')},prishtine`, `${code('PR')},prishtine`),
      admin,
      '?dryRun=true',
    ).expect(200);
    expect(res.body).toEqual({ kind: 'eas', dryRun: true, rows: 2, created: 2, updated: 0, unchanged: 0, batchId: null });
    expect(await snapshot()).toEqual(before);
    const bad = await post('eas', csv('ea_code,municipality_code', `${code('PR')},nowhere`), admin, '?dryRun=true').expect(422);
    expect(worded(bad.body.error.details)).toEqual([
      { row: 2, field: 'municipality_code', reason: 'is not a municipality code within your scope' },
    ]);
  });

  describe('municipality users', () => {
    it('cannot import rows of another municipality, nor change another municipality’s records; nothing is written', async () => {
      const prizrenEa = code('PZ');
      await post('eas', csv('ea_code,municipality_code', `${prizrenEa},prizren`)).expect(200);
      const before = await snapshot();
      const res = await post(
        'eas',
        csv(
          'ea_code,municipality_code,name',
          `${code('PR')},prishtine,Own`,
          `${code('PZ')},prizren,Foreign`,
          `${prizrenEa},prishtine,Taken`,
        ),
        prishtineUser,
      ).expect(422);
      expect(worded(res.body.error.details)).toEqual([
        { row: 3, field: 'municipality_code', reason: 'is not a municipality code within your scope' },
        { row: 4, field: 'ea_code', reason: 'is already used by a record outside your scope' },
      ]);
      expect(await snapshot()).toEqual(before);
      expect((await t.db.prisma.enumerationArea.findUniqueOrThrow({ where: { code: prizrenEa } })).municipalityId).toBe(
        await t.db.municipalityId('prizren'),
      );
    });

    it('can import its own rows and sees only its own municipality’s batches', async () => {
      const own = code('PR');
      const res = await post('eas', csv('ea_code,municipality_code', `${own},prishtine`), prishtineUser).expect(200);
      expect(res.body).toMatchObject({ created: 1, batchId: expect.any(String) });
      const foreign = await post('eas', csv('ea_code,municipality_code', `${code('PZ')},prizren`)).expect(200);

      const list = await t.http().get('/api/v1/imports').set('Authorization', prishtineUser).expect(200);
      expect(list.body.items.map((b: { id: string }) => b.id)).toContain(res.body.batchId);
      expect(list.body.items.map((b: { id: string }) => b.id)).not.toContain(foreign.body.batchId);
      await t.http().get(`/api/v1/imports/${foreign.body.batchId}`).set('Authorization', prishtineUser).expect(404);
      await t.http().get(`/api/v1/imports/${res.body.batchId}`).set('Authorization', prishtineUser).expect(200);
      const prizrenUser = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
      await t.http().get(`/api/v1/imports/${res.body.batchId}`).set('Authorization', prizrenUser).expect(404);
      const all = await t.http().get('/api/v1/imports?limit=500').set('Authorization', admin).expect(200);
      expect(all.body.items.map((b: { id: string }) => b.id)).toEqual(expect.arrayContaining([res.body.batchId, foreign.body.batchId]));
    });
  });

  describe('assignments', () => {
    /** Two EAs and two enumerators in Prishtinë, engaged 16 Oct – 15 Dec 2023. */
    const arrange = async () => {
      const eas = [code('PR'), code('PR')] as const;
      const people = [nationalId(), nationalId()] as const;
      await post('eas', csv('ea_code,municipality_code', ...eas.map((e) => `${e},prishtine`))).expect(200);
      await post(
        'staff',
        csv(STAFF_HEADER, ...people.map((n, i) => `${n},ENUMERATOR,Person ${'AB'[i]},,,,ALBANIAN,SQ,prishtine,2023-10-16,2023-12-15,,`)),
      ).expect(200);
      return { eas, people };
    };
    const HEADER = 'ea_code,enumerator_national_id,valid_from,valid_to';

    it('creates assignments, then reports overlaps within the file and against stored ones', async () => {
      const { eas, people } = await arrange();
      const first = await post('assignments', csv(HEADER, `${eas[0]},${people[0]},2023-11-01,2023-11-20`)).expect(200);
      expect(first.body).toMatchObject({ created: 1 });
      const stored = await t.db.prisma.eaAssignment.findFirstOrThrow({ where: { ea: { code: eas[0] } } });
      expect(stored.municipalityId).toBe(await t.db.municipalityId('prishtine'));

      const before = await snapshot();
      const res = await post(
        'assignments',
        csv(
          HEADER,
          `${eas[0]},${people[1]},2023-11-15,2023-12-15`, // line 2: overlaps the stored 1–20 Nov
          `${eas[1]},${people[0]},2023-11-01,2023-11-30`, // line 3: overlaps line 4 on 30 Nov
          `${eas[1]},${people[1]},2023-11-30,2023-12-15`, // line 4
        ),
      ).expect(422);
      expect(worded(res.body.error.details)).toEqual([
        {
          row: 2,
          field: 'valid_from',
          reason: `shares days with the stored assignment of EA ${eas[0]} from 1 November 2023 to 20 November 2023`,
        },
        { row: 3, field: 'valid_from', reason: `shares days with line 4 (same EA ${eas[1]}, 30 November 2023 to 15 December 2023)` },
        { row: 4, field: 'valid_from', reason: `shares days with line 3 (same EA ${eas[1]}, 1 November 2023 to 30 November 2023)` },
      ]);
      expect(await snapshot()).toEqual(before);

      // Closing the stored period in the same file makes room for the hand-over.
      const handover = await post(
        'assignments',
        csv(HEADER, `${eas[0]},${people[0]},2023-11-01,2023-11-14`, `${eas[0]},${people[1]},2023-11-15,2023-12-15`),
      ).expect(200);
      expect(handover.body).toMatchObject({ created: 1, updated: 1, unchanged: 0 });
      const [event] = await importsAuditOf(handover.body.batchId);
      expect(event?.entityIds).toContain(stored.id);
      expect(event?.details).toMatchObject({ kind: 'assignments', fields: ['validTo'] });
    });

    it('refuses to move an EA that has assignments to another municipality', async () => {
      const { eas, people } = await arrange();
      await post('assignments', csv(HEADER, `${eas[0]},${people[0]},2023-11-01,2023-12-15`)).expect(200);
      const before = await snapshot();
      const res = await post('eas', csv('ea_code,municipality_code', `${eas[0]},prizren`, `${eas[1]},prizren`)).expect(422);
      expect(res.body.error).toEqual({
        code: 'IMPORT_INVALID',
        message: '1 row has errors',
        details: [
          {
            row: 2,
            field: 'municipality_code',
            code: 'EA_CANNOT_MOVE',
            params: {},
            reason: 'an enumeration area with assignments cannot move to another municipality',
          },
        ],
      });
      expect(await snapshot()).toEqual(before);
      // Without assignments the move is an ordinary update.
      const moved = await post('eas', csv('ea_code,municipality_code', `${eas[1]},prizren`)).expect(200);
      expect(moved.body).toMatchObject({ updated: 1 });
    });

    it('a municipality user cannot assign another municipality’s EA', async () => {
      const prizrenEa = code('PZ');
      const person = nationalId();
      await post('eas', csv('ea_code,municipality_code', `${prizrenEa},prizren`)).expect(200);
      await post('staff', csv(STAFF_HEADER, `${person},ENUMERATOR,Hana Gashi,,,,ALBANIAN,SQ,prizren,,,,`)).expect(200);
      const res = await post('assignments', csv(HEADER, `${prizrenEa},${person},2023-11-01,2023-11-30`), prishtineUser).expect(422);
      expect(worded(res.body.error.details)).toEqual([
        { row: 2, field: 'ea_code', reason: expect.stringMatching(/^is not an enumeration area within your scope/) },
        { row: 2, field: 'enumerator_national_id', reason: expect.stringMatching(/^is not a staff member within your scope/) },
      ]);
    });
  });

  describe('format and access', () => {
    it('answers 400 IMPORT_FORMAT for header problems, on row 1', async () => {
      const res = await post('eas', csv('ea_code,name,colour', 'X,y,z')).expect(400);
      expect(res.body.error).toMatchObject({
        code: 'IMPORT_FORMAT',
        details: [
          { row: 1, field: 'colour', reason: expect.stringMatching(/^unknown column/) },
          { row: 1, field: 'municipality_code', reason: 'required column is missing' },
        ],
      });
    });

    it('answers 400 IMPORT_FORMAT for unparseable CSV, an empty body and an unsupported media type', async () => {
      const bad = await post('eas', csv('ea_code,municipality_code', 'A,"prishtine', 'B,prishtine')).expect(400);
      expect(bad.body.error).toMatchObject({ code: 'IMPORT_FORMAT', details: [{ reason: expect.stringMatching(/not valid CSV/) }] });
      const empty = await post('eas', '').expect(400);
      expect(empty.body.error).toMatchObject({ code: 'IMPORT_FORMAT', details: [{ row: 1, reason: expect.stringMatching(/empty/) }] });
      const other = await t
        .http()
        .post('/api/v1/imports/eas')
        .set('Authorization', admin)
        .set('Content-Type', 'application/octet-stream')
        .send(Buffer.from('x'))
        .expect(400);
      expect(other.body.error.code).toBe('IMPORT_FORMAT');
      const shape = await post('eas', { items: [] }).expect(400);
      expect(shape.body.error.code).toBe('IMPORT_FORMAT');
      const notJson = await t
        .http()
        .post('/api/v1/imports/eas')
        .set('Authorization', admin)
        .set('Content-Type', 'application/json')
        .send('[{"ea_code": "A",')
        .expect(400);
      expect(notJson.body.error).toEqual({ code: 'IMPORT_FORMAT', message: 'the file is not valid JSON' });
    });

    it('answers 404 for an unknown kind and 403 for roles that may not import', async () => {
      await post('payroll', csv('a')).expect(404);
      const finance = await t.tokenFor(Role.FINANCE);
      const res = await post('eas', csv('ea_code,municipality_code', `${code('PR')},prishtine`), finance).expect(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
      await t.http().get('/api/v1/imports/not-a-uuid').set('Authorization', admin).expect(404);
      await t.http().get('/api/v1/imports/00000000-0000-4000-8000-000000000000').set('Authorization', admin).expect(404);
    });
  });
});
