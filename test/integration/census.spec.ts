import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LETTER_2023_CALENDAR } from '../../src/census/census.demo.js';
import { daysBetween, shiftCalendar } from '../../src/census/domain/calendar.js';
import { Role } from '../../src/generated/prisma/enums.js';
import { auditFor, nationalId, uniq, uniqName } from '../support/factories.js';
import { applyOnline, createCompetition, mun, pinClock, recordScores, setTargets, TEST_CENSUS } from '../support/recruitment-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A calendar of spring 2030: the letter's, field work from 5 Apr 2030. */
const SPRING_2030 = shiftCalendar(LETTER_2023_CALENDAR, daysBetween(LETTER_2023_CALENDAR.fieldworkFrom, '2030-04-05'), 'Europe/Belgrade');

const censusBody = (o: Record<string, unknown> = {}) => ({
  code: `pilot-${uniq().toLowerCase()}`,
  name: 'Pilot census 2030',
  country: 'XK',
  languages: ['sq', 'sr-Latn', 'en'],
  timeZone: 'Europe/Belgrade',
  referenceDate: '2030-04-01',
  settings: { contractGate: true, eligibility: { minAge: 18 } },
  calendar: SPRING_2030,
  ...o,
});

describe('censuses', () => {
  let t: TestApp;
  let admin: string;
  let logistics: string;
  let finance: string;
  let prishtine: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
    logistics = await t.tokenFor(Role.LOGISTICS);
    finance = await t.tokenFor(Role.FINANCE);
    prishtine = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
  });
  afterAll(async () => {
    await t.close();
  });

  describe('a census is a record', () => {
    it('is read by every role, and created, changed and copied by ADMIN only, each change audited', async () => {
      const body = censusBody();
      for (const token of [logistics, finance, prishtine])
        expect((await t.http().post('/api/v1/censuses').set('authorization', token).send(body).expect(403)).body.error.code).toBe(
          'FORBIDDEN',
        );
      const created = await t.http().post('/api/v1/censuses').set('authorization', admin).send(body).expect(201);
      expect(created.body).toMatchObject({
        code: body.code,
        country: 'XK',
        referenceDate: '2030-04-01',
        currency: 'EUR',
        settings: { contractGate: true, eligibility: { minAge: 18 } },
        closedAt: null,
        calendar: { version: 1, reason: 'created', changedById: t.userIdOf(admin), stages: { fieldworkFrom: '2030-04-05' } },
      });
      for (const token of [admin, logistics, finance, prishtine]) {
        const list = await t.http().get('/api/v1/censuses').set('authorization', token).expect(200);
        expect(list.body.items.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining([TEST_CENSUS, body.code]));
        await t
          .http()
          .get(`/api/v1/censuses/${created.body.id as string}`)
          .set('authorization', token)
          .expect(200);
      }
      await t
        .http()
        .patch(`/api/v1/censuses/${created.body.id as string}`)
        .set('authorization', finance)
        .send({ name: 'x' })
        .expect(403);
      const patched = await t
        .http()
        .patch(`/api/v1/censuses/${created.body.id as string}`)
        .set('authorization', admin)
        .send({ name: 'Pilot census 2030 (renamed)', settings: { statementEmail: true, preparatoryAttendance: 'PRORATE' }, closed: true })
        .expect(200);
      expect(patched.body).toMatchObject({
        name: 'Pilot census 2030 (renamed)',
        settings: { statementEmail: true, preparatoryAttendance: 'PRORATE' },
      });
      expect(patched.body.closedAt).not.toBeNull();
      const audit = await auditFor(t.db.prisma, created.body.id as string);
      expect(audit.map((a) => [a.action, a.entity])).toEqual([
        ['created', 'Census'],
        ['updated', 'Census'],
      ]);
    });

    it('refuses a calendar out of order and settings it does not know, naming the fields', async () => {
      const bad = await t
        .http()
        .post('/api/v1/censuses')
        .set('authorization', admin)
        .send(censusBody({ calendar: { ...SPRING_2030, fieldworkTo: '2030-04-01', finalListDue: '2030-01-01' } }))
        .expect(422);
      expect(bad.body.error.code).toBe('CENSUS_INVALID');
      expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['fieldworkTo', 'finalListDue']);
      const settings = await t
        .http()
        .post('/api/v1/censuses')
        .set('authorization', admin)
        .send(censusBody({ settings: { preparatoryAttendance: 'SOMETIMES' } }))
        .expect(400);
      expect(settings.body.error.details[0].field).toBe('settings.preparatoryAttendance');
    });

    it('keeps every calendar version (who, when, why, what changed); competition dates follow unless a competition overrode them', async () => {
      const c = (await t.http().post('/api/v1/censuses').set('authorization', admin).send(censusBody()).expect(201)).body as {
        id: string;
        code: string;
      };
      const follows = await createCompetition(t, admin, {}, c.code);
      const overrides = await createCompetition(t, admin, { applicationDeadline: '2030-03-09T12:00:00+01:00' }, c.code);
      expect(follows.timeline).toMatchObject({ fieldworkFrom: '2030-04-05', listingTo: SPRING_2030.listingTo });
      await t
        .http()
        .post(`/api/v1/censuses/${c.id}/calendars`)
        .set('authorization', logistics)
        .send({ stages: { listingTo: '2030-03-30' }, reason: 'x' })
        .expect(403);
      const noReason = await t
        .http()
        .post(`/api/v1/censuses/${c.id}/calendars`)
        .set('authorization', admin)
        .send({ stages: { listingTo: '2030-03-30' } })
        .expect(400);
      expect(noReason.body.error.details[0].field).toBe('reason');
      const changed = await t
        .http()
        .post(`/api/v1/censuses/${c.id}/calendars`)
        .set('authorization', admin)
        .send({
          stages: { applicationDeadline: '2030-02-28T23:59:59+01:00', listingTo: '2030-03-30' },
          reason: 'listing extended by the director',
        })
        .expect(201);
      expect(changed.body.calendar).toMatchObject({
        version: 2,
        changed: ['applicationDeadline', 'listingTo'],
        reason: 'listing extended by the director',
      });
      const versions = await t.http().get(`/api/v1/censuses/${c.id}/calendars`).set('authorization', prishtine).expect(200);
      expect(versions.body.items.map((v: { version: number; changedById: string }) => [v.version, v.changedById])).toEqual([
        [2, t.userIdOf(admin)],
        [1, t.userIdOf(admin)],
      ]);
      expect(versions.body.items[1].stages.listingTo).toBe(SPRING_2030.listingTo);
      const f = await t.http().get(`/api/v1/recruitment/competitions/${follows.id}`).set('authorization', admin).expect(200);
      expect(f.body.timeline).toMatchObject({ listingTo: '2030-03-30', applicationDeadline: '2030-02-28T22:59:59.000Z' });
      const o = await t.http().get(`/api/v1/recruitment/competitions/${overrides.id}`).set('authorization', admin).expect(200);
      expect(o.body.timeline).toMatchObject({ listingTo: '2030-03-30', applicationDeadline: '2030-03-09T11:00:00.000Z' });
      const audit = await auditFor(t.db.prisma, c.id);
      expect(audit.find((a) => a.action === 'calendar-changed')?.details).toMatchObject({
        version: 2,
        reason: 'listing extended by the director',
      });
    });

    it('needs a named census when several are open, and says which', async () => {
      const open = await t.http().post('/api/v1/censuses').set('authorization', admin).send(censusBody()).expect(201);
      const res = await t
        .http()
        .post('/api/v1/recruitment/competitions')
        .set('authorization', admin)
        .send({ code: `c-${uniq().toLowerCase()}`, name: 'No census named' })
        .expect(422);
      expect(res.body.error.code).toBe('CENSUS_AMBIGUOUS');
      expect(res.body.error.details[0].reason).toContain(TEST_CENSUS);
      const unknown = await t
        .http()
        .post('/api/v1/recruitment/competitions')
        .set('authorization', admin)
        .send({ code: `c-${uniq().toLowerCase()}`, name: 'Unknown census', census: 'nowhere-1999' })
        .expect(404);
      expect(unknown.body.error.code).toBe('CENSUS_UNKNOWN');
      await t
        .http()
        .patch(`/api/v1/censuses/${open.body.id as string}`)
        .set('authorization', admin)
        .send({ closed: true })
        .expect(200);
    });
  });

  describe('stage gates over HTTP (a second before and after each date)', () => {
    // The test census has the letter's deadline: 3 Oct 2023, end of the day in Kosovo = 21:59:59Z + 1 s.
    const deadline = new Date(LETTER_2023_CALENDAR.applicationDeadline);
    const at = (seconds: number) => new Date(deadline.getTime() + seconds * 1000);

    it('takes online, paper and imported applications until the deadline and refuses them after, naming the stage and its date', async () => {
      const clock = pinClock(t, at(-1).toISOString());
      const c = await createCompetition(t, admin, { applicationDeadline: deadline.toISOString() });
      await applyOnline(t, admin, c.id, 'prishtine');
      const csv = (id: string) =>
        `national_id,full_name,community,language,municipality_code\n${id},Importuar ${uniqName()},ALBANIAN,SQ,prishtine\n`;
      await t
        .http()
        .post(`/api/v1/recruitment/competitions/${c.id}/applications/import`)
        .set('authorization', admin)
        .set('content-type', 'text/csv')
        .send(csv(nationalId()))
        .expect(201);
      clock.set(at(0));
      for (const seconds of [0, 1]) {
        clock.set(at(seconds));
        const online = await t
          .http()
          .post('/api/v1/recruitment/applications')
          .set('authorization', admin)
          .send({
            competitionId: c.id,
            municipalityCode: 'prishtine',
            nationalId: nationalId(),
            fullName: `Vonë ${uniqName()}`,
            community: 'ALBANIAN',
            languageOfWork: 'SQ',
            channel: 'ONLINE',
          })
          .expect(409);
        expect(online.body.error).toMatchObject({
          code: 'APPLICATION_DEADLINE_PASSED',
          details: [{ field: 'applicationDeadline', reason: deadline.toISOString() }],
        });
        const imported = await t
          .http()
          .post(`/api/v1/recruitment/competitions/${c.id}/applications/import`)
          .set('authorization', admin)
          .set('content-type', 'text/csv')
          .send(csv(nationalId()))
          .expect(409);
        expect(imported.body.error.code).toBe('APPLICATION_DEADLINE_PASSED');
      }
      // paper: a designated KKR member of Prizren, a second before and after
      const kkr = (role: string, name: string, currentJob: string, isContactPerson: boolean) => ({
        fullName: `${name} ${uniqName()}`,
        currentJob,
        kkrRole: role,
        isMunicipalStaff: true,
        isContactPerson,
      });
      const prizren = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
      await t
        .http()
        .put('/api/v1/municipalities/prizren/kkr-members')
        .set('authorization', prizren)
        .send({
          members: [
            kkr('CHAIR', 'Agim', 'Mayor', false),
            kkr('DEPUTY_CHAIR', 'Besa', 'Director', true),
            kkr('SECRETARY', 'Dren', 'Statistics officer', true),
          ],
        })
        .expect(200);
      await t
        .http()
        .put('/api/v1/municipalities/prizren/paper-intake-clerks')
        .set('authorization', prizren)
        .send({ userId: t.userIdOf(prizren), kkrPosition: 3 })
        .expect(200);
      const paper = () => ({
        competitionId: c.id,
        municipalityCode: 'prizren',
        nationalId: nationalId(),
        fullName: `Letër ${uniqName()}`,
        community: 'TURKISH',
        languageOfWork: 'TR',
        channel: 'PAPER',
        paperFileRef: 'PZ-1',
      });
      clock.set(at(-1));
      await t.http().post('/api/v1/recruitment/applications').set('authorization', prizren).send(paper()).expect(201);
      clock.set(at(1));
      const late = await t.http().post('/api/v1/recruitment/applications').set('authorization', prizren).send(paper()).expect(409);
      expect(late.body.error).toMatchObject({
        code: 'APPLICATION_DEADLINE_PASSED',
        details: [{ field: 'applicationDeadline', reason: deadline.toISOString() }],
      });
    });

    it('sends no shortlist before the deadline; a re-send is a new version the commission sees; refused once it started unless ADMIN reopens', async () => {
      const clock = pinClock(t, '2023-10-01T08:00:00Z');
      const c = await createCompetition(t, admin, { applicationDeadline: deadline.toISOString() });
      await setTargets(t, admin, c.id, {
        targets: [{ municipalityCode: 'prishtine', community: 'ALBANIAN', supervisors: 0, enumerators: 2 }],
      });
      const apps = [];
      for (let i = 0; i < 4; i++) apps.push(await applyOnline(t, admin, c.id, 'prishtine'));
      await recordScores(t, admin, c.id, { scores: apps.map((a, i) => ({ applicationId: a.id, score: String(90 - i) })) });
      const send = (token: string, reason?: string) =>
        t
          .http()
          .post(`/api/v1/recruitment/competitions/${c.id}/shortlists`)
          .set('authorization', token)
          .send({ municipalityCodes: ['prishtine'], ...(reason ? { reason } : {}) });

      // final list and publication before any shortlist
      clock.set(at(10));
      const early = await t
        .http()
        .post(`${mun(c.id, 'prishtine')}/final-list`)
        .set('authorization', prishtine)
        .send({ selections: [{ applicationId: apps[0]?.id }] })
        .expect(409);
      expect(early.body.error).toMatchObject({ code: 'SHORTLIST_NOT_SENT', details: [{ field: 'shortlistSent', reason: 'not yet' }] });
      const earlyPub = await t
        .http()
        .post(`${mun(c.id, 'prishtine')}/publication`)
        .set('authorization', prishtine)
        .expect(409);
      expect(earlyPub.body.error.code).toBe('SHORTLIST_NOT_SENT');
      expect(
        (
          await t
            .http()
            .post(`${mun(c.id, 'prishtine')}/final-list/start`)
            .set('authorization', prishtine)
            .expect(409)
        ).body.error.code,
      ).toBe('SHORTLIST_NOT_SENT');

      clock.set(at(-1));
      const before = (await send(admin).expect(409)).body;
      expect(before.error).toMatchObject({
        code: 'SHORTLIST_BEFORE_DEADLINE',
        details: [{ field: 'applicationDeadline', reason: deadline.toISOString() }],
      });
      clock.set(at(1));
      const v1 = (await send(admin).expect(200)).body;
      expect(v1.municipalities[0]).toMatchObject({ version: 1, changes: null });

      // a score correction, then a re-send: version 2, with what changed and who sent it
      await recordScores(t, admin, c.id, { scores: [{ applicationId: apps[3]?.id, score: '99' }] });
      const v2 = (await send(logistics, 'score of one candidate corrected').expect(200)).body;
      expect(v2.municipalities[0]).toMatchObject({ version: 2, changes: { added: [apps[3]?.id], removed: [apps[2]?.id] } });
      const seen = await t
        .http()
        .get(`${mun(c.id, 'prishtine')}/shortlist`)
        .set('authorization', prishtine)
        .expect(200);
      expect(seen.body).toMatchObject({ version: 2, finalListStartedAt: null });
      expect(seen.body.versions.map((v: { version: number; sentBy: string; reason: string | null }) => [v.version, v.reason])).toEqual([
        [2, 'score of one candidate corrected'],
        [1, null],
      ]);
      expect(seen.body.versions[0].sentBy).toContain('@');
      expect(seen.body.versions[0].changes.added).toEqual([apps[3]?.id]);

      // the commission starts its final list: no re-send, until ADMIN reopens with a reason
      clock.set(at(3600));
      const started = await t
        .http()
        .post(`${mun(c.id, 'prishtine')}/final-list/start`)
        .set('authorization', prishtine)
        .expect(200);
      expect(started.body).toMatchObject({ shortlistVersion: 2, finalListStartedAt: at(3600).toISOString() });
      const locked = (await send(admin).expect(409)).body;
      expect(locked.error).toMatchObject({
        code: 'SHORTLIST_LOCKED',
        details: [{ field: 'finalListStarted', reason: at(3600).toISOString() }],
      });
      await t
        .http()
        .post(`${mun(c.id, 'prishtine')}/shortlist/reopen`)
        .set('authorization', prishtine)
        .send({ reason: 'x' })
        .expect(403);
      await t
        .http()
        .post(`${mun(c.id, 'prishtine')}/shortlist/reopen`)
        .set('authorization', admin)
        .send({})
        .expect(400);
      await t
        .http()
        .post(`${mun(c.id, 'prishtine')}/shortlist/reopen`)
        .set('authorization', admin)
        .send({ reason: 'a candidate withdrew before the list' })
        .expect(200);
      const audit = await auditFor(t.db.prisma, c.id);
      expect(audit.find((a) => a.action === 'shortlist-reopened')?.details).toMatchObject({
        reason: 'a candidate withdrew before the list',
      });
      expect(audit.filter((a) => a.action === 'shortlist-resent').length).toBe(1);
      const v3 = (await send(admin, 'after the withdrawal').expect(200)).body;
      expect(v3.municipalities[0].version).toBe(3);

      // final list, then publication; nothing re-sent after the final list
      const list = await t
        .http()
        .get(`${mun(c.id, 'prishtine')}/shortlist`)
        .set('authorization', prishtine)
        .expect(200);
      const chosen = list.body.communities[0].candidates
        .slice(0, 2)
        .map((x: { applicationId: string }) => ({ applicationId: x.applicationId }));
      const noPub = await t
        .http()
        .post(`${mun(c.id, 'prishtine')}/publication`)
        .set('authorization', prishtine)
        .expect(409);
      expect(noPub.body.error).toMatchObject({ code: 'FINAL_LIST_NOT_DONE', details: [{ field: 'finalListDone', reason: 'not yet' }] });
      await t
        .http()
        .post(`${mun(c.id, 'prishtine')}/final-list`)
        .set('authorization', prishtine)
        .send({ selections: chosen })
        .expect(200);
      expect((await send(admin).expect(409)).body.error.code).toBe('SHORTLIST_LOCKED');
      await t
        .http()
        .post(`${mun(c.id, 'prishtine')}/publication`)
        .set('authorization', prishtine)
        .expect(200);
    });
  });
});
