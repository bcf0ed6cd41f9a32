import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { createStaff, kosovoIban, nationalId, uniq } from '../support/factories.js';
import { computeRunOverHttp, createExampleTariff } from '../support/payroll-factories.js';
import { applyOnline, createCompetition, mun, pinClock, sendShortlists, setTargets } from '../support/recruitment-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Supervisors are selected by ASK (letter point 6), with eligibility checked at application
 * time from the census's settings, scores imported from CSV, publication making supervisor
 * staff records with teams, and a replacement from the supervisor reserve whose pay is
 * prorated in a real pay run (example tariff: 600.00 a month; months 15 Oct–14 Nov and
 * 15 Nov–15 Dec, 31 days each).
 */
describe('recruitment: supervisor selection by ASK', () => {
  let t: TestApp;
  let admin: string;
  let logistics: string;
  let finance: string;
  let prishtine: string;
  let prizren: string;

  beforeAll(async () => {
    t = await startTestApp();
    await createExampleTariff(t.db);
    admin = await t.tokenFor(Role.ADMIN);
    logistics = await t.tokenFor(Role.LOGISTICS);
    finance = await t.tokenFor(Role.FINANCE);
    prishtine = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
    prizren = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
  });
  afterAll(async () => {
    await t.close();
  });

  /** A census whose eligibility rules the competition follows (reference date 1 Nov 2023). */
  async function competitionWithRules(eligibility: object) {
    const c = await createCompetition(t, admin);
    const census = await t.db.prisma.census.create({
      data: {
        code: `c-${uniq().toLowerCase()}`,
        name: 'Test census',
        country: 'XK',
        languages: ['sq', 'sr'],
        timeZone: 'Europe/Belgrade',
        referenceDate: new Date('2023-11-01T00:00:00Z'),
        settings: { eligibility, somethingElse: { untouched: true } },
      },
    });
    await t.db.prisma.competition.update({ where: { id: c.id }, data: { censusId: census.id } });
    return c;
  }

  const importScores = (competitionId: string, csv: string, token = admin, query = '') =>
    t
      .http()
      .post(`/api/v1/recruitment/competitions/${competitionId}/scores/import${query}`)
      .set('authorization', token)
      .set('content-type', 'text/csv')
      .send(csv);

  it('checks eligibility at application time and stores the reasons as codes', async () => {
    pinClock(t, '2023-10-01T08:00:00Z');
    const c = await competitionWithRules({ minAge: 18, maxAge: 64, requiredDocuments: ['ID_CARD', 'DIPLOMA'] });
    await t.db.prisma.kkrMember.create({
      data: {
        municipalityId: await t.db.municipalityId('prizren'),
        position: 7,
        fullName: 'Commission Member',
        currentJob: 'Teacher',
        kkrRole: 'MEMBER',
        email: 'kkr-member@example.org',
        phone: '+383 29 777 888',
      },
    });
    const engaged = await createStaff(t.db, 'prizren', { engagementStart: '2023-10-15', engagementEnd: '2023-12-15' });
    const docs = ['ID_CARD', 'diploma'];
    const ok = await applyOnline(t, admin, c.id, 'prishtine', { kind: 'SUPERVISOR', documents: docs });
    const young = await applyOnline(t, admin, c.id, 'prishtine', { kind: 'SUPERVISOR', documents: docs, dateOfBirth: '2005-11-02' });
    const adult = await applyOnline(t, admin, c.id, 'prishtine', { kind: 'SUPERVISOR', documents: docs, dateOfBirth: '2005-11-01' });
    const old = await applyOnline(t, admin, c.id, 'prishtine', { kind: 'SUPERVISOR', documents: docs, dateOfBirth: '1958-01-01' });
    const noDob = await applyOnline(t, admin, c.id, 'prishtine', { kind: 'SUPERVISOR', documents: docs, dateOfBirth: null });
    const noDocs = await applyOnline(t, admin, c.id, 'prishtine', { kind: 'SUPERVISOR', documents: ['ID_CARD'] });
    const kkr = await applyOnline(t, admin, c.id, 'prishtine', { kind: 'SUPERVISOR', documents: docs, email: 'KKR-member@example.org' });
    const kkrPhone = await applyOnline(t, admin, c.id, 'prishtine', { kind: 'SUPERVISOR', documents: docs, phone: '+38329777888' });
    const elsewhere = await applyOnline(t, admin, c.id, 'prishtine', {
      kind: 'SUPERVISOR',
      documents: docs,
      nationalId: engaged.nationalId,
    });

    expect(ok).toMatchObject({ eligible: true, ineligibility: [], documents: ['DIPLOMA', 'ID_CARD'], dateOfBirth: '1990-05-01' });
    // Born 2 Nov 2005: 17 on 1 Nov 2023; born 1 Nov 2005: 18 that day.
    expect(young).toMatchObject({
      eligible: false,
      ineligibility: [{ code: 'TOO_YOUNG', params: { age: 17, minAge: 18, referenceDate: '2023-11-01' } }],
    });
    expect(adult).toMatchObject({ eligible: true, ineligibility: [] });
    expect(old).toMatchObject({ eligible: false, ineligibility: [{ code: 'TOO_OLD', params: { age: 65, maxAge: 64 } }] });
    expect(noDob).toMatchObject({ eligible: false, ineligibility: [{ code: 'DATE_OF_BIRTH_MISSING', params: {} }] });
    expect(noDocs).toMatchObject({ eligible: false, ineligibility: [{ code: 'DOCUMENT_MISSING', params: { document: 'DIPLOMA' } }] });
    expect(kkr).toMatchObject({ eligible: false, ineligibility: [{ code: 'KKR_MEMBER', params: { municipalityCode: 'prizren' } }] });
    expect(kkrPhone).toMatchObject({ eligible: false, ineligibility: [{ code: 'KKR_MEMBER', params: { municipalityCode: 'prizren' } }] });
    expect(elsewhere).toMatchObject({
      eligible: false,
      ineligibility: [{ code: 'ENGAGED_ELSEWHERE', params: { municipalityCode: 'prizren' } }],
    });

    // Shown with the application; a municipality sees supervisor applications only once ASK has published.
    const list = await t
      .http()
      .get(`${mun(c.id, 'prishtine')}/applications`)
      .set('authorization', logistics)
      .expect(200);
    const shown = list.body.items.find((a: { id: string }) => a.id === young.id);
    expect(shown).toMatchObject({ eligible: false, ineligibility: [{ code: 'TOO_YOUNG' }] });
    const own = await t
      .http()
      .get(`${mun(c.id, 'prishtine')}/applications`)
      .set('authorization', prishtine)
      .expect(200);
    expect(own.body.items).toEqual([]);

    // The import checks the same rules.
    const file = [
      'national_id,full_name,community,language,municipality_code,kind,date_of_birth,documents',
      `${nationalId()},Imported Fine,ALBANIAN,SQ,prishtine,SUPERVISOR,1980-02-29,ID_CARD;DIPLOMA`,
      `${nationalId()},Imported Young,ALBANIAN,SQ,prishtine,SUPERVISOR,2010-01-01,ID_CARD`,
    ].join('\n');
    const imported = await t
      .http()
      .post(`/api/v1/recruitment/competitions/${c.id}/applications/import`)
      .set('authorization', admin)
      .set('content-type', 'text/csv')
      .send(file)
      .expect(201);
    const rows = await t.db.prisma.application.findMany({
      where: { id: { in: imported.body.applicationIds } },
      orderBy: { fullName: 'asc' },
      select: { fullName: true, eligible: true, ineligibility: true },
    });
    expect(rows).toEqual([
      { fullName: 'Imported Fine', eligible: true, ineligibility: [] },
      {
        fullName: 'Imported Young',
        eligible: false,
        ineligibility: [
          { code: 'TOO_YOUNG', params: { age: 13, minAge: 18, referenceDate: '2023-11-01' } },
          { code: 'DOCUMENT_MISSING', params: { document: 'DIPLOMA' } },
        ],
      },
    ]);

    // Settings that do not parse are refused with where they are wrong.
    await t.db.prisma.census.updateMany({
      where: { competitions: { some: { id: c.id } } },
      data: { settings: { eligibility: { minAge: 'x' } } },
    });
    const bad = await t
      .http()
      .post('/api/v1/recruitment/applications')
      .set('authorization', admin)
      .send({
        competitionId: c.id,
        municipalityCode: 'prishtine',
        nationalId: nationalId(),
        fullName: 'Some Body',
        community: 'ALBANIAN',
        languageOfWork: 'SQ',
        channel: 'ONLINE',
        dateOfBirth: '1990-01-01',
      })
      .expect(422);
    expect(bad.body.error.code).toBe('CENSUS_SETTINGS_INVALID');
    expect(bad.body.error.details[0].field).toBe('settings.eligibility.minAge');
  });

  it('keeps an ineligible enumerator off the shortlist', async () => {
    pinClock(t, '2023-10-01T08:00:00Z');
    const c = await competitionWithRules({});
    await setTargets(t, admin, c.id, {
      targets: [{ municipalityCode: 'prishtine', community: 'ALBANIAN', supervisors: 0, enumerators: 1 }],
    });
    const fine = await applyOnline(t, admin, c.id, 'prishtine');
    const young = await applyOnline(t, admin, c.id, 'prishtine', { dateOfBirth: '2010-01-01' });
    await importScores(c.id, `national_id,score\n${fine.nationalId},50\n${young.nationalId},99.5\n`).expect(200);
    pinClock(t, '2023-10-05T08:00:00Z');
    await sendShortlists(t, admin, c.id, { municipalityCodes: ['prishtine'] });
    const sl = await t
      .http()
      .get(`${mun(c.id, 'prishtine')}/shortlist`)
      .set('authorization', prishtine)
      .expect(200);
    expect(sl.body.communities[0].candidates.map((x: { applicationId: string }) => x.applicationId)).toEqual([fine.id]);
  });

  it('imports scores from CSV all or nothing, with a dry run, and the same file twice changes nothing', async () => {
    pinClock(t, '2023-10-01T08:00:00Z');
    const c = await competitionWithRules({});
    const a = await applyOnline(t, admin, c.id, 'prishtine', { kind: 'SUPERVISOR' });
    const b = await applyOnline(t, admin, c.id, 'prishtine');
    const bad = await importScores(
      c.id,
      [
        'national_id,score,kind',
        `${a.nationalId},87.555,SUPERVISOR`,
        `${b.nationalId},70,SUPERVISOR`,
        '1234567,50,',
        `${a.nationalId},101,`,
      ].join('\n'),
    ).expect(422);
    expect(bad.body.error.code).toBe('IMPORT_INVALID');
    expect(bad.body.error.details).toMatchObject([
      { row: 2, field: 'score', reason: 'must be points with at most two decimals, e.g. "87.50"' },
      { row: 3, field: 'kind', reason: 'the application is for ENUMERATOR, not SUPERVISOR' },
      { row: 4, field: 'national_id', reason: 'has no application in this competition' },
      { row: 5, field: 'score', reason: 'must be at most 100' },
    ]);
    expect(await t.db.prisma.application.count({ where: { competitionId: c.id, score: { not: null } } })).toBe(0);

    const header = await importScores(c.id, 'national_id,points\n1,2\n').expect(400);
    expect(header.body.error.code).toBe('IMPORT_FORMAT');
    expect(header.body.error.details).toMatchObject(
      expect.arrayContaining([expect.objectContaining({ row: 1, field: 'score', reason: 'required column is missing' })]),
    );
    const empty = await importScores(c.id, '').expect(400);
    expect(empty.body.error.code).toBe('IMPORT_FORMAT');

    const file = `national_id,score,kind\n${a.nationalId},87.5,SUPERVISOR\n${b.nationalId},64.25,\n`;
    const dry = await importScores(c.id, file, logistics, '?dryRun=true').expect(200);
    expect(dry.body).toEqual({ competitionId: c.id, dryRun: true, rows: 2, recorded: 2, changed: 0, unchanged: 0 });
    expect(await t.db.prisma.application.count({ where: { competitionId: c.id, score: { not: null } } })).toBe(0);

    const first = await importScores(c.id, file).expect(200);
    expect(first.body).toMatchObject({ dryRun: false, recorded: 2, changed: 0, unchanged: 0 });
    const stored = await t.db.prisma.application.findMany({ where: { competitionId: c.id }, orderBy: { score: 'desc' } });
    expect(stored.map((x) => x.score?.toFixed(2))).toEqual(['87.50', '64.25']);
    const audits = await t.db.prisma.auditEvent.count({ where: { action: 'scores-imported' } });
    const again = await importScores(c.id, file).expect(200);
    expect(again.body).toMatchObject({ recorded: 0, changed: 0, unchanged: 2 });
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'scores-imported' } })).toBe(audits);

    // The same new file twice at once: one records, the other then finds the scores stored.
    const c2 = await applyOnline(t, admin, c.id, 'prishtine');
    const d2 = await applyOnline(t, admin, c.id, 'prishtine');
    const twice = `national_id,score\n${c2.nationalId},55.55\n${d2.nationalId},44.44\n`;
    const both = await Promise.all([importScores(c.id, twice), importScores(c.id, twice)]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(both.map((r) => [r.body.recorded, r.body.unchanged]).sort()).toEqual([
      [0, 2],
      [2, 0],
    ]);

    await importScores(c.id, file, prishtine).expect(403);
    await importScores(c.id, file, finance).expect(403);
  });

  it('documents the new routes’ answers in OpenAPI', async () => {
    const doc = (await t.http().get('/api/docs/openapi.json').expect(200)).body as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, { schema: { properties?: object } }> }> }>
      >;
    };
    const answer = (path: string, method: string, status: string) =>
      Object.keys(doc.paths[path]?.[method]?.responses[status]?.content?.['application/json']?.schema.properties ?? {}).sort();
    expect(answer('/api/v1/recruitment/competitions/{id}/scores/import', 'post', '200')).toEqual([
      'changed',
      'competitionId',
      'dryRun',
      'recorded',
      'rows',
      'unchanged',
    ]);
    const sup = '/api/v1/recruitment/competitions/{id}/municipalities/{code}/supervisors';
    expect(answer(`${sup}/ranking`, 'get', '200')).toEqual(
      expect.arrayContaining(['communities', 'ineligible', 'publishedAt', 'selectedAt', 'unscored']),
    );
    expect(answer(`${sup}/replacements`, 'post', '201')).toEqual(expect.arrayContaining(['proposed', 'cutoverDate']));
    expect(answer(`${sup}/replacements/{replacementId}/accept`, 'post', '200')).toEqual(expect.arrayContaining(['teamCodes', 'notes']));
  });

  it('ranks, selects, publishes and replaces supervisors; the replacement’s and the leaver’s pay are prorated to the cent', async () => {
    const clock = pinClock(t, '2023-10-01T08:00:00Z');
    const c = await competitionWithRules({ requiredDocuments: ['ID_CARD'] });
    await setTargets(t, admin, c.id, {
      targets: [{ municipalityCode: 'prishtine', community: 'ALBANIAN', supervisors: 2, enumerators: 0 }],
    });
    const sup = (o: Parameters<typeof applyOnline>[4] = {}) =>
      applyOnline(t, admin, c.id, 'prishtine', { kind: 'SUPERVISOR', documents: ['ID_CARD'], ...o });
    const s1 = await sup();
    const s2 = await sup();
    const s3 = await sup({ languageOfWork: 'SR' });
    const s4 = await sup();
    const s5 = await sup();
    const ineligible = await sup({ documents: [] });
    await importScores(
      c.id,
      [
        'national_id,score,kind',
        `${s1.nationalId},91.00,SUPERVISOR`,
        `${s2.nationalId},88.50,SUPERVISOR`,
        `${s3.nationalId},80.00,SUPERVISOR`,
        `${s4.nationalId},75.25,SUPERVISOR`,
        `${s5.nationalId},60.00,SUPERVISOR`,
        `${ineligible.nationalId},99.99,SUPERVISOR`,
      ].join('\n'),
    ).expect(200);

    const base = `${mun(c.id, 'prishtine')}/supervisors`;
    const ranking = await t.http().get(`${base}/ranking`).set('authorization', logistics).expect(200);
    expect(ranking.body.communities).toEqual([
      {
        community: 'ALBANIAN',
        required: 2,
        candidates: [s1, s2, s3, s4, s5].map((s, i) => expect.objectContaining({ rank: i + 1, applicationId: s.id, status: 'SUBMITTED' })),
      },
    ]);
    expect(ranking.body.candidates).toBeUndefined();
    expect(ranking.body.ineligible).toEqual([
      {
        applicationId: ineligible.id,
        fullName: ineligible.fullName,
        reasons: [{ code: 'DOCUMENT_MISSING', params: { document: 'ID_CARD' } }],
      },
    ]);
    // The selection is ASK's: a municipality sees neither the ranking nor (before publication) the results.
    await t.http().get(`${base}/ranking`).set('authorization', prishtine).expect(403);
    const early = await t.http().get(`${base}/results`).set('authorization', prishtine).expect(409);
    expect(early.body.error.code).toBe('RECRUITMENT_STAGE');
    await t.http().post(`${base}/publication`).set('authorization', admin).expect(409);

    await t
      .http()
      .post(`${base}/selection`)
      .set('authorization', prishtine)
      .send({ selections: [{ applicationId: s1.id }] })
      .expect(403);
    await t
      .http()
      .post(`${base}/selection`)
      .set('authorization', logistics)
      .send({ selections: [{ applicationId: s1.id }] })
      .expect(403);
    const wrong = await t
      .http()
      .post(`${base}/selection`)
      .set('authorization', admin)
      .send({ selections: [{ applicationId: s1.id }, { applicationId: ineligible.id }, { applicationId: s4.id }] })
      .expect(422);
    expect(wrong.body.error.code).toBe('SUPERVISOR_SELECTION_INVALID');
    expect(wrong.body.error.details).toMatchObject([
      { field: 'selections.1.applicationId', reason: 'is not an eligible, scored supervisor application of this municipality' },
      {
        field: 'selections.2.reason',
        reason: 'rank 4 of ALBANIAN is selected over higher-ranked candidates (required 2): a written reason is required',
      },
    ]);
    // A first selection, then a corrected one: the second replaces the first until publication.
    await t
      .http()
      .post(`${base}/selection`)
      .set('authorization', admin)
      .send({ selections: [{ applicationId: s1.id }, { applicationId: s4.id, reason: 'Led the 2011 census team' }] })
      .expect(200);
    const selected = await t
      .http()
      .post(`${base}/selection`)
      .set('authorization', admin)
      .send({ selections: [{ applicationId: s1.id }, { applicationId: s2.id }] })
      .expect(200);
    expect(selected.body).toMatchObject({ municipalityCode: 'prishtine', selected: 2, deviations: 0 });
    expect((await t.db.prisma.application.findUniqueOrThrow({ where: { id: s4.id } })).status).toBe('SUBMITTED');

    await t.http().post(`${base}/publication`).set('authorization', prishtine).expect(403);
    const published = await t.http().post(`${base}/publication`).set('authorization', admin).expect(200);
    expect(published.body).toMatchObject({ municipalityCode: 'prishtine', hired: 2 });
    await t.http().post(`${base}/publication`).set('authorization', admin).expect(409);
    await t
      .http()
      .post(`${base}/selection`)
      .set('authorization', admin)
      .send({ selections: [{ applicationId: s3.id }] })
      .expect(409);
    // Scores of a decided supervisor list are frozen.
    const frozen = await importScores(c.id, `national_id,score\n${s3.nationalId},99\n`).expect(422);
    expect(frozen.body.error.details[0]).toMatchObject({ row: 2, field: 'score' });

    const results = await t.http().get(`${base}/results`).set('authorization', prishtine).expect(200);
    expect(
      results.body.supervisors.map((s: { applicationId: string; teamCodes: string[] }) => [s.applicationId, s.teamCodes]).sort(),
    ).toEqual(
      [
        [s1.id, [`SUP-${s1.nationalId}`]],
        [s2.id, [`SUP-${s2.nationalId}`]],
      ].sort(),
    );
    expect(results.body.reserve[0].candidates.map((x: { applicationId: string }) => x.applicationId)).toEqual([s3.id, s4.id, s5.id]);
    await t.http().get(`${base}/results`).set('authorization', prizren).expect(404);
    const ownApps = await t
      .http()
      .get(`${mun(c.id, 'prishtine')}/applications`)
      .set('authorization', prishtine)
      .expect(200);
    expect(ownApps.body.items.find((a: { id: string }) => a.id === s1.id)).toMatchObject({ kind: 'SUPERVISOR', status: 'SELECTED' });

    const leaver = await t.db.prisma.staffMember.findUniqueOrThrow({ where: { nationalId: s1.nationalId } });
    expect(leaver).toMatchObject({ kind: 'SUPERVISOR', status: 'ACTIVE' });
    expect(leaver.engagementStart?.toISOString().slice(0, 10)).toBe('2023-10-15');
    await t.http().patch(`/api/v1/staff/${leaver.id}`).set('authorization', admin).send({ iban: kosovoIban() }).expect(200);
    const team = await t.db.prisma.supervisorTeam.findUniqueOrThrow({ where: { code: `SUP-${s1.nationalId}` } });
    const member = await createStaff(t.db, 'prishtine', { teamId: team.id, engagementStart: '2023-10-15', engagementEnd: '2023-12-15' });

    // Leaves on 5 Nov: the replacement works from 6 Nov. Same language first: s4 (SQ) before s3 (SR).
    clock.set('2023-11-05T12:00:00Z');
    const body = { leaverStaffId: leaver.id, leavingDate: '2023-11-05', reason: 'Took another job' };
    await t.http().post(`${base}/replacements`).set('authorization', prishtine).send(body).expect(403);
    const proposed = await t.http().post(`${base}/replacements`).set('authorization', admin).send(body).expect(201);
    expect(proposed.body).toMatchObject({ status: 'PROPOSED', cutoverDate: '2023-11-06', proposed: { applicationId: s4.id } });
    // The enumerator routes do not handle a supervisor's replacement.
    await t
      .http()
      .post(`${mun(c.id, 'prishtine')}/replacements/${proposed.body.id}/decline`)
      .set('authorization', admin)
      .expect(404);
    const declined = await t.http().post(`${base}/replacements/${proposed.body.id}/decline`).set('authorization', admin).expect(200);
    expect(declined.body.proposed).toMatchObject({ applicationId: s5.id, languageOfWork: 'SQ' });

    const accepted = await t
      .http()
      .post(`${base}/replacements/${proposed.body.id}/accept`)
      .set('authorization', admin)
      .send({})
      .expect(200);
    const replacementId = accepted.body.replacementStaffId as string;
    expect(accepted.body).toMatchObject({
      status: 'ACCEPTED',
      leaverStaffId: leaver.id,
      leavingDate: '2023-11-05',
      cutoverDate: '2023-11-06',
      teamCodes: [team.code],
      notes: [
        { source: 'equipment', code: 'KIT_NONE_HELD', text: expect.stringContaining('the leaver held no kit') },
        { source: 'training', code: expect.any(String), text: expect.any(String) },
      ],
    });
    // Team hand-over: the team and its enumerator now belong to the replacement.
    const teamAfter = await t.db.prisma.supervisorTeam.findUniqueOrThrow({ where: { id: team.id }, include: { members: true } });
    expect(teamAfter.supervisorId).toBe(replacementId);
    expect(teamAfter.members.map((x) => x.id)).toEqual([member.id]);
    const leaverAfter = await t.http().get(`/api/v1/staff/${leaver.id}`).set('authorization', prishtine).expect(200);
    expect(leaverAfter.body).toMatchObject({ status: 'LEFT', engagementStart: '2023-10-15', engagementEnd: '2023-11-05' });
    const replacement = await t.http().get(`/api/v1/staff/${replacementId}`).set('authorization', prishtine).expect(200);
    expect(replacement.body).toMatchObject({
      nationalId: s5.nationalId,
      kind: 'SUPERVISOR',
      status: 'ACTIVE',
      engagementStart: '2023-11-06',
      engagementEnd: '2023-12-15',
    });
    const enumeratorList = await t
      .http()
      .get(`${mun(c.id, 'prishtine')}/replacements`)
      .set('authorization', prishtine)
      .expect(200);
    expect(enumeratorList.body.items).toEqual([]);
    const list = await t.http().get(`${base}/replacements`).set('authorization', prishtine).expect(200);
    expect(list.body.items.map((r: { status: string; replacementStaffId: string }) => [r.status, r.replacementStaffId])).toEqual([
      ['ACCEPTED', replacementId],
    ]);
    await t.http().get(`${base}/replacements`).set('authorization', prizren).expect(404);
    // Reserve: s5 hired, s4 declined; s3 is left.
    const after = await t.http().get(`${base}/results`).set('authorization', admin).expect(200);
    expect(after.body.reserve[0].candidates.map((x: { applicationId: string }) => x.applicationId)).toEqual([s3.id]);

    // Pay, 600.00 a month over months of 31 days, each line rounded half-up:
    //  leaver 15 Oct – 5 Nov = 22 of 31 days: 600 × 22 / 31 = 425.806… → 425.81; nothing for the second month;
    //  replacement 6 – 14 Nov = 9 of 31 days: 600 × 9 / 31 = 174.193… → 174.19; 15 Nov – 15 Dec whole: 600.00.
    const runId = await computeRunOverHttp(t, finance, { municipalityCode: 'prishtine', census: 'xk-2023' });
    const lines = await t.db.prisma.payLine.findMany({
      where: { runId, staffId: { in: [leaver.id, replacementId] } },
      select: { staffId: true, lineType: true, quantity: true, basis: true, amountCents: true },
    });
    expect(
      lines.map((l) => [l.staffId === leaver.id ? 'leaver' : 'replacement', l.lineType, l.quantity, l.basis, l.amountCents]).sort(),
    ).toEqual([
      ['leaver', 'SUPERVISOR_MONTH', 22, 31, 42581n],
      ['replacement', 'SUPERVISOR_MONTH', 31, 31, 60000n],
      ['replacement', 'SUPERVISOR_MONTH', 9, 31, 17419n],
    ]);
  });
});
