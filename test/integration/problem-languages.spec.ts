import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Role } from '../../src/generated/prisma/enums.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Problems of a file or a request keep their code and params and are worded in the reader's language. */
describe('problems in the reader’s language', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
  });
  afterAll(async () => {
    await t.close();
  });

  it('words the rows of a refused import in Albanian, Serbian Cyrillic and English, codes and params kept', async () => {
    const dup = `PL-${randomUUID().slice(0, 6).toUpperCase()}`;
    const file = [
      'ea_code,municipality_code,name',
      `PL-${randomUUID().slice(0, 6).toUpperCase()},nowhere,A`,
      'bad code!,prishtine,B',
      `${dup},prishtine,C`,
      `${dup.toLowerCase()},prishtine,D`,
    ].join('\n');
    const refused = async (lang: string) => {
      const res = await t
        .http()
        .post('/api/v1/imports/eas')
        .set('authorization', admin)
        .set('accept-language', lang)
        .set('content-type', 'text/csv')
        .send(file)
        .expect(422);
      expect(res.body.error.code).toBe('IMPORT_INVALID');
      return res.body.error.details as { row: number; field: string; code: string; params: object; reason: string }[];
    };
    const codes = [
      { row: 2, field: 'municipality_code', code: 'MUNICIPALITY_NOT_IN_SCOPE', params: {} },
      { row: 3, field: 'ea_code', code: 'EA_CODE_FORM', params: {} },
      { row: 4, field: 'ea_code', code: 'DUPLICATE_KEY', params: { columns: 'ea_code', count: 1, lines: '5' } },
      { row: 5, field: 'ea_code', code: 'DUPLICATE_KEY', params: { columns: 'ea_code', count: 1, lines: '4' } },
    ];
    const words = {
      sq: [
        'nuk është kod komune brenda fushës suaj',
        "duhet të ketë 1–32 shkronja, shifra, '.', '-' ose '_'",
        'ea_code e njëjtë si në rreshtin 5',
        'ea_code e njëjtë si në rreshtin 4',
      ],
      'sr-Cyrl': [
        'није шифра општине у вашој надлежности',
        "мора имати 1–32 слова, цифре, '.', '-' или '_'",
        'ea_code исто као у реду 5',
        'ea_code исто као у реду 4',
      ],
      en: [
        'is not a municipality code within your scope',
        "must be 1–32 letters, digits, '.', '-' or '_'",
        'same ea_code as line 5',
        'same ea_code as line 4',
      ],
    };
    for (const [lang, reasons] of Object.entries(words)) {
      const details = await refused(lang);
      expect(details).toEqual(codes.map((c, i) => ({ ...c, reason: reasons[i] })));
    }
  });

  it('words a refused request body in Albanian by default, the schema’s code kept', async () => {
    const res = await t
      .http()
      .post('/api/v1/eas')
      .set('authorization', admin)
      .unset('accept-language')
      .send({ code: 'not an EA code', municipalityCode: 'prishtine' })
      .expect(400);
    expect(res.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Kërkesa nuk është e vlefshme; hollësitë tregojnë çdo fushë.',
      details: [{ field: 'code', code: 'EA_CODE_FORM', params: {}, reason: "duhet të ketë 1–32 shkronja, shifra, '.', '-' ose '_'" }],
    });
    const limit = await t.http().get('/api/v1/staff?limit=0').set('authorization', admin).set('accept-language', 'sq').expect(400);
    expect(limit.body.error.details).toEqual([
      { field: 'limit', code: 'TOO_SMALL', params: { minimum: 1, inclusive: 'yes' }, reason: 'duhet të jetë së paku 1' },
    ]);
  });
  it('words a report refused by its rendering (an error code) in the reader’s language, keeping a renderer’s own text as it is', async () => {
    const base = {
      type: 'contract',
      params: {},
      language: 'sq',
      municipalityId: await t.db.municipalityId('prishtine'),
      requestedById: t.userIdOf(admin),
      requesterRole: Role.ADMIN,
      audience: 'NATIONAL' as const,
      status: 'FAILED' as const,
    };
    const coded = await t.db.prisma.reportRequest.create({
      data: { ...base, contentHash: randomUUID().replace(/-/g, '').padEnd(64, '0'), failedReason: 'TRAINING_PLAN_UNKNOWN' },
    });
    const text = await t.db.prisma.reportRequest.create({
      data: { ...base, contentHash: randomUUID().replace(/-/g, '').padEnd(64, '1'), failedReason: 'Chromium crashed' },
    });
    const get = (id: string, lang: string) =>
      t.http().get(`/api/v1/reports/${id}`).set('authorization', admin).set('accept-language', lang).expect(200);
    expect((await get(coded.id, 'sq')).body.error).toBe('Plan trajnimi i panjohur.');
    expect((await get(coded.id, 'en')).body.error).toBe('Unknown training plan.');
    expect((await get(text.id, 'sq')).body.error).toBe('Chromium crashed');
  });
});
