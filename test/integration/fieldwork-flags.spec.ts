import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { auditFor, uniq } from '../support/factories.js';
import {
  computeRunOverHttp,
  createAssignedEnumerator,
  createExampleTariff,
  type AssignedEnumerator,
} from '../support/payroll-factories.js';
import { expectedCounts, exportFiles, type ExportVariant, type Household, zipFiles } from '../support/suso-export.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HEADER = 'ea_code,enumerator_id,buildings,dwellings,households,individuals,diaspora_persons,diaspora_list_complete';

/**
 * Quality flags gate pay, and progress against expectations. Example tariff: 1.00 per
 * household, 0.80 per individual, 0.50 per dwelling, 0.30 per building.
 */
describe('fieldwork: flags hold pay; progress', () => {
  let t: TestApp;
  let finance: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    await createExampleTariff(t.db);
    finance = await t.tokenFor(Role.FINANCE);
    admin = await t.tokenFor(Role.ADMIN);
  });
  afterAll(async () => {
    await t.close();
  });

  const importCsv = (rows: string[], token = finance) =>
    t
      .http()
      .post('/api/v1/payroll/counts/import')
      .set('Authorization', token)
      .set('Content-Type', 'text/csv')
      .send(`${[HEADER, ...rows].join('\n')}\n`);

  it('a flagged row is held out of the pay run, listed with its reason, and paid after FINANCE accepts it', async () => {
    const a = await createAssignedEnumerator(t.db, 'gjakove');
    const b = await createAssignedEnumerator(t.db, 'gjakove');
    const mun = await t.tokenFor(Role.MUNICIPALITY, 'gjakove');
    // a: 2530 individuals in 82 households (30.85 per household) → flagged; b: plain
    await importCsv([`${a.eaCode},${a.nationalId},0,0,82,2530,0,true`, `${b.eaCode},${b.nationalId},0,0,10,40,0,true`], mun).expect(200);

    const flags = await t.http().get(`/api/v1/fieldwork/flags?open=true&eaCode=${a.eaCode}`).set('Authorization', mun).expect(200);
    expect(flags.body.total).toBe(1);
    const flag = flags.body.items[0];
    expect(flag).toMatchObject({
      rule: 'INDIVIDUALS_PER_HOUSEHOLD',
      explanation: `EA ${a.eaCode}: 2,530 individuals in 82 households = 30.85 per household, outside 1–15`,
      notices: [
        {
          code: 'INDIVIDUALS_PER_HOUSEHOLD',
          params: { ea: a.eaCode, individuals: 2530, households: 82, ratio: '30.85', minRatio: '1', maxRatio: '15' },
          text: `EA ${a.eaCode}: 2,530 individuals in 82 households = 30.85 per household, outside 1–15`,
        },
      ],
      acceptedAt: null,
    });
    // the same flag worded for the reader: Albanian decimal comma, Serbian in Cyrillic
    const wordedIn = async (lang: string) =>
      (
        await t
          .http()
          .get(`/api/v1/fieldwork/flags?open=true&eaCode=${a.eaCode}`)
          .set('Authorization', mun)
          .set('accept-language', lang)
          .expect(200)
      ).body.items[0].explanation;
    expect(await wordedIn('sq')).toBe(`QR ${a.eaCode}: 2530 individë në 82 familje = 30,85 për familje, jashtë kufijve 1–15`);
    expect(await wordedIn('sr-Cyrl')).toBe(`Круг ${a.eaCode}: 2.530 појединаца на 82 домаћинства = 30,85 по домаћинству, ван опсега 1–15`);

    const run1 = await computeRunOverHttp(t, finance, { municipalityCode: 'gjakove' });
    const held = await t.http().get(`/api/v1/payroll/runs/${run1}/held`).set('Authorization', finance).expect(200);
    expect(held.body.items.map((h: { eaCode: string; unit: string; quantity: number }) => [h.eaCode, h.unit, h.quantity])).toEqual([
      [a.eaCode, 'HOUSEHOLD', 82],
      [a.eaCode, 'INDIVIDUAL', 2530],
    ]);
    // why: the open flags' rules as a code, worded for the reader (Albanian here)
    const heldSq = await t
      .http()
      .get(`/api/v1/payroll/runs/${run1}/held`)
      .set('Authorization', finance)
      .set('accept-language', 'sq')
      .expect(200);
    expect(heldSq.body.items[0].description).toMatchObject({
      code: 'HELD',
      params: { rules: expect.stringContaining('INDIVIDUALS_PER_HOUSEHOLD') },
      text: expect.stringMatching(/^shenjat e cilësisë: .*individë për familje/),
    });
    const linesOf = async (run: string, staffId: string) =>
      (await t.http().get(`/api/v1/payroll/runs/${run}/lines?staffId=${staffId}`).set('Authorization', finance).expect(200)).body.items as {
        lineType: string;
        unit: string | null;
        amount: string;
      }[];
    const aLines = await linesOf(run1, a.enumeratorId);
    expect(aLines.filter((l) => l.lineType === 'PIECE')).toEqual([]);
    expect(aLines.filter((l) => l.lineType === 'HELD').map((l) => [l.unit, l.amount])).toEqual([
      ['HOUSEHOLD', '0.00'],
      ['INDIVIDUAL', '0.00'],
    ]);
    // b is paid: 10 × 1.00 + 40 × 0.80 = 42.00
    expect((await linesOf(run1, b.enumeratorId)).filter((l) => l.lineType === 'PIECE').map((l) => l.amount)).toEqual(['10.00', '32.00']);
    // the statement shows the held lines and why
    const statement = await t
      .http()
      .get(`/api/v1/payroll/runs/${run1}/people/${a.enumeratorId}/statement`)
      .set('Authorization', finance)
      .expect(200);
    const eaGroup = statement.body.lines.eas.find((g: { eaCode: string }) => g.eaCode === a.eaCode);
    expect(eaGroup.lines.map((l: { arithmetic: { text: string } }) => l.arithmetic.text)).toEqual([
      '82 × 1.00, not paid: held by a quality flag = 0.00',
      '2,530 × 0.80, not paid: held by a quality flag = 0.00',
    ]);
    // the note names the open flags' rules, worded in the caller's language
    expect(eaGroup.lines[0].description).toMatchObject({ code: 'HELD', params: { rules: expect.stringMatching(/^[A-Z_,]+$/) } });
    expect(eaGroup.lines[0].description.text).toMatch(/^quality flags: /);

    // a municipality cannot accept flags; FINANCE can, with a reason, audited
    await t
      .http()
      .post(`/api/v1/fieldwork/flags/${flag.id}/accept`)
      .set('Authorization', mun)
      .send({ reason: 'collective centre' })
      .expect(403);
    const accepted = await t
      .http()
      .post(`/api/v1/fieldwork/flags/${flag.id}/accept`)
      .set('Authorization', finance)
      .send({ reason: 'EA holds a collective centre (elderly home), confirmed by the supervisor' })
      .expect(200);
    expect(accepted.body).toMatchObject({
      explanation: `EA ${a.eaCode}: 2,530 individuals in 82 households = 30.85 per household, outside 1–15`,
      acceptedById: t.userIdOf(finance),
      acceptReason: 'EA holds a collective centre (elderly home), confirmed by the supervisor',
    });
    await t.http().post(`/api/v1/fieldwork/flags/${flag.id}/accept`).set('Authorization', finance).send({ reason: 'again' }).expect(409);
    expect((await auditFor(t.db.prisma, flag.id)).map((e) => [e.action, e.entity, e.actorId])).toEqual([
      ['accepted', 'CountFlag', t.userIdOf(finance)],
    ]);

    // the next run pays the row: 82 × 1.00 + 2530 × 0.80 = 82.00 + 2024.00
    const run2 = await computeRunOverHttp(t, admin, { municipalityCode: 'gjakove' });
    expect((await linesOf(run2, a.enumeratorId)).filter((l) => l.lineType === 'PIECE').map((l) => [l.unit, l.amount])).toEqual([
      ['HOUSEHOLD', '82.00'],
      ['INDIVIDUAL', '2024.00'],
    ]);
    expect((await t.http().get(`/api/v1/payroll/runs/${run2}/held`).set('Authorization', finance).expect(200)).body).toEqual({
      items: [],
      total: 0,
      nextCursor: null,
    });
  });

  it('a corrected version releases the hold; a municipality sees only its own flags', async () => {
    const a = await createAssignedEnumerator(t.db, 'peje');
    await importCsv([`${a.eaCode},${a.nationalId},0,0,20,20,5,false`]).expect(200);
    const open = await t.http().get(`/api/v1/fieldwork/flags?open=true&eaCode=${a.eaCode}`).set('Authorization', finance).expect(200);
    expect(open.body.items.map((f: { rule: string }) => f.rule)).toEqual(['DIASPORA_LIST_INCOMPLETE']);
    const other = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
    expect((await t.http().get(`/api/v1/fieldwork/flags?eaCode=${a.eaCode}`).set('Authorization', other).expect(200)).body.total).toBe(0);
    await t
      .http()
      .post(`/api/v1/fieldwork/flags/${open.body.items[0].id}/accept`)
      .set('Authorization', other)
      .send({ reason: 'not mine' })
      .expect(403);
    // the corrected version (list complete) has no flag: nothing open for the EA any more
    await importCsv([`${a.eaCode},${a.nationalId},0,0,20,20,5,true`]).expect(200);
    expect(
      (await t.http().get(`/api/v1/fieldwork/flags?open=true&eaCode=${a.eaCode}`).set('Authorization', finance).expect(200)).body.total,
    ).toBe(0);
  });

  it('progress per EA, municipality and nation equals an independent computation over the fixture', async () => {
    const teams: { a: AssignedEnumerator; login: string }[] = [];
    for (let i = 0; i < 3; i++) teams.push({ a: await createAssignedEnumerator(t.db, 'ferizaj'), login: `int_${uniq().toLowerCase()}` });
    await t
      .http()
      .put('/api/v1/fieldwork/logins')
      .set('Authorization', finance)
      .send(teams.map((x) => ({ login: x.login, enumeratorId: x.a.nationalId })))
      .expect(200);
    const status = ['ApprovedByHeadquarters', 'ApprovedByHeadquarters', 'Completed'] as const;
    const hh: Household[] = teams.flatMap((tm, ti) =>
      Array.from({ length: 4 + ti }, (_, i) => ({
        key: `${uniq().slice(0, 2)}-${ti}${i}-00-${uniq().slice(0, 2)}`,
        ea: tm.a.eaCode,
        login: tm.login,
        status: ti === 2 ? 'Completed' : (status[i % 3] as Household['status']),
        building: String(i),
        dwelling: '1',
        persons: Array.from({ length: 2 + (i % 3) }, () => ({})),
        diasporaComplete: true,
        approvedOn: `2026-11-${String(10 + i).padStart(2, '0')}`,
      })),
    );
    const v: ExportVariant = { questionnaire: 'census_hh', personsRoster: 'members', diaspora: 'none' };
    const mapping = await t
      .http()
      .post('/api/v1/fieldwork/mappings')
      .set('Authorization', finance)
      .send({
        name: `progress-${uniq()}`,
        source: 'SURVEY_SOLUTIONS',
        definition: {
          mainFile: 'census_hh',
          eaVariable: 'ea_code',
          personsRoster: 'members',
          dwellings: { source: 'main', buildingVariable: 'building_no', dwellingVariable: 'dwelling_no' },
        },
      })
      .expect(201);
    await t
      .http()
      .post(`/api/v1/fieldwork/mappings/${mapping.body.id}/imports`)
      .set('Authorization', finance)
      .set('Content-Type', 'application/zip')
      .send(await zipFiles(exportFiles(v, hh)))
      .expect(200);
    // expected: EA 0 expects 3 households (reached), EA 1 expects 10, EA 2 expects 5 (nothing approved yet)
    const expectedHh = [3, 10, 5];
    const csv = [
      'ea_code,expected_dwellings,expected_households,expected_individuals',
      ...teams.map((x, i) => `${x.a.eaCode},${expectedHh[i]},${expectedHh[i]},${(expectedHh[i] as number) * 3}`),
    ];
    await t
      .http()
      .post('/api/v1/fieldwork/expectations/import')
      .set('Authorization', finance)
      .set('Content-Type', 'text/csv')
      .send(`${csv.join('\n')}\n`)
      .expect(200);

    // independent computation
    const counts = expectedCounts(hh);
    const perEa = teams.map((x, i) => {
      const c = counts.get(`${x.a.eaCode}|${x.login}`);
      const reported = c?.households ?? 0;
      return {
        eaCode: x.a.eaCode,
        reportedHouseholds: reported,
        reportedIndividuals: c?.individuals ?? 0,
        expectedHouseholds: expectedHh[i],
        interviews: hh.filter((h) => h.ea === x.a.eaCode).length,
        started: true,
        finished: reported >= (expectedHh[i] as number),
      };
    });
    const mun = await t.tokenFor(Role.MUNICIPALITY, 'ferizaj');
    const eas = (await t.http().get('/api/v1/fieldwork/progress/eas?limit=500').set('Authorization', mun).expect(200)).body.items as {
      eaCode: string;
    }[];
    const mine = eas.filter((e) => teams.some((x) => x.a.eaCode === e.eaCode));
    expect(mine).toEqual([...perEa].sort((x, y) => x.eaCode.localeCompare(y.eaCode)).map((e) => expect.objectContaining(e)));
    expect(eas.every((e) => (e as unknown as { municipalityCode: string }).municipalityCode === 'ferizaj')).toBe(true);

    const summary = (await t.http().get('/api/v1/fieldwork/progress').set('Authorization', mun).expect(200)).body;
    expect(summary.municipalities.map((m: { municipalityCode: string }) => m.municipalityCode)).toEqual(['ferizaj']);
    const approved = hh.filter((h) => h.status === 'ApprovedByHeadquarters');
    const byDay = new Map<string, { n: number; ind: number }>();
    for (const h of approved) {
      const d = byDay.get(h.approvedOn as string) ?? { n: 0, ind: 0 };
      byDay.set(h.approvedOn as string, { n: d.n + 1, ind: d.ind + h.persons.length });
    }
    let cum = 0;
    expect(summary.daily).toEqual(
      [...byDay.entries()]
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([day, d]) => ({ day, approvedInterviews: d.n, approvedIndividuals: d.ind, cumulativeInterviews: (cum += d.n) })),
    );
    // the municipality's EAs are the fixture's only EAs with expectations in ferizaj
    const withX = perEa.length;
    expect(summary.total.withExpectation).toBe(withX);
    expect(summary.total.expected.households).toBe(18);
    expect(summary.total.finished).toBe(perEa.filter((e) => e.finished).length);
  });
});
