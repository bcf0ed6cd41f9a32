import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'superagent';
import { extractText, getDocumentProxy } from 'unpdf';
import { Role, StaffKind } from '../../src/generated/prisma/enums.js';
import { REPORT_TYPE_NAMES } from '../../src/reports/report-types.js';
import { createStaff, uniq } from '../support/factories.js';
import { createExampleTariff } from '../support/payroll-factories.js';
import { createPaidRun } from '../support/report-factories.js';
import {
  applyOnline,
  createCompetition,
  mun,
  pinClock,
  recordScores,
  sendShortlists,
  setTargets,
} from '../support/recruitment-factories.js';
import { latinSerbianWordsIn } from '../support/serbian-words.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every word of a document in the reader's language: each report type rendered in sq and in
 * sr-Cyrl, its text read back, and no English word of the catalogues in it. The English words
 * are those of four letters or more in messages/en.json that the Albanian and the Latin Serbian
 * catalogues never use. A municipality's own document languages decide the language of a
 * request that names none.
 */

const BASE = '/api/v1/reports';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const catalogueWords = (locale: string): string[] =>
  Object.values(JSON.parse(readFileSync(path.join('messages', `${locale}.json`), 'utf8')) as Record<string, string>).flatMap(
    (v) => v.replace(/\{\w+, plural,|\b(one|few|other) \{|\{\w+\}/g, ' ').match(/\p{L}{4,}/gu) ?? [],
  );
const NOT_ENGLISH = new Set([...catalogueWords('sq'), ...catalogueWords('sr-Latn')].map((w) => w.toLowerCase()));
const ENGLISH_WORDS = new Set(
  catalogueWords('en')
    .map((w) => w.toLowerCase())
    .filter((w) => !NOT_ENGLISH.has(w)),
);

/**
 * Printed on purpose although English: names and codes of the test's data.
 */
const ALLOWED = new Set([
  // the test's data printed as recorded: the competition's name ('Census 2023 field staff') and
  // the example tariff's ('Example tariff (BRIEF.md defaults, not official)')
  'census',
  'field',
  'staff',
  'tariff',
  // the test's item type 'Power bank', printed as recorded
  'bank',
  // e-mail addresses of the test's people (…@example.org) and the example tariff's name
  'example',
]);

function binary(res: Response, cb: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

/** English words of the catalogues in a document's text (whole words, any case). */
function englishIn(text: string): string[] {
  const words = new Set((text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase()));
  return [...words].filter((w) => ENGLISH_WORDS.has(w) && !ALLOWED.has(w)).sort();
}

describe('documents in the reader’s language', () => {
  let t: TestApp;
  let dir: string;
  let admin: string;
  let logistics: string;
  const bodies = new Map<string, object>();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'terren-rlang-'));
    t = await startTestApp({ REPORTS_DIR: dir });
    [admin, logistics] = await Promise.all([t.tokenFor(Role.ADMIN), t.tokenFor(Role.LOGISTICS)]);
    const clock = pinClock(t, '2023-10-01T08:00:00Z');

    // pay: an approved run of two people of Prishtinë
    const tariff = await createExampleTariff(t.db);
    const { run, staff } = await createPaidRun(t.db, tariff, [
      { municipalityCode: 'prishtine', fullName: 'Arbëresha Çeliku' },
      { municipalityCode: 'prishtine', fullName: 'Driton Gashi', kind: StaffKind.SUPERVISOR },
    ]);
    const person = staff[0] as { id: string };
    bodies.set('payment-statement', { type: 'payment-statement', params: { runId: run.id, staffId: person.id } });
    bodies.set('payment-statement-pack', { type: 'payment-statement-pack', params: { runId: run.id, municipalityCode: 'prishtine' } });
    bodies.set('payroll-summary', { type: 'payroll-summary', params: { runId: run.id } });
    bodies.set('contract', { type: 'contract', params: { staffId: person.id } });

    // KKR members of Prishtinë
    const m = await t.db.municipalityId('prishtine');
    await t.db.prisma.kkrMember.createMany({
      data: [
        {
          municipalityId: m,
          position: 1,
          fullName: 'Agim Bajrami',
          currentJob: 'Kryetar i komunës',
          kkrRole: 'CHAIR',
          isMunicipalStaff: true,
        },
        {
          municipalityId: m,
          position: 2,
          fullName: 'Besa Krasniqi',
          currentJob: 'Drejtoreshë',
          kkrRole: 'SECRETARY',
          isMunicipalStaff: true,
          isContactPerson: true,
          phone: '+383 44 111 222',
          email: 'besa@example.org',
        },
      ],
    });
    bodies.set('kkr-members', { type: 'kkr-members', params: { municipalityCode: 'prishtine' } });

    // training: a venue with a room, trainees, an event and its plan (room plan, attendance sheet, schedule)
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
    for (let i = 0; i < 5; i++) await createStaff(t.db, 'prishtine', { fullName: `Kursant Çeliku ${i}` });
    const ev = await t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', logistics)
      .send({ kind: 'ENUMERATORS', name: 'Trajnimi i regjistruesve', startDate: '2023-10-16', endDate: '2023-10-17' })
      .expect(201);
    const plan = await t
      .http()
      .post(`/api/v1/training/events/${ev.body.id}/plans`)
      .set('authorization', logistics)
      .send({ municipalityCode: 'prishtine' })
      .expect(201);
    bodies.set('room-plan', { type: 'room-plan', params: { planId: plan.body.id } });
    bodies.set('attendance-sheet', { type: 'attendance-sheet', params: { planId: plan.body.id, classKey: plan.body.classes[0].key } });
    bodies.set('training-schedule', { type: 'training-schedule', params: {} });

    // equipment: one tablet delivered to Prishtinë and its distribution plan
    await t.http().post('/api/v1/equipment/item-types').set('authorization', admin).send({ code: 'TABLET', name: 'Tableti' }).expect(201);
    const serial = `RL${uniq()}-TB-01`;
    await t
      .http()
      .post('/api/v1/equipment/items/bulk')
      .set('authorization', logistics)
      .send({ items: [{ typeCode: 'TABLET', serial }] })
      .expect(200);
    await t
      .http()
      .post('/api/v1/equipment/deliveries')
      .set('authorization', logistics)
      .send({ municipalityCode: 'prishtine', serials: [serial] })
      .expect(201);
    const dist = await t
      .http()
      .post('/api/v1/equipment/municipalities/prishtine/distribution-plans')
      .set('authorization', logistics)
      .send({})
      .expect(201);
    bodies.set('distribution-plan', { type: 'distribution-plan', params: { planId: dist.body.id } });

    // recruitment: a competition with targets (vacancy notice) and a published final list
    const c = await createCompetition(t, admin);
    await setTargets(t, logistics, c.id, {
      targets: [{ municipalityCode: 'prishtine', community: 'ALBANIAN', supervisors: 1, enumerators: 2 }],
    });
    bodies.set('vacancy-notice', { type: 'vacancy-notice', params: { competitionId: c.id, municipalityCode: 'prishtine' } });
    const applicants = [];
    for (const name of ['Alfa', 'Beta'])
      applicants.push(await applyOnline(t, admin, c.id, 'prishtine', { fullName: `Ëndrit Kandidati ${name}` }));
    await recordScores(t, admin, c.id, { scores: applicants.map((a, i) => ({ applicationId: a.id, score: String(90 - i) })) });
    clock.set('2023-10-06T09:00:00Z');
    await sendShortlists(t, admin, c.id, { municipalityCodes: ['prishtine'] });
    clock.set('2023-10-12T10:00:00Z');
    const prishtine = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
    await t
      .http()
      .post(`${mun(c.id, 'prishtine')}/final-list`)
      .set('authorization', prishtine)
      .send({ selections: applicants.map((a) => ({ applicationId: a.id })) })
      .expect(200);
    clock.set('2023-10-13T09:00:00Z');
    await t
      .http()
      .post(`${mun(c.id, 'prishtine')}/publication`)
      .set('authorization', prishtine)
      .expect(200);
    bodies.set('final-list', { type: 'final-list', params: { competitionId: c.id, municipalityCode: 'prishtine' } });
  });

  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function render(token: string, body: object) {
    const res = await t.http().post(BASE).set('authorization', token).send(body);
    expect(res.status).toBe(202);
    const id = res.body.id as string;
    let report: Record<string, unknown> | undefined;
    for (let i = 0; i < 600 && !report; i++) {
      const r = await t.http().get(`${BASE}/${id}`).set('authorization', token);
      if (r.body.status === 'COMPLETED' || r.body.status === 'FAILED') report = r.body as Record<string, unknown>;
      else await sleep(100);
    }
    expect(report).toMatchObject({ status: 'COMPLETED' });
    const file = await t.http().get(`${BASE}/${id}/file`).set('authorization', token).buffer(true).parse(binary);
    expect(file.status).toBe(200);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(file.body as Buffer)), { mergePages: true });
    return { report: report as Record<string, unknown>, text: text.replace(/\s+/g, ' ') };
  }

  it('prints every report type in Albanian and in Serbian Cyrillic without an English word of the catalogues', async () => {
    expect([...bodies.keys()].sort()).toEqual([...REPORT_TYPE_NAMES].sort());
    const leaks: string[] = [];
    for (const [type, body] of bodies) {
      for (const language of ['sq', 'sr-Cyrl'] as const) {
        const { text } = await render(admin, { ...body, language });
        const english = englishIn(text);
        if (english.length) leaks.push(`${type} ${language}: ${english.join(', ')}`);
        if (language === 'sr-Cyrl') {
          const latin = latinSerbianWordsIn(text);
          if (latin.length) leaks.push(`${type} ${language} (Latin Serbian): ${latin.join(', ')}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('numbers the pages of a long Cyrillic document in Cyrillic', async () => {
    const { text } = await render(admin, { ...(bodies.get('payroll-summary') as object), language: 'sr-Cyrl' });
    expect(text).toMatch(/Страна 1 од \d+/);
    expect(text).not.toMatch(/Strana \d+ od/);
    const sq = await render(admin, { ...(bodies.get('payroll-summary') as object), language: 'sq' });
    expect(sq.text).toMatch(/Faqe 1 nga \d+/);
  });

  it('prints a document of a Serbian-majority municipality in Cyrillic unless asked otherwise, and both languages where the municipality has two', async () => {
    const g = await t.db.municipalityId('gracanice');
    await t.db.prisma.kkrMember.create({
      data: {
        municipalityId: g,
        position: 1,
        fullName: 'Милан Петровић',
        currentJob: 'Председник',
        kkrRole: 'CHAIR',
        isMunicipalStaff: true,
      },
    });
    const body = { type: 'kkr-members', params: { municipalityCode: 'gracanice' } };
    const cyr = await render(admin, body);
    expect(cyr.report.language).toBe('sr-Cyrl');
    expect(cyr.text).toContain('Списак чланова ОКП');
    expect(cyr.text).toContain('Грачаница');
    expect(cyr.text).not.toContain('Lista e anëtarëve');
    // a language named in the request wins
    const sq = await render(admin, { ...body, language: 'sq' });
    expect(sq.text).toContain('Lista e anëtarëve të KKR-së');

    // an ADMIN makes the municipality bilingual (audited); others may not
    const path_ = '/api/v1/geography/municipalities/gracanice';
    expect(
      (
        await t
          .http()
          .patch(path_)
          .set('authorization', logistics)
          .send({ documentLocales: ['sq'] })
      ).status,
    ).toBe(403);
    expect(
      (
        await t
          .http()
          .patch(path_)
          .set('authorization', admin)
          .send({ documentLocales: ['sq', 'sq'] })
      ).status,
    ).toBe(400);
    const patched = await t
      .http()
      .patch(path_)
      .set('authorization', admin)
      .send({ documentLocales: ['sq', 'sr-Cyrl'] });
    expect(patched.status).toBe(200);
    expect(patched.body.documentLocales).toEqual(['sq', 'sr-Cyrl']);
    expect(await t.db.prisma.auditEvent.count({ where: { entity: 'Municipality', action: 'updated', municipalityId: g } })).toBe(1);
    const both = await render(admin, body);
    expect(both.report.language).toBe('sq,sr-Cyrl');
    expect(both.text).toContain('Lista e anëtarëve të KKR-së');
    expect(both.text).toContain('Списак чланова ОКП');
    expect(both.text.indexOf('Lista e anëtarëve')).toBeLessThan(both.text.indexOf('Списак чланова'));

    // an Albanian-majority municipality stays Albanian
    expect((await t.http().get('/api/v1/geography/municipalities/prishtine').set('authorization', admin)).body.documentLocales).toEqual([
      'sq',
    ]);
  });
});
