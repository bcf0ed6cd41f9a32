import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'superagent';
import { extractText, getDocumentProxy } from 'unpdf';
import { Role } from '../../src/generated/prisma/enums.js';
import { createStaff } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { worded } from '../support/english.js';

describe('training attendance: recording, CSV import, KKR half-attendance', () => {
  let t: TestApp;
  let logistics: string;
  let ferizaj: string;
  let prizren: string;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'terren-attendance-'));
    t = await startTestApp({ REPORTS_DIR: dir });
    logistics = await t.tokenFor(Role.LOGISTICS);
    ferizaj = await t.tokenFor(Role.MUNICIPALITY, 'ferizaj');
    prizren = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Request a PDF report, wait for it and read its text back. */
  async function pdfText(token: string, body: object): Promise<string> {
    const res = await t.http().post('/api/v1/reports').set('authorization', token).send(body).expect(202);
    for (let i = 0; i < 600; i++) {
      const r = await t.http().get(`/api/v1/reports/${res.body.id}`).set('authorization', token).expect(200);
      if (r.body.status === 'FAILED') throw new Error(`report failed: ${JSON.stringify(r.body)}`);
      if (r.body.status === 'COMPLETED') break;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const binary = (r: Response, cb: (err: Error | null, body: Buffer) => void) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    };
    const file = await t
      .http()
      .get(`/api/v1/reports/${res.body.id}/file`)
      .set('authorization', token)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(file.body as Buffer)), { mergePages: true });
    return text.replace(/\s+/g, ' ');
  }

  it('prints the attendance sheet of a session: venue, room, times, names and a signature column per day', async () => {
    const r = await room('gjakove', 30);
    await t.db.prisma.room.update({ where: { id: r.id }, data: { floor: '1' } });
    const names = ['Dafina Berisha', 'Ermal Shala', 'Fitore Morina'];
    for (const n of names) await createStaff(t.db, 'gjakove', { fullName: n });
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
      .send({ municipalityCode: 'gjakove' })
      .expect(201);
    const gjakove = await t.tokenFor(Role.MUNICIPALITY, 'gjakove');
    const body = { type: 'attendance-sheet', params: { planId: plan.body.id, classKey: plan.body.classes[0].key }, language: 'sq' };
    const text = await pdfText(gjakove, body);
    for (const s of [
      'Lista e pjesëmarrjes në trajnim',
      'Trajnimi i regjistruesve',
      'Shkolla gjakove',
      'Salla 1',
      'Kati 1',
      '16.10.2023',
      '17.10.2023',
      '09:00 – 13:00 (Europe/Belgrade)',
      'Nënshkrimi',
      ...names,
    ])
      expect(text).toContain(s);
    const sr = await pdfText(gjakove, { ...body, language: 'sr' });
    expect(sr).toContain('Lista prisustva na obuci');
    expect(sr).toContain('Potpis');
    // Another municipality cannot print it.
    const other = await t.http().post('/api/v1/reports').set('authorization', prizren).send(body);
    expect(other.status).toBe(404);
  }, 120_000);

  const room = async (municipality: string, seats: number) => {
    const mun = await t.db.municipalityId(municipality);
    const v = await t.db.prisma.venue.create({
      data: { municipalityId: mun, name: `Shkolla ${municipality}`, kind: 'SCHOOL', address: 'Rr. 1' },
    });
    return t.db.prisma.room.create({ data: { venueId: v.id, municipalityId: mun, name: 'Salla 1', seats } });
  };

  it('imports attendance from CSV all or nothing, names bad rows, and the same file twice changes nothing', async () => {
    await room('ferizaj', 30);
    const a = await createStaff(t.db, 'ferizaj', { fullName: 'Arta Krasniqi' });
    const b = await createStaff(t.db, 'ferizaj', { fullName: 'Besnik Gashi' });
    const ev = await t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', logistics)
      .send({ kind: 'ENUMERATORS', name: 'Enumerators', startDate: '2023-10-16', endDate: '2023-10-18' })
      .expect(201);
    const plan = await t
      .http()
      .post(`/api/v1/training/events/${ev.body.id}/plans`)
      .set('authorization', logistics)
      .send({ municipalityCode: 'ferizaj' })
      .expect(201);
    const url = `/api/v1/training/plans/${plan.body.id}/attendance`;

    const bad = [
      'person;day;present',
      `${a.nationalId};2023-10-16;po`,
      `${a.nationalId};2023-10-21;po`,
      `9999999999;2023-10-16;1`,
      `${b.nationalId};2023-10-16;maybe`,
      `${a.nationalId};2023-10-16;jo`,
    ].join('\n');
    const res = await t.http().post(`${url}/import`).set('authorization', ferizaj).set('content-type', 'text/csv').send(bad).expect(422);
    expect(res.body.error.code).toBe('IMPORT_INVALID');
    expect(worded(res.body.error.details)).toEqual([
      { row: 3, field: 'day', reason: 'must be a day of the training (16 October 2023 – 18 October 2023)' },
      { row: 4, field: 'person', reason: '9999999999 is not a trainee of this session' },
      { row: 5, field: 'present', reason: 'must be yes/no (1/0, po/jo, da/ne)' },
      { row: 6, field: 'person', reason: `${a.nationalId} on 16 October 2023 is already on row 2` },
    ]);
    expect(await t.db.prisma.trainingAttendance.count({ where: { eventId: ev.body.id } })).toBe(0);

    const good = [
      '\uFEFFperson,day,present',
      `${a.nationalId},2023-10-16,po`,
      `${a.nationalId},2023-10-17,po`,
      `${a.nationalId},2023-10-18,1`,
      `${b.nationalId},2023-10-16,jo`,
      `${b.id},2023-10-17,yes`,
    ].join('\r\n');
    const first = await t.http().post(`${url}/import`).set('authorization', ferizaj).set('content-type', 'text/csv').send(good).expect(200);
    expect(first.body).toEqual({ rows: 5, created: 5, updated: 0, unchanged: 0 });
    const again = await t.http().post(`${url}/import`).set('authorization', ferizaj).set('content-type', 'text/csv').send(good).expect(200);
    expect(again.body).toEqual({ rows: 5, created: 0, updated: 0, unchanged: 5 });

    // Recording through the API corrects one day.
    const put = await t
      .http()
      .put(url)
      .set('authorization', ferizaj)
      .send({ records: [{ traineeId: b.id, day: '2023-10-16', present: true }] })
      .expect(200);
    expect(put.body).toEqual({ rows: 1, created: 0, updated: 1, unchanged: 0 });

    const view = await t.http().get(url).set('authorization', ferizaj).expect(200);
    expect(view.body.days).toEqual(['2023-10-16', '2023-10-17', '2023-10-18']);
    const byName = Object.fromEntries(view.body.items.map((i: { fullName: string; daysPresent: number }) => [i.fullName, i.daysPresent]));
    expect(byName).toEqual({ 'Arta Krasniqi': 3, 'Besnik Gashi': 2 });
    expect(view.body.kkrHalfAttendance).toBeNull();

    // Another municipality neither reads nor writes it.
    await t.http().get(url).set('authorization', prizren).expect(404);
    await t.http().post(`${url}/import`).set('authorization', prizren).set('content-type', 'text/csv').send(good).expect(404);
  });

  it('flags per municipality whether at least half of its KKR attended the regional training', async () => {
    const gjilan = await t.db.municipalityId('gjilan');
    const kamenice = await t.db.municipalityId('kamenice');
    const members = async (mun: string, n: number) => {
      await t.db.prisma.kkrMember.createMany({
        data: Array.from({ length: n }, (_, i) => ({
          municipalityId: mun,
          position: i + 1,
          fullName: `Anëtar ${mun.slice(0, 4)} ${i + 1}`,
          currentJob: 'Officer',
          kkrRole: 'MEMBER' as const,
        })),
      });
      return t.db.prisma.kkrMember.findMany({ where: { municipalityId: mun }, orderBy: { position: 'asc' } });
    };
    const g = await members(gjilan, 3);
    const k = await members(kamenice, 4);
    const host = await room('gjilan', 30);
    const ev = await t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', logistics)
      .send({ kind: 'KKR_REGIONAL', regionCode: 'gjilan', startDate: '2023-10-06', endDate: '2023-10-06', hostRoomId: host.id })
      .expect(201);
    const plan = await t.http().post(`/api/v1/training/events/${ev.body.id}/plans`).set('authorization', logistics).send({}).expect(201);
    const url = `/api/v1/training/plans/${plan.body.id}/attendance`;
    // Gjilan: 2 of 3 (at least 2 needed); Kamenicë: 1 of 4 (at least 2 needed).
    const present = [g[0], g[1], k[0]].map((m) => ({ traineeId: m!.id, day: '2023-10-06', present: true }));
    const absent = [g[2], k[1], k[2], k[3]].map((m) => ({ traineeId: m!.id, day: '2023-10-06', present: false }));
    await t
      .http()
      .put(url)
      .set('authorization', logistics)
      .send({ records: [...present, ...absent] })
      .expect(200);
    const view = await t.http().get(url).set('authorization', logistics).expect(200);
    const flags = Object.fromEntries(view.body.kkrHalfAttendance.map((f: { municipalityId: string }) => [f.municipalityId, f]));
    expect(flags[gjilan]).toEqual({ municipalityId: gjilan, members: 3, attended: 2, required: 2, meetsHalf: true });
    expect(flags[kamenice]).toEqual({ municipalityId: kamenice, members: 4, attended: 1, required: 2, meetsHalf: false });
  });
});
