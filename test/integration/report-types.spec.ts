import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'superagent';
import { extractText, getDocumentProxy } from 'unpdf';
import { Role, StaffKind } from '../../src/generated/prisma/enums.js';
import { createStaff, uniq } from '../support/factories.js';
import { latinSerbianWordsIn } from '../support/serbian-words.js';
import {
  applyOnline,
  createCompetition,
  mun,
  pinClock,
  recordScores,
  sendShortlists,
  setTargets,
} from '../support/recruitment-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The report types of training (room plan 3, schedule 6), equipment (distribution plan 4) and
 * recruitment (vacancy notice 8, public final list 9) end to end: data made through the API,
 * request → progress → download → text read back with unpdf; another municipality → 404.
 */

const BASE = '/api/v1/reports';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function binary(res: Response, cb: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('report types of training, equipment and recruitment', () => {
  let t: TestApp;
  let dir: string;
  let admin: string;
  let logistics: string;
  let prishtine: string;
  let prizren: string;
  let clock: ReturnType<typeof pinClock>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'terren-rtypes-'));
    t = await startTestApp({ REPORTS_DIR: dir });
    [admin, logistics, prishtine, prizren] = await Promise.all([
      t.tokenFor(Role.ADMIN),
      t.tokenFor(Role.LOGISTICS),
      t.tokenFor(Role.MUNICIPALITY, 'prishtine'),
      t.tokenFor(Role.MUNICIPALITY, 'prizren'),
    ]);
    clock = pinClock(t, '2023-10-01T08:00:00Z');
  });

  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const request = (token: string, body: object) => t.http().post(BASE).set('authorization', token).send(body);

  async function render(token: string, body: object) {
    const res = await request(token, body);
    expect(res.status).toBe(202);
    const id = res.body.id as string;
    const seen: number[] = [];
    let report: Record<string, unknown> | undefined;
    for (let i = 0; i < 600 && !report; i++) {
      const r = await t.http().get(`${BASE}/${id}`).set('authorization', token);
      expect(r.status).toBe(200);
      seen.push(r.body.progress as number);
      if (r.body.status === 'COMPLETED' || r.body.status === 'FAILED') report = r.body as Record<string, unknown>;
      else await sleep(100);
    }
    expect(report).toMatchObject({ status: 'COMPLETED', progress: 100 });
    const file = await t.http().get(`${BASE}/${id}/file`).set('authorization', token).buffer(true).parse(binary);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    const doc = await getDocumentProxy(new Uint8Array(file.body as Buffer));
    const { text, totalPages } = await extractText(doc, { mergePages: true });
    expect((report as Record<string, unknown>).pages).toBe(totalPages);
    expect(seen.every((p, i) => i === 0 || p >= (seen[i - 1] as number))).toBe(true);
    // lines wrap inside table cells: compare with whitespace collapsed
    return { id, report: report as Record<string, unknown>, text: text.replace(/\s+/g, ' '), pages: totalPages };
  }

  /** Another municipality: cannot read, download or even request it. */
  async function isolated(id: string, body: object, code: string) {
    expect((await t.http().get(`${BASE}/${id}`).set('authorization', prizren)).status).toBe(404);
    expect((await t.http().get(`${BASE}/${id}/file`).set('authorization', prizren)).status).toBe(404);
    const asked = await request(prizren, body);
    expect(asked.status).toBe(404);
    expect(asked.body.error.code).toBe(code);
  }

  it('renders the training room plan of a municipality: classes, venue and address, dates, shift, trainees, explanations', async () => {
    const venue = await t
      .http()
      .post('/api/v1/training/venues')
      .set('authorization', logistics)
      .send({ municipalityCode: 'prishtine', name: 'Shkolla Sami Frashëri', kind: 'SCHOOL', address: 'Rr. Dëshmorët 7' })
      .expect(201);
    await t
      .http()
      .post(`/api/v1/training/venues/${venue.body.id}/rooms`)
      .set('authorization', logistics)
      .send({ name: 'Salla 12', seats: 30 })
      .expect(201);
    await t
      .http()
      .post(`/api/v1/training/venues/${venue.body.id}/rooms`)
      .set('authorization', logistics)
      .send({ name: 'Salla 14', seats: 30 })
      .expect(201);
    const names: string[] = [];
    for (let i = 0; i < 45; i++)
      names.push((await createStaff(t.db, 'prishtine', { fullName: `Kursant Çeliku ${String(i).padStart(2, '0')}` })).fullName);
    const ev = await t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', logistics)
      .send({ kind: 'ENUMERATORS', name: 'Trajnimi i regjistruesve', startDate: '2023-10-16', endDate: '2023-10-20' })
      .expect(201);
    const plan = await t
      .http()
      .post(`/api/v1/training/events/${ev.body.id}/plans`)
      .set('authorization', logistics)
      .send({ municipalityCode: 'prishtine' })
      .expect(201);
    expect(plan.body.classes).toHaveLength(2);

    const body = { type: 'room-plan', params: { planId: plan.body.id }, language: 'sq' };
    const doc = await render(prishtine, body);
    expect(doc.report).toMatchObject({ type: 'room-plan', municipalityId: await t.db.municipalityId('prishtine') });
    for (const s of [
      'Plani i sallave të trajnimit',
      'Prishtinë',
      'Trajnimi i regjistruesve',
      'Shkolla Sami Frashëri',
      'Rr. Dëshmorët 7',
      'Salla 12',
      'Salla 14',
      '16.10.2023',
      'paradite',
      'Shpjegimi',
      'komuna e vet',
    ])
      expect(doc.text).toContain(s);
    for (const n of names) expect(doc.text).toContain(n);
    await isolated(doc.id, body, 'TRAINING_PLAN_UNKNOWN');

    // In Serbian: the Serbian name of the municipality (heading, classes, trainees and the planner's
    // notes), never the Albanian one; venue and room names as recorded; class language and status translated.
    const sr = await render(prishtine, { ...body, language: 'sr' });
    for (const s of ['Plan sala za obuku', 'Priština', 'Opština', 'Shkolla Sami Frashëri', 'Salla 12', 'pre podne', 'albanski', 'nacrt'])
      expect(sr.text).toContain(s);
    expect(sr.text).toContain('iz opštine Priština u sali Shkolla Sami Frashëri, Salla 1');
    expect(sr.text).not.toContain('Prishtinë');
    for (const n of names) expect(sr.text).toContain(n);

    // In Cyrillic: the wording and the Serbian names (notes included) in Cyrillic, no Latin
    // Serbian word of the wording; venue, room and people's names as recorded.
    const cyr = await render(prishtine, { ...body, language: 'sr-Cyrl' });
    expect(cyr.id).not.toBe(sr.id);
    for (const s of ['План сала за обуку', 'Приштина', 'Општина', 'Shkolla Sami Frashëri', 'Salla 12', 'пре подне', 'албански', 'нацрт'])
      expect(cyr.text).toContain(s);
    expect(cyr.text).toContain('из општине Приштина у сали Shkolla Sami Frashëri, Salla 1');
    // the page stamp of chunked documents is in the document's script too
    expect(cyr.text).toMatch(/Страна 1 од \d+/);
    expect(latinSerbianWordsIn(cyr.text)).toEqual([]);
    for (const s of ['Prishtinë', 'Priština']) expect(cyr.text).not.toContain(s);
    for (const n of names) expect(cyr.text).toContain(n);

    // The plan in force, by municipality and event (once published), in English; Prizren: 404.
    await t.http().post(`/api/v1/training/plans/${plan.body.id}/publish`).set('authorization', logistics).expect(201);
    const byEvent = { type: 'room-plan', params: { municipalityCode: 'prishtine', eventId: ev.body.id }, language: 'en' };
    const en = await render(prishtine, byEvent);
    expect(en.text).toContain('Training room plan');
    expect(en.text).toContain('morning');
    expect(en.text).toContain(names[44] as string);
    const other = await request(prizren, byEvent);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('MUNICIPALITY_UNKNOWN');
  });

  it('renders the national training schedule by region (dates, municipalities, KKR host venue) for every signed-in user', async () => {
    const host = await t
      .http()
      .post('/api/v1/training/venues')
      .set('authorization', logistics)
      .send({ municipalityCode: 'gjilan', name: 'Qendra Kulturore Gjilan', kind: 'SCHOOL', address: 'Rr. Adem Jashari 3' })
      .expect(201);
    const room = await t
      .http()
      .post(`/api/v1/training/venues/${host.body.id}/rooms`)
      .set('authorization', logistics)
      .send({ name: 'Salla KKR', seats: 40 })
      .expect(201);
    await t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', logistics)
      .send({
        kind: 'KKR_REGIONAL',
        regionCode: 'gjilan',
        startDate: '2023-10-06',
        endDate: '2023-10-06',
        hostRoomId: room.body.id,
        noticeDate: '2023-10-01',
      })
      .expect(201);
    const doc = await render(prizren, { type: 'training-schedule', params: {}, language: 'sr' });
    // national users get the national copy; a municipal user's copy belongs to its municipality (scoping unchanged)
    expect(doc.report).toMatchObject({ type: 'training-schedule', municipalityId: await t.db.municipalityId('prizren') });
    for (const s of ['Raspored obuka po regionima', 'Gjilan', 'Qendra Kulturore Gjilan', 'Rr. Adem Jashari 3', 'Salla KKR', '06.10.2023'])
      expect(doc.text).toContain(s);
    // Serbian names of regions (Gnjilane, Peć, Uroševac), municipalities (Kamenica, Priština) and the
    // host municipality (after the address); the venue keeps its recorded name ("… Gjilan")
    for (const s of [
      'Gnjilane',
      'Peć',
      'Uroševac',
      'Đakovica',
      'Kamenica',
      'Priština',
      'Severna Mitrovica',
      'Rr. Adem Jashari 3, Gnjilane',
    ])
      expect(doc.text).toContain(s);
    for (const s of ['Kamenicë', 'Prishtinë', 'Pejë', 'Ferizaj', 'Gjakovë', 'Mitrovicë', 'Rr. Adem Jashari 3, Gjilan'])
      expect(doc.text).not.toContain(s);
    const national = await render(logistics, { type: 'training-schedule', params: {}, language: 'en' });
    expect(national.report).toMatchObject({ municipalityId: null });
    for (const s of ['Training schedule by region', 'Qendra Kulturore Gjilan', 'Other training events']) expect(national.text).toContain(s);
    // English (and Albanian) print the Albanian names
    for (const s of ['Gjilan', 'Kamenicë', 'Prishtinë', 'Pejë', 'Rr. Adem Jashari 3, Gjilan']) expect(national.text).toContain(s);
    expect(national.text).not.toContain('Priština');
    // the same content for every municipality, each in its own copy (scoping unchanged)
    const mine = await render(prishtine, { type: 'training-schedule', params: {}, language: 'sr' });
    expect(mine.text).toContain('Qendra Kulturore Gjilan');
    expect((await t.http().get(`${BASE}/${mine.id}`).set('authorization', prizren)).status).toBe(404);
  });

  it('renders the equipment distribution plan with serials, sessions, a signature column per kit, spares, storage room and missing list', async () => {
    for (const [code, name] of [
      ['TABLET', 'Tablet'],
      ['BAG', 'Tablet bag'],
      ['POWER_BANK', 'Power bank'],
      ['LAPTOP', 'Laptop'],
    ])
      await t.http().post('/api/v1/equipment/item-types').set('authorization', admin).send({ code, name }).expect(201);
    const p = `RT${uniq()}`;
    await createStaff(t.db, 'kamenice', { kind: StaffKind.SUPERVISOR, fullName: 'Arta Berisha' });
    await createStaff(t.db, 'kamenice', { kind: StaffKind.ENUMERATOR, fullName: 'Besnik Gashi' });
    await createStaff(t.db, 'kamenice', { kind: StaffKind.ENUMERATOR, fullName: 'Drita Hoxha' });
    const items = [
      ...['TB-01', 'TB-02', 'TB-03', 'TB-04'].map((s) => ({ typeCode: 'TABLET', serial: `${p}-${s}` })),
      ...['BG-01', 'BG-02', 'BG-03'].map((s) => ({ typeCode: 'BAG', serial: `${p}-${s}` })),
      { typeCode: 'POWER_BANK', serial: `${p}-PB-01` },
      ...['LP-01', 'LP-02'].map((s) => ({ typeCode: 'LAPTOP', serial: `${p}-${s}` })),
    ];
    await t.http().post('/api/v1/equipment/items/bulk').set('authorization', logistics).send({ items }).expect(200);
    await t
      .http()
      .post('/api/v1/equipment/deliveries')
      .set('authorization', logistics)
      .send({ municipalityCode: 'kamenice', serials: items.map((i) => i.serial) })
      .expect(201);
    await t
      .http()
      .post('/api/v1/equipment/municipalities/kamenice/storage-rooms')
      .set('authorization', logistics)
      .send({ name: `Depo ${p}`, address: 'Rruga e Shkollës 1' })
      .expect(201);
    const plan = await t
      .http()
      .post('/api/v1/equipment/municipalities/kamenice/distribution-plans')
      .set('authorization', logistics)
      .send({})
      .expect(201);

    const kamenice = await t.tokenFor(Role.MUNICIPALITY, 'kamenice');
    const body = { type: 'distribution-plan', params: { planId: plan.body.id }, language: 'en' };
    const doc = await render(kamenice, body);
    expect(doc.report).toMatchObject({ type: 'distribution-plan', municipalityId: await t.db.municipalityId('kamenice') });
    for (const s of [
      'Equipment distribution plan',
      'Kamenicë',
      `Depo ${p}`,
      'Rruga e Shkollës 1',
      'Arta Berisha',
      'Drita Hoxha',
      `Laptop: ${p}-LP-01`,
      `Tablet bag: ${p}-BG-02`,
      'Power bank: missing',
      'Signature',
      'session not planned yet',
      'Spares',
      `${p}-TB-04`,
      'Missing list',
      'Power bank: 2 missing (need 3 incl. 1 spare, have 1)',
    ])
      expect(doc.text).toContain(s);
    await isolated(doc.id, body, 'DISTRIBUTION_PLAN_UNKNOWN');

    // In Serbian: Kamenica (title and heading), never Kamenicë; the missing list and the session note translated
    const sr = await render(kamenice, { ...body, language: 'sr' });
    for (const s of [
      'Plan raspodele opreme',
      'Kamenica',
      'Power bank: nedostaje 2 (potrebno 3, uključujući 1 rezervni, ima 1)',
      'Power bank: nedostaje',
      'Nepotpuni kompleti Drita Hoxha Power bank',
      'obuka još nije planirana',
      'Potpis',
    ])
      expect(sr.text).toContain(s);
    expect(sr.text).not.toContain('Kamenicë');
    expect(sr.text).not.toContain('session not planned yet');
  });

  it('renders the vacancy notice (staff by community) and the public final list with names only', async () => {
    clock.set('2023-10-01T08:00:00Z');
    const c = await createCompetition(t, admin);
    await setTargets(t, logistics, c.id, {
      targets: [
        { municipalityCode: 'prishtine', community: 'ALBANIAN', supervisors: 1, enumerators: 2 },
        { municipalityCode: 'prishtine', community: 'SERB', supervisors: 0, enumerators: 1 },
      ],
    });

    const noticeBody = { type: 'vacancy-notice', params: { competitionId: c.id, municipalityCode: 'prishtine' }, language: 'sq' };
    const notice = await render(prishtine, noticeBody);
    for (const s of [
      'Njoftim për vende të lira pune',
      'Prishtinë',
      'shqiptar',
      'serb',
      'Mbikëqyrës',
      'Regjistrues',
      '03.10.2023',
      'Gjithsej',
    ])
      expect(notice.text).toContain(s);
    await isolated(notice.id, noticeBody, 'MUNICIPALITY_UNKNOWN');

    const al = [];
    for (let i = 0; i < 3; i++)
      al.push(await applyOnline(t, admin, c.id, 'prishtine', { fullName: `Ëndrit Kandidati ${['Alfa', 'Beta', 'Gama'][i] as string}` }));
    const sr = [];
    for (let i = 0; i < 2; i++)
      sr.push(
        await applyOnline(t, admin, c.id, 'prishtine', {
          community: 'SERB',
          languageOfWork: 'SR',
          fullName: `Ђорђе Кандидат ${['Први', 'Други'][i] as string}`,
        }),
      );
    await recordScores(t, admin, c.id, {
      scores: [
        ...al.map((a, i) => ({ applicationId: a.id, score: (90 - i).toFixed(1) })),
        ...sr.map((a, i) => ({ applicationId: a.id, score: String(71 - i) })),
      ],
    });
    const finalBody = { type: 'final-list', params: { competitionId: c.id, municipalityCode: 'prishtine' } };
    // not published yet: refused at request time
    expect((await request(prishtine, finalBody)).status).toBe(409);
    clock.set('2023-10-06T09:00:00Z');
    await sendShortlists(t, admin, c.id, { municipalityCodes: ['prishtine'] });
    clock.set('2023-10-12T10:00:00Z');
    await t
      .http()
      .post(`${mun(c.id, 'prishtine')}/final-list`)
      .set('authorization', prishtine)
      .send({ selections: [{ applicationId: al[0]?.id }, { applicationId: al[1]?.id }, { applicationId: sr[0]?.id }] })
      .expect(200);
    clock.set('2023-10-13T09:00:00Z');
    await t
      .http()
      .post(`${mun(c.id, 'prishtine')}/publication`)
      .set('authorization', prishtine)
      .expect(200);

    const list = await render(prishtine, finalBody);
    for (const s of [
      'Lista përfundimtare e regjistruesve të përzgjedhur',
      'Prishtinë',
      '13.10.2023',
      'Ëndrit Kandidati Alfa',
      'Ëndrit Kandidati Beta',
      'Ђорђе Кандидат Први',
    ])
      expect(list.text).toContain(s);
    // not selected: absent
    expect(list.text).not.toContain('Ëndrit Kandidati Gama');
    expect(list.text).not.toContain('Ђорђе Кандидат Други');
    // no personal data: national id, phone, e-mail, score, community
    for (const a of [...al, ...sr]) {
      expect(list.text).not.toContain(a.nationalId);
      expect(list.text).not.toContain(a.email);
    }
    // The document's short hash (hex) and generation time vary per run and may contain any
    // digits: take them out before looking for a score such as 71.
    const body = list.text.replace(/\b[0-9a-f]{12}\b/g, '').replace(/\d{1,2}\.? \p{L}+ \d{4}\.?,? (?:në )?\d{2}:\d{2} UTC/gu, '');
    expect(body).toContain('Ëndrit Kandidati Alfa');
    for (const s of ['+383', '555 666', '@', '90.0', '89.0', '71', 'shqiptar', 'serb', 'ALBANIAN', 'SERB', 'Komuniteti'])
      expect(body).not.toContain(s);
    await isolated(list.id, finalBody, 'MUNICIPALITY_UNKNOWN');
  });
});
