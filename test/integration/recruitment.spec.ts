import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { JobClient } from '../../src/common/jobs/job-client.js';
import { Role } from '../../src/generated/prisma/enums.js';
import { auditFor, nationalId, uniqName } from '../support/factories.js';
import { applyOnline, createCompetition, mun, pinClock, recordScores, setTargets } from '../support/recruitment-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const kkrList = () => [
  { fullName: `Agim ${uniqName()}`, currentJob: 'Mayor', kkrRole: 'CHAIR', isMunicipalStaff: true, isContactPerson: false },
  { fullName: `Shpresa ${uniqName()}`, currentJob: 'Director', kkrRole: 'DEPUTY_CHAIR', isMunicipalStaff: true, isContactPerson: true },
  {
    fullName: `Driton ${uniqName()}`,
    currentJob: 'Statistics officer',
    kkrRole: 'SECRETARY',
    isMunicipalStaff: true,
    isContactPerson: true,
  },
];

describe('recruitment API', () => {
  let t: TestApp;
  let admin: string;
  let logistics: string;
  let finance: string;
  let prishtine: string;
  let prizren: string;
  let clock: ReturnType<typeof pinClock>;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
    logistics = await t.tokenFor(Role.LOGISTICS);
    finance = await t.tokenFor(Role.FINANCE);
    prishtine = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
    prizren = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
    clock = pinClock(t, '2023-10-01T08:00:00Z');
  });
  afterAll(async () => {
    await t.close();
  });

  describe('KKR confirmation', () => {
    const url = (code: string) => `/api/v1/municipalities/${code}/kkr-members`;

    it('keeps who confirmed which version of the list and when; a later list change leaves the snapshot alone', async () => {
      const list = kkrList();
      await t.http().put(url('prishtine')).set('authorization', prishtine).send({ members: list }).expect(200);
      const res = await t
        .http()
        .post(`${url('prishtine')}/confirm`)
        .set('authorization', prishtine)
        .expect(201);
      expect(res.body).toMatchObject({ version: 1, confirmedById: t.userIdOf(prishtine), confirmedByEmail: expect.any(String) });
      expect(res.body.members.map((m: { fullName: string; isContactPerson: boolean }) => [m.fullName, m.isContactPerson])).toEqual(
        list.map((m) => [m.fullName, m.isContactPerson]),
      );

      await t.http().put(url('prishtine')).set('authorization', prishtine).send({ members: kkrList() }).expect(200);
      await t
        .http()
        .post(`${url('prishtine')}/confirm`)
        .set('authorization', admin)
        .expect(201);
      const history = await t.http().get('/api/v1/municipalities/prishtine/kkr-confirmations').set('authorization', prishtine).expect(200);
      expect(history.body.items.map((c: { version: number; confirmedById: string }) => [c.version, c.confirmedById])).toEqual([
        [2, t.userIdOf(admin)],
        [1, t.userIdOf(prishtine)],
      ]);
      expect(history.body.items[1].members[0].fullName).toBe(list[0]?.fullName);
      expect(history.body).toMatchObject({ total: 2, nextCursor: null });
      const page1 = await t
        .http()
        .get('/api/v1/municipalities/prishtine/kkr-confirmations?limit=1')
        .set('authorization', prishtine)
        .expect(200);
      expect(page1.body.items.map((c: { version: number }) => c.version)).toEqual([2]);
      const page2 = await t
        .http()
        .get(`/api/v1/municipalities/prishtine/kkr-confirmations?limit=1&cursor=${encodeURIComponent(page1.body.nextCursor)}`)
        .set('authorization', prishtine)
        .expect(200);
      expect(page2.body).toMatchObject({ total: 2, nextCursor: null });
      expect(page2.body.items.map((c: { version: number }) => c.version)).toEqual([1]);

      const municipalityId = await t.db.municipalityId('prishtine');
      const events = (await auditFor(t.db.prisma, municipalityId)).filter((e) => e.action === 'confirmed');
      expect(events.map((e) => e.details)).toEqual([
        { version: 1, count: 3 },
        { version: 2, count: 3 },
      ]);
    });

    it('refuses to confirm a stored list that breaks the contact-person rule, with the reason, and records nothing', async () => {
      const municipalityId = await t.db.municipalityId('gjilan');
      // A list stored before the rules (e.g. migrated): only the deputy chair is a contact person.
      await t.db.prisma.kkrMember.createMany({
        data: [
          {
            municipalityId,
            position: 1,
            fullName: 'Besa Krasniqi',
            currentJob: 'Director',
            kkrRole: 'DEPUTY_CHAIR',
            isMunicipalStaff: true,
            isContactPerson: true,
          },
          {
            municipalityId,
            position: 2,
            fullName: 'Dren Hoxha',
            currentJob: 'Teacher',
            kkrRole: 'MEMBER',
            isMunicipalStaff: false,
            isContactPerson: false,
          },
        ],
      });
      const res = await t.http().post('/api/v1/municipalities/gjilan/kkr-members/confirm').set('authorization', admin).expect(422);
      expect(res.body.error.code).toBe('KKR_RULES_VIOLATED');
      expect(res.body.error.details).toMatchObject([
        {
          field: 'isContactPerson',
          reason: 'exactly two contact persons are required, the deputy chair and a municipal staff member; only position 1 is marked',
        },
      ]);
      expect(await t.db.prisma.kkrConfirmation.count({ where: { municipalityId } })).toBe(0);
      // An empty list cannot be confirmed either; another municipality's list answers 404.
      await t.http().post('/api/v1/municipalities/junik/kkr-members/confirm').set('authorization', admin).expect(422);
      await t.http().post('/api/v1/municipalities/prishtine/kkr-members/confirm').set('authorization', prizren).expect(404);
      await t.http().get('/api/v1/municipalities/prishtine/kkr-confirmations').set('authorization', prizren).expect(404);
    });
  });

  describe('competitions and applications', () => {
    it('creates a competition with the letter’s dates as defaults; dates are configurable and checked for order', async () => {
      clock.set('2023-09-20T08:00:00Z');
      const c = await createCompetition(t, admin, { finalListDue: '2023-10-11' });
      expect(c.timeline).toMatchObject({
        vacancyAnnounced: '2023-09-26',
        applicationDeadline: '2023-10-03T21:59:59.000Z',
        shortlistSentBy: '2023-10-06',
        finalListDue: '2023-10-11',
        publicationBy: '2023-10-13',
        enumeratorTrainingFrom: '2023-10-16',
        fieldworkTo: '2023-12-15',
      });
      const bad = await t
        .http()
        .patch(`/api/v1/recruitment/competitions/${c.id}`)
        .set('authorization', logistics)
        .send({ timeline: { publicationBy: '2023-10-10' } })
        .expect(400);
      expect(bad.body.error.details).toMatchObject([
        { field: 'publicationBy', reason: 'must not be before finalListDue (11 October 2023)' },
      ]);
      await t.http().post('/api/v1/recruitment/competitions').set('authorization', finance).send({ code: 'x-1', name: 'x' }).expect(403);
      await t.http().post('/api/v1/recruitment/competitions').set('authorization', prishtine).send({ code: 'x-1', name: 'x' }).expect(403);
      const read = await t.http().get(`/api/v1/recruitment/competitions/${c.id}`).set('authorization', prishtine).expect(200);
      expect(read.body.timeline.finalListDue).toBe('2023-10-11');
    });

    it('takes applications up to the deadline by the server clock: a second before counts, the deadline itself and after do not', async () => {
      const c = await createCompetition(t, admin);
      const deadline = new Date('2023-10-03T21:59:59.000Z').getTime();
      clock.set(new Date(deadline - 1000));
      const ok = await applyOnline(t, admin, c.id, 'prishtine');
      expect(ok).toMatchObject({ channel: 'ONLINE', submittedAt: new Date(deadline - 1000).toISOString(), status: 'SUBMITTED' });

      for (const at of [deadline, deadline + 1000]) {
        clock.set(new Date(at));
        const res = await t
          .http()
          .post('/api/v1/recruitment/applications')
          .set('authorization', admin)
          .send({
            competitionId: c.id,
            municipalityCode: 'prishtine',
            nationalId: nationalId(),
            fullName: 'Late Applicant',
            community: 'ALBANIAN',
            languageOfWork: 'SQ',
            channel: 'ONLINE',
          })
          .expect(409);
        expect(res.body.error.code).toBe('APPLICATION_DEADLINE_PASSED');
      }

      // The deadline is per competition and configurable: moved a day later, the same second counts.
      await t
        .http()
        .patch(`/api/v1/recruitment/competitions/${c.id}`)
        .set('authorization', admin)
        .send({ timeline: { applicationDeadline: '2023-10-04T23:59:59+02:00' } })
        .expect(200);
      await applyOnline(t, admin, c.id, 'prishtine');
    });

    it('reports a second application of the same national id, also from another municipality', async () => {
      clock.set('2023-10-01T08:00:00Z');
      const c = await createCompetition(t, admin);
      const first = await applyOnline(t, admin, c.id, 'prishtine');
      const again = await t
        .http()
        .post('/api/v1/recruitment/applications')
        .set('authorization', admin)
        .send({
          competitionId: c.id,
          municipalityCode: 'prizren',
          nationalId: first.nationalId,
          fullName: 'Same Person',
          community: 'ALBANIAN',
          languageOfWork: 'SQ',
          channel: 'ONLINE',
        })
        .expect(409);
      expect(again.body.error).toMatchObject({
        code: 'APPLICATION_DUPLICATE',
        details: [{ field: 'nationalId', reason: expect.stringContaining(first.id) }],
      });
      // Another competition is another application.
      const other = await createCompetition(t, admin);
      await applyOnline(t, admin, other.id, 'prishtine', { nationalId: first.nationalId });
    });

    it('takes paper applications only from the KKR member designated for paper intake, in their own municipality, with the archived file reference', async () => {
      clock.set('2023-10-01T08:00:00Z');
      const c = await createCompetition(t, admin);
      await t
        .http()
        .put('/api/v1/municipalities/prizren/kkr-members')
        .set('authorization', prizren)
        .send({ members: kkrList() })
        .expect(200);
      const clerk = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
      const paper = (o: Record<string, unknown> = {}) => ({
        competitionId: c.id,
        municipalityCode: 'prizren',
        nationalId: nationalId(),
        fullName: `Letër ${uniqName()}`,
        community: 'TURKISH',
        languageOfWork: 'TR',
        channel: 'PAPER',
        paperFileRef: 'PZ-2023/0457',
        ...o,
      });
      const refused = await t.http().post('/api/v1/recruitment/applications').set('authorization', clerk).send(paper()).expect(403);
      expect(refused.body.error.code).toBe('PAPER_INTAKE_NOT_DESIGNATED');

      const bad = await t
        .http()
        .put('/api/v1/municipalities/prizren/paper-intake-clerks')
        .set('authorization', prizren)
        .send({ userId: t.userIdOf(prishtine), kkrPosition: 9 })
        .expect(400);
      expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(['userId', 'kkrPosition']);
      await t
        .http()
        .put('/api/v1/municipalities/prizren/paper-intake-clerks')
        .set('authorization', prizren)
        .send({ userId: t.userIdOf(clerk), kkrPosition: 3 })
        .expect(200);
      const clerks = await t.http().get('/api/v1/municipalities/prizren/paper-intake-clerks').set('authorization', prizren).expect(200);
      expect(clerks.body).toEqual({
        municipalityCode: 'prizren',
        items: [{ userId: t.userIdOf(clerk), kkrPosition: 3, createdAt: expect.any(String) }],
      });
      await t.http().get('/api/v1/municipalities/prizren/paper-intake-clerks').set('authorization', prishtine).expect(404);

      const noRef = await t
        .http()
        .post('/api/v1/recruitment/applications')
        .set('authorization', clerk)
        .send(paper({ paperFileRef: null }))
        .expect(400);
      expect(noRef.body.error.details[0].field).toBe('paperFileRef');
      const created = await t.http().post('/api/v1/recruitment/applications').set('authorization', clerk).send(paper()).expect(201);
      expect(created.body).toMatchObject({ channel: 'PAPER', paperFileRef: 'PZ-2023/0457', submittedById: t.userIdOf(clerk) });
      // A commission cannot post "online" applications, nor any for another municipality.
      await t
        .http()
        .post('/api/v1/recruitment/applications')
        .set('authorization', clerk)
        .send(paper({ channel: 'ONLINE' }))
        .expect(403);
      const foreign = await t
        .http()
        .post('/api/v1/recruitment/applications')
        .set('authorization', clerk)
        .send(paper({ municipalityCode: 'prishtine' }))
        .expect(404);
      expect(foreign.body.error.code).toBe('MUNICIPALITY_UNKNOWN');

      const list = await t
        .http()
        .get(`${mun(c.id, 'prizren')}/applications`)
        .set('authorization', prizren)
        .expect(200);
      expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([created.body.id]);
      await t
        .http()
        .get(`${mun(c.id, 'prizren')}/applications`)
        .set('authorization', prishtine)
        .expect(404);
      const events = await auditFor(t.db.prisma, created.body.id);
      expect(events.map((e) => [e.action, e.entity, e.details])).toEqual([
        ['submitted', 'Application', { channel: 'PAPER', kind: 'ENUMERATOR' }],
      ]);
    });
  });

  describe('bulk import of online applications', () => {
    it('reports every bad row and stores nothing, then stores a clean file in one go; refused after the deadline', async () => {
      clock.set('2023-10-02T08:00:00Z');
      const c = await createCompetition(t, admin);
      const existing = await applyOnline(t, admin, c.id, 'prishtine');
      const [n1, n2, n3] = [nationalId(), nationalId(), nationalId()];
      const url = `/api/v1/recruitment/competitions/${c.id}/applications/import`;
      const send = (csv: string, token = admin) => t.http().post(url).set('authorization', token).set('content-type', 'text/csv').send(csv);
      const bad = [
        'national_id,full_name,community,language,municipality_code,email',
        `${n1},Arta Hoxha,ALBANIAN,SQ,prishtine,arta@example.org`,
        `${n2},Marko Ilić,MARTIAN,SR,prishtine,`,
        `${n1},Arta Hoxha,ALBANIAN,SQ,prishtine,`,
        `${existing.nationalId},Someone Else,ALBANIAN,SQ,prishtine,`,
        `${n3},Dita Kola,ALBANIAN,SQ,atlantis,`,
        '',
      ].join('\n');
      const refused = await send(bad).expect(422);
      expect(refused.body.error.code).toBe('IMPORT_INVALID');
      expect(refused.body.error.details.map((d: { row: number; field: string }) => [d.row, d.field])).toEqual([
        [2, 'national_id'],
        [3, 'community'],
        [4, 'national_id'],
        [5, 'national_id'],
        [6, 'municipality_code'],
      ]);
      expect(await t.db.prisma.application.count({ where: { competitionId: c.id } })).toBe(1);

      await send('national_id,full_name,community,language,municipality_code\n', prishtine).expect(403);
      const ok = await send(
        [
          'national_id,full_name,community,language,municipality_code,kind,phone',
          `${n1},Arta Hoxha,ALBANIAN,SQ,prishtine,,+383 44 111 222`,
          `${n2},Marko Ilić,SERB,SR,gracanice,ENUMERATOR,`,
          `${n3},Dita Kola,ALBANIAN,SQ,prizren,SUPERVISOR,`,
        ].join('\n'),
      ).expect(201);
      expect(ok.body.created).toBe(3);
      const rows = await t.db.prisma.application.findMany({
        where: { competitionId: c.id, nationalId: { in: [n1, n2, n3] } },
        orderBy: { nationalId: 'asc' },
      });
      expect(rows.map((r) => [r.channel, r.submittedAt.toISOString()])).toEqual(rows.map(() => ['ONLINE', '2023-10-02T08:00:00.000Z']));
      expect(rows.find((r) => r.nationalId === n3)?.kind).toBe('SUPERVISOR');

      clock.set('2023-10-03T22:00:00Z');
      const late = await send(
        ['national_id,full_name,community,language,municipality_code', `${nationalId()},Late Person,ALBANIAN,SQ,prishtine`].join('\n'),
      ).expect(409);
      expect(late.body.error.code).toBe('APPLICATION_DEADLINE_PASSED');
    });

    it('lists a municipality’s applications a page at a time in order of receipt, by kind; a municipality sees no supervisors before ASK publishes', async () => {
      clock.set('2023-10-02T08:00:00Z');
      const c = await createCompetition(t, admin);
      const first = await applyOnline(t, admin, c.id, 'prishtine');
      clock.set('2023-10-02T09:00:00Z');
      const ids = [nationalId(), nationalId(), nationalId(), nationalId()].sort();
      await t
        .http()
        .post(`/api/v1/recruitment/competitions/${c.id}/applications/import`)
        .set('authorization', admin)
        .set('content-type', 'text/csv')
        .send(
          [
            'national_id,full_name,community,language,municipality_code,kind',
            ...ids.map(
              (n, i) => `${n},${['Ana', 'Besa', 'Drita', 'Era'][i]} Kola,ALBANIAN,SQ,prishtine,${i === 3 ? 'SUPERVISOR' : 'ENUMERATOR'}`,
            ),
          ].join('\n'),
        )
        .expect(201);
      const url = `${mun(c.id, 'prishtine')}/applications`;
      const walk = async (token: string, query: string) => {
        const seen: string[] = [];
        let cursor: string | null = null;
        let total = -1;
        do {
          const path: string = `${url}?limit=2${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
          const res = await t.http().get(path).set('authorization', token).expect(200);
          expect(res.body.items.length).toBeLessThanOrEqual(2);
          seen.push(...res.body.items.map((a: { nationalId: string }) => a.nationalId));
          total = res.body.total;
          cursor = res.body.nextCursor as string | null;
        } while (cursor);
        expect(seen.length).toBe(total);
        return seen;
      };
      // received earlier first; the same moment (one import) in national id order
      expect(await walk(admin, '')).toEqual([first.nationalId, ...ids]);
      expect(await walk(admin, '&kind=SUPERVISOR')).toEqual([ids[3]]);
      expect(await walk(admin, '&kind=ENUMERATOR')).toEqual([first.nationalId, ...ids.slice(0, 3)]);
      expect(await walk(prishtine, '')).toEqual([first.nationalId, ...ids.slice(0, 3)]);
      expect(await walk(prishtine, '&kind=SUPERVISOR')).toEqual([]);
      const bad = await t.http().get(`${url}?cursor=not-a-cursor`).set('authorization', admin).expect(400);
      expect(bad.body.error.details).toMatchObject([{ field: 'cursor', reason: expect.any(String) }]);
      await t.http().get(url).set('authorization', prizren).expect(404);
    });
  });

  describe('shortlist, final list and publication', () => {
    it('ranks ceil(1.5 × required) per community, needs reasons for rank deviations, publishes names only and hires the selected', async () => {
      clock.set('2023-10-01T08:00:00Z');
      const c = await createCompetition(t, admin);
      await t
        .http()
        .put(`/api/v1/recruitment/competitions/${c.id}/targets`)
        .set('authorization', finance)
        .send({ targets: [{ municipalityCode: 'prishtine', community: 'ALBANIAN', supervisors: 2, enumerators: 7 }] })
        .expect(403);
      await setTargets(t, logistics, c.id, {
        targets: [
          { municipalityCode: 'prishtine', community: 'ALBANIAN', supervisors: 2, enumerators: 7 },
          { municipalityCode: 'prishtine', community: 'SERB', supervisors: 0, enumerators: 1 },
          { municipalityCode: 'prizren', community: 'TURKISH', supervisors: 1, enumerators: 2 },
        ],
      });
      const targets = await t
        .http()
        .get(`${mun(c.id, 'prishtine')}/targets`)
        .set('authorization', prishtine)
        .expect(200);
      expect(targets.body.items).toEqual([
        { community: 'ALBANIAN', supervisors: 2, enumerators: 7 },
        { community: 'SERB', supervisors: 0, enumerators: 1 },
      ]);
      const notice = await t
        .http()
        .get(`${mun(c.id, 'prishtine')}/vacancy-notice`)
        .set('authorization', prishtine)
        .expect(200);
      expect(notice.body).toMatchObject({ announced: '2023-09-26', totals: { supervisors: 2, enumerators: 8 } });

      // 13 Albanian applicants with distinct scores (a0 best), 3 Serbs; one Prizren applicant.
      const al = [];
      for (let i = 0; i < 13; i++) al.push(await applyOnline(t, admin, c.id, 'prishtine'));
      const sr = [];
      for (let i = 0; i < 3; i++) sr.push(await applyOnline(t, admin, c.id, 'prishtine', { community: 'SERB', languageOfWork: 'SR' }));
      const pz = await applyOnline(t, admin, c.id, 'prizren', { community: 'TURKISH', languageOfWork: 'TR' });
      await recordScores(t, admin, c.id, {
        scores: [
          ...al.map((a, i) => ({ applicationId: a.id, score: (90 - i).toFixed(1) })),
          ...sr.map((a, i) => ({ applicationId: a.id, score: String(70 - i) })),
          { applicationId: pz.id, score: '55.25' },
        ],
      });

      // Finalising before ASK sends the shortlist is refused.
      await t
        .http()
        .post(`${mun(c.id, 'prishtine')}/final-list`)
        .set('authorization', prishtine)
        .send({ selections: [{ applicationId: al[0]?.id }] })
        .expect(409);

      clock.set('2023-10-06T09:00:00Z');
      const sent = await t
        .http()
        .post(`/api/v1/recruitment/competitions/${c.id}/shortlists`)
        .set('authorization', admin)
        .send({ municipalityCodes: ['prishtine'] })
        .expect(200);
      expect(sent.body.municipalities).toEqual([
        {
          municipalityCode: 'prishtine',
          version: 1,
          changes: null,
          communities: [
            { community: 'ALBANIAN', required: 7, size: 11, shortfall: 0 },
            { community: 'SERB', required: 1, size: 2, shortfall: 0 },
          ],
        },
      ]);
      const shortlist = await t
        .http()
        .get(`${mun(c.id, 'prishtine')}/shortlist`)
        .set('authorization', prishtine)
        .expect(200);
      expect(shortlist.body.sentAt).toBe('2023-10-06T09:00:00.000Z');
      const alIds = shortlist.body.communities[0].candidates.map((x: { applicationId: string }) => x.applicationId);
      expect(alIds).toEqual(al.slice(0, 11).map((a) => a.id));
      expect(shortlist.body.communities[1].candidates.map((x: { rank: number; score: string }) => [x.rank, x.score])).toEqual([
        [1, '70.00'],
        [2, '69.00'],
      ]);
      await t
        .http()
        .get(`${mun(c.id, 'prishtine')}/shortlist`)
        .set('authorization', prizren)
        .expect(404);

      const take = (ids: (string | undefined)[], reasons: Record<number, string> = {}) =>
        ids.map((id, i) => ({ applicationId: id, ...(reasons[i] !== undefined ? { reason: reasons[i] } : {}) }));
      const finalise = (selections: unknown[], token = prishtine) =>
        t
          .http()
          .post(`${mun(c.id, 'prishtine')}/final-list`)
          .set('authorization', token)
          .send({ selections });

      // Quotas: 6 Albanians and 2 Serbs is wrong in both communities.
      const quota = await finalise(take([...al.slice(0, 6).map((a) => a.id), sr[0]?.id, sr[1]?.id], { 7: 'second Serb' })).expect(422);
      expect(
        quota.body.error.details.filter((d: { field: string }) => d.field === 'selections').map((d: { reason: string }) => d.reason),
      ).toEqual(['ALBANIAN: exactly 7 enumerator(s) required, 6 selected', 'SERB: exactly 1 enumerator(s) required, 2 selected']);
      // Rank 9 instead of rank 7, without a reason; and rank 12 is not on the shortlist.
      const deviation = await finalise(take([...al.slice(0, 6).map((a) => a.id), al[8]?.id, sr[0]?.id])).expect(422);
      expect(deviation.body.error).toMatchObject({
        code: 'FINAL_LIST_INVALID',
        details: [{ field: 'selections.6.reason', reason: expect.stringContaining('rank 9 of ALBANIAN') }],
      });
      const offList = await finalise(take([...al.slice(0, 6).map((a) => a.id), al[11]?.id, sr[0]?.id], { 6: 'x' })).expect(422);
      expect(offList.body.error.details[0]).toMatchObject({
        field: 'selections.6.applicationId',
        reason: 'is not on the shortlist of this municipality',
      });
      await finalise(take([...al.slice(0, 6).map((a) => a.id), al[8]?.id, sr[0]?.id], { 6: 'x' }), prizren).expect(404);

      clock.set('2023-10-12T10:00:00Z');
      const done = await finalise(
        take([...al.slice(0, 6).map((a) => a.id), al[8]?.id, sr[0]?.id], { 6: 'Rank 7 and 8 withdrew by letter' }),
      ).expect(200);
      expect(done.body).toMatchObject({ selected: 8, deviations: 1 });
      await finalise(take([al[0]?.id])).expect(409);
      await t
        .http()
        .get(`${mun(c.id, 'prishtine')}/final-list`)
        .set('authorization', prishtine)
        .expect(409);

      clock.set('2023-10-13T09:00:00Z');
      const published = await t
        .http()
        .post(`${mun(c.id, 'prishtine')}/publication`)
        .set('authorization', prishtine)
        .expect(200);
      const selected = [...al.slice(0, 6), al[8], sr[0]];
      expect(Object.keys(published.body).sort()).toEqual(['competition', 'municipality', 'names', 'publishedAt']);
      expect(published.body.names).toEqual(selected.map((a) => a?.fullName).sort((a, b) => (a as string).localeCompare(b as string, 'sq')));
      const text = JSON.stringify(published.body);
      for (const a of [...al, ...sr]) {
        expect(text).not.toContain(a.nationalId);
        expect(text).not.toContain(a.email);
        expect(text).not.toContain(a.id);
      }
      for (const s of ['+383', 'ALBANIAN', 'SERB', 'score', 'rank', '90.00']) expect(text).not.toContain(s);
      const publicList = await t
        .http()
        .get(`${mun(c.id, 'prishtine')}/final-list`)
        .set('authorization', finance)
        .expect(200);
      expect(publicList.body).toEqual(published.body);
      await t
        .http()
        .get(`${mun(c.id, 'prishtine')}/final-list`)
        .set('authorization', prizren)
        .expect(404);

      // The selected are enumerators now, with the competition's contract dates.
      const staff = await t.db.prisma.staffMember.findMany({
        where: { nationalId: { in: selected.map((a) => a?.nationalId as string) } },
        orderBy: { nationalId: 'asc' },
      });
      expect(staff).toHaveLength(8);
      for (const s of staff) {
        expect(s).toMatchObject({ kind: 'ENUMERATOR', status: 'ACTIVE', municipalityId: await t.db.municipalityId('prishtine') });
        expect([s.engagementStart?.toISOString().slice(0, 10), s.engagementEnd?.toISOString().slice(0, 10)]).toEqual([
          '2023-10-15',
          '2023-12-15',
        ]);
      }
      // The rest stay as the ranked reserve list.
      const reserve = await t
        .http()
        .get(`${mun(c.id, 'prishtine')}/reserve`)
        .set('authorization', prishtine)
        .expect(200);
      expect(
        reserve.body.communities.map((x: { community: string; candidates: { reserveRank: number; applicationId: string }[] }) => [
          x.community,
          x.candidates.map((y) => y.applicationId),
        ]),
      ).toEqual([
        ['ALBANIAN', [al[6], al[7], al[9], al[10], al[11], al[12]].map((a) => a?.id)],
        ['SERB', [sr[1], sr[2]].map((a) => a?.id)],
      ]);
      await t
        .http()
        .get(`${mun(c.id, 'prishtine')}/reserve`)
        .set('authorization', prizren)
        .expect(404);
      await t
        .http()
        .post(`${mun(c.id, 'prishtine')}/publication`)
        .set('authorization', prishtine)
        .expect(409);
    });
  });

  describe('deadline flags', () => {
    it('flags commissions late with their lists, shows ASK all and a municipality only its own', async () => {
      clock.set('2023-10-01T08:00:00Z');
      const c = await createCompetition(t, admin);
      await setTargets(t, admin, c.id, {
        targets: [
          { municipalityCode: 'decan', community: 'ALBANIAN', supervisors: 0, enumerators: 1 },
          { municipalityCode: 'junik', community: 'ALBANIAN', supervisors: 0, enumerators: 1 },
        ],
      });
      const decan = await t.tokenFor(Role.MUNICIPALITY, 'decan');
      const junik = await t.tokenFor(Role.MUNICIPALITY, 'junik');
      const check = async (at: string) => {
        clock.set(at);
        await t.http().post('/api/v1/recruitment/deadline-checks').set('authorization', admin).expect(200);
      };
      const flagsOf = async (token: string, filter = '') => {
        const res = await t
          .http()
          .get(`/api/v1/recruitment/deadline-flags?competitionId=${c.id}&limit=500${filter}`)
          .set('authorization', token)
          .expect(200);
        return res.body.items
          .filter((f: { kind: string }) => f.kind !== 'KKR_NOT_CONFIRMED')
          .map((f: { municipalityCode: string; kind: string }) => `${f.municipalityCode}:${f.kind}`)
          .sort();
      };

      // Final list due 12 Oct: at 23:59:59 Kosovo time nothing is late yet, one second later it is.
      await check('2023-10-12T21:59:59Z');
      expect(await flagsOf(admin)).toEqual([]);
      await check('2023-10-12T22:00:00Z');
      expect(await flagsOf(admin)).toEqual(['decan:FINAL_LIST_LATE', 'junik:FINAL_LIST_LATE']);
      await check('2023-10-14T08:00:00Z');
      expect(await flagsOf(admin)).toEqual([
        'decan:FINAL_LIST_LATE',
        'decan:PUBLICATION_LATE',
        'junik:FINAL_LIST_LATE',
        'junik:PUBLICATION_LATE',
      ]);
      expect(await flagsOf(decan)).toEqual(['decan:FINAL_LIST_LATE', 'decan:PUBLICATION_LATE']);
      expect(await flagsOf(junik)).toEqual(['junik:FINAL_LIST_LATE', 'junik:PUBLICATION_LATE']);
      expect(await flagsOf(prishtine)).toEqual([]);
      expect(await flagsOf(admin, '&municipality=junik')).toEqual(['junik:FINAL_LIST_LATE', 'junik:PUBLICATION_LATE']);
      expect(await flagsOf(decan, '&municipality=junik')).toEqual([]);

      // KKR confirmation is flagged for every municipality that has not confirmed; a municipality sees only its own.
      const all = await t
        .http()
        .get(`/api/v1/recruitment/deadline-flags?competitionId=${c.id}&limit=500`)
        .set('authorization', admin)
        .expect(200);
      expect(all.body.items.filter((f: { kind: string }) => f.kind === 'KKR_NOT_CONFIRMED').length).toBeGreaterThan(30);
      const own = await t
        .http()
        .get(`/api/v1/recruitment/deadline-flags?competitionId=${c.id}&limit=500`)
        .set('authorization', decan)
        .expect(200);
      expect(new Set(own.body.items.map((f: { municipalityCode: string }) => f.municipalityCode))).toEqual(new Set(['decan']));
      await t.http().post('/api/v1/recruitment/deadline-checks').set('authorization', decan).expect(403);
    });

    it('runs the checks as the periodic recruitment.deadline-check job, scheduled once per cluster', async () => {
      clock.set('2023-10-20T08:00:00Z');
      const c = await createCompetition(t, admin);
      const q = new Queue('recruitment.deadline-check', { connection: { url: t.config.redisUrl }, prefix: t.config.redisPrefix });
      try {
        const schedulers = await q.getJobSchedulers();
        expect(schedulers.map((x) => [x.key, x.every])).toEqual([['recruitment.deadline-check', 15 * 60_000]]);
        await t.app.get(JobClient).enqueue('recruitment.deadline-check', {});
        let flags = 0;
        for (let i = 0; i < 100 && flags === 0; i++) {
          flags = await t.db.prisma.deadlineFlag.count({ where: { competitionId: c.id } });
          if (flags === 0) await new Promise((r) => setTimeout(r, 100));
        }
        // Not one municipality has confirmed a KKR list in time for this competition's 3 Oct due date.
        expect(flags).toBeGreaterThanOrEqual(36);
      } finally {
        await q.close();
      }
    });
  });
});
