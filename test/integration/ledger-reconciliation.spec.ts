import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { extractText, getDocumentProxy } from 'unpdf';
import { formatCents, toCents } from '../../src/common/money/money.js';
import { Role, StaffKind } from '../../src/generated/prisma/enums.js';
import { createAssignment, createEa, createStaff, uniq } from '../support/factories.js';
import { createTariff } from '../support/payroll-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * One ledger, every document. Two real national pay runs computed by the worker from counts
 * and an equipment charge-back — a regular run (payable, blocked for want of an IBAN, a
 * charge-back) and, after approval and corrected counts, an adjustment run (one person paid a
 * difference, one overpaid and therefore blocked) — are read back through every output: the
 * run API and its per-municipality totals, the people API, the XLSX summary (cells read back
 * with exceljs), the bank file, the lines CSV, the payroll-summary PDF, every payment
 * statement and both municipalities' statement packs (PDF text via unpdf). Every output must
 * give the same payable count, gross, deductions, net and blocked count, to the cent.
 *
 * Tariff: BRIEF.md example values with 10 % income tax on gross; charge-backs: tablet not
 * returned 250.00, bag 20.00, power bank no price.
 */

const RUNS = '/api/v1/payroll/runs';
const REPORTS = '/api/v1/reports';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// documents print amounts as English readers write them (1,234.50, €1,234.50): read them back as decimals
const cents = (s: string | number): bigint => BigInt(toCents(typeof s === 'number' ? s.toFixed(2) : s.replace(/[,€]/g, '')));

interface Figures {
  payable: number;
  blocked: number;
  gross: string;
  deductions: string;
  net: string;
}

function binary(res: Response, cb: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

/** The PDF's text with line breaks and runs of spaces as one space (table cells wrap). */
async function pdfText(buf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(buf)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

const fig = (payable: number, blocked: number, gross: bigint, deductions: bigint, net: bigint): Figures => ({
  payable,
  blocked,
  gross: formatCents(gross),
  deductions: formatCents(deductions),
  net: formatCents(net),
});

describe('one ledger: every output of a pay run agrees to the cent', () => {
  let t: TestApp;
  let dir: string;
  let finance1: string;
  let finance2: string;
  let logistics: string;
  const M1 = 'malisheve';
  const M2 = 'skenderaj';
  const people: Record<'a' | 'b' | 'c' | 'd', { id: string; nationalId: string; eaCode: string; name: string }> = {} as never;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'terren-ledger-'));
    t = await startTestApp({ REPORTS_DIR: dir });
    [finance1, finance2, logistics] = await Promise.all([t.tokenFor(Role.FINANCE), t.tokenFor(Role.FINANCE), t.tokenFor(Role.LOGISTICS)]);
    await createTariff(t.db, { effectiveFrom: '2023-10-01', name: 'example tariff with 10 % tax', taxPercent: '10' });
    const make = async (key: 'a' | 'b' | 'c' | 'd', mun: string, name: string, iban?: null) => {
      const s = await createStaff(t.db, mun, {
        kind: StaffKind.ENUMERATOR,
        fullName: name,
        engagementStart: '2023-10-15',
        engagementEnd: '2023-12-15',
        ...(iban === null ? { iban: null } : {}),
      });
      const ea = await createEa(t.db, mun);
      await createAssignment(t.db.prisma, {
        eaId: ea.id,
        enumeratorId: s.id,
        municipalityId: s.municipalityId,
        validFrom: '2023-11-01',
        validTo: '2023-12-15',
      });
      people[key] = { id: s.id, nationalId: s.nationalId, eaCode: ea.code, name };
    };
    await make('a', M1, 'Arta Paguar');
    await make('b', M1, 'Blerim Diaspora');
    await make('c', M2, 'Cen Pa Iban', null);
    await make('d', M2, 'Dita Tableti');

    // D keeps a kit after the census (15 Dec 2023): tablet 250.00 and bag 20.00 are charged back
    // (the power bank has no price).
    for (const [code, name] of [
      ['TABLET', 'Tablet'],
      ['BAG', 'Tablet bag'],
      ['POWER_BANK', 'Power bank'],
    ]) {
      await t.http().post('/api/v1/equipment/item-types').set('authorization', logistics).send({ code, name }).expect(201);
    }
    await t
      .http()
      .post('/api/v1/equipment/chargeback-tariffs')
      .set('authorization', finance1)
      .send({
        name: 'charge-backs 2023',
        effectiveFrom: '2023-10-01',
        rates: [
          { typeCode: 'TABLET', lost: '250.00', damaged: '80.00' },
          { typeCode: 'BAG', lost: '20.00', damaged: '5.00' },
        ],
      })
      .expect(201);
    // a kit per person of the municipality; D signs for the one the plan gives D
    const prefix = `LG${uniq()}`;
    await t
      .http()
      .post('/api/v1/equipment/items/bulk')
      .set('authorization', logistics)
      .send({
        municipalityCode: M2,
        items: [1, 2].flatMap((i) => [
          { typeCode: 'TABLET', serial: `${prefix}-TB${i}` },
          { typeCode: 'BAG', serial: `${prefix}-BG${i}` },
          { typeCode: 'POWER_BANK', serial: `${prefix}-PB${i}` },
        ]),
      })
      .expect(200);
    await t.http().post(`/api/v1/equipment/municipalities/${M2}/distribution-plans`).set('authorization', logistics).send({}).expect(201);
    const plan = await t.db.prisma.distributionPlan.findFirstOrThrow({
      where: { municipalityId: await t.db.municipalityId(M2) },
      orderBy: { version: 'desc' },
    });
    const line = (plan.lines as unknown as { staffId: string; items: { serial: string | null }[] }[]).find(
      (l) => l.staffId === people.d.id,
    );
    const serials = (line?.items ?? []).flatMap((i) => (i.serial ? [i.serial] : []));
    if (serials.length !== 3) throw new Error(`the plan gives D ${serials.length} items, expected a kit of 3`);
    const handover = await t
      .http()
      .post(`/api/v1/equipment/staff/${people.d.id}/kit/handover`)
      .set('authorization', await t.tokenFor(Role.MUNICIPALITY, M2))
      .send({ serials, signedBy: 'Dita Tableti', signedAt: '2023-10-16T08:00:00Z' });
    if (handover.status !== 201) throw new Error(`handover refused: ${JSON.stringify(handover.body)}`);
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const countsCsv = (aIndividuals: number, bIndividuals: number) =>
    [
      'ea_code,enumerator_id,buildings,dwellings,households,individuals,diaspora_persons,diaspora_list_complete',
      `${people.a.eaCode},${people.a.nationalId},10,12,11,${aIndividuals},3,true`,
      `${people.b.eaCode},${people.b.nationalId},0,0,5,${bIndividuals},4,false`,
      `${people.c.eaCode},${people.c.nationalId},0,0,2,10,0,true`,
      `${people.d.eaCode},${people.d.nationalId},0,0,0,500,0,false`,
      '',
    ].join('\r\n');

  async function importCounts(csv: string) {
    const res = await t
      .http()
      .post('/api/v1/payroll/counts/import')
      .set('authorization', finance1)
      .set('content-type', 'text/csv')
      .send(csv);
    if (res.status !== 200) throw new Error(`counts refused: ${JSON.stringify(res.body)}`);
    // B's incomplete diaspora list raises a quality flag that holds the row until finance
    // accepts it; accepted, B is paid all but the diaspora persons.
    const flags = await t.http().get('/api/v1/fieldwork/flags?open=true').set('authorization', finance1).expect(200);
    for (const f of flags.body.items as { id: string; rule: string }[]) {
      expect(f.rule).toBe('DIASPORA_LIST_INCOMPLETE');
      await t
        .http()
        .post(`/api/v1/fieldwork/flags/${f.id}/accept`)
        .set('authorization', finance1)
        .send({ reason: 'list to follow' })
        .expect(200);
    }
  }

  async function computedRun(): Promise<string> {
    const created = await t.http().post(RUNS).set('authorization', finance1).send({}).expect(202);
    for (let i = 0; i < 600; i++) {
      const res = await t.http().get(`${RUNS}/${created.body.id}`).set('authorization', finance1).expect(200);
      if (res.body.status === 'COMPUTED') return created.body.id as string;
      if (res.body.status === 'FAILED') throw new Error(res.body.failedReason);
      await sleep(100);
    }
    throw new Error('run did not finish');
  }

  async function renderPdf(body: object): Promise<string> {
    const res = await t.http().post(REPORTS).set('authorization', finance1).send(body).expect(202);
    for (let i = 0; i < 900; i++) {
      const r = await t.http().get(`${REPORTS}/${res.body.id}`).set('authorization', finance1).expect(200);
      if (r.body.status === 'FAILED') throw new Error(`report failed: ${r.body.error}`);
      if (r.body.status === 'COMPLETED') {
        const file = await t
          .http()
          .get(`${REPORTS}/${res.body.id}/file`)
          .set('authorization', finance1)
          .buffer(true)
          .parse(binary)
          .expect(200);
        return pdfText(file.body as Buffer);
      }
      await sleep(100);
    }
    throw new Error('report never settled');
  }

  /** Every output's figures for the run, by output name. */
  async function everyOutput(runId: string) {
    const out: Record<string, Figures> = {};
    const money = { gross: 0n, deductions: 0n, net: 0n };

    // run API and its per-municipality totals
    const run = (await t.http().get(`${RUNS}/${runId}`).set('authorization', finance1).expect(200)).body;
    out.api = { payable: run.peopleCount, blocked: run.blockedCount, ...pick(run.totals) };
    const ms = run.municipalities as { payable: number; blocked: number; gross: string; deductions: string; net: string }[];
    out.apiMunicipalities = fig(
      ms.reduce((s, m) => s + m.payable, 0),
      ms.reduce((s, m) => s + m.blocked, 0),
      ms.reduce((s, m) => s + cents(m.gross), 0n),
      ms.reduce((s, m) => s + cents(m.deductions), 0n),
      ms.reduce((s, m) => s + cents(m.net), 0n),
    );

    // people API
    const list = (await t.http().get(`${RUNS}/${runId}/people?limit=500`).set('authorization', finance1).expect(200)).body.items as {
      status: string;
      gross: string;
      deductions: string;
      net: string;
    }[];
    const paidPeople = list.filter((p) => p.status === 'PAYABLE');
    out.peopleApi = fig(
      paidPeople.length,
      list.length - paidPeople.length,
      paidPeople.reduce((s, p) => s + cents(p.gross), 0n),
      paidPeople.reduce((s, p) => s + cents(p.deductions), 0n),
      paidPeople.reduce((s, p) => s + cents(p.net), 0n),
    );

    // XLSX: the Municipalities sheet's total row, the People sheet's column sums, the Run sheet
    const xlsx = await t
      .http()
      .get(`${RUNS}/${runId}/exports/summary.xlsx`)
      .set('authorization', finance1)
      .set('accept-language', 'en')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const rows = (name: string) => {
      const r: unknown[][] = [];
      (wb.getWorksheet(name) as ExcelJS.Worksheet).eachRow((row) => r.push((row.values as unknown[]).slice(1)));
      return r;
    };
    const total = rows('Municipalities').at(-1) as unknown[];
    expect(total[0]).toBe('Total');
    out.xlsxMunicipalities = fig(
      total[1] as number,
      total[2] as number,
      cents(total[3] as number),
      cents(total[4] as number),
      cents(total[5] as number),
    );
    const sheetPeople = rows('People').slice(1);
    const num = (v: unknown) => (typeof v === 'number' ? cents(v) : 0n);
    out.xlsxPeople = fig(
      sheetPeople.filter((r) => r[3] === 'Payable').length,
      sheetPeople.filter((r) => r[3] === 'Blocked').length,
      sheetPeople.reduce((s, r) => s + num(r[5]), 0n),
      sheetPeople.reduce((s, r) => s + num(r[6]), 0n),
      sheetPeople.reduce((s, r) => s + num(r[7]), 0n),
    );
    for (const r of sheetPeople.filter((x) => x[3] === 'Blocked')) expect([r[5], r[6], r[7]]).toEqual([undefined, undefined, undefined]);
    const runSheet = new Map(rows('Run').map((r) => [r[0], r[1]]));
    out.xlsxRun = fig(
      runSheet.get('People paid') as number,
      runSheet.get('People blocked') as number,
      cents(runSheet.get('Gross') as number),
      cents(runSheet.get('Deductions') as number),
      cents(runSheet.get('Net') as number),
    );

    // lines CSV: lines of payable people add up to gross and deductions; blocked people are marked
    const csv = (await t.http().get(`${RUNS}/${runId}/lines?format=csv`).set('authorization', finance1).expect(200)).text;
    const lines = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const paidLines = lines.filter((l) => l.person_status === 'PAYABLE');
    const isDeduction = (l: Record<string, string>) => l.line_type === 'TAX' || l.line_type === 'CHARGEBACK';
    money.gross = paidLines.filter((l) => !isDeduction(l)).reduce((s, l) => s + cents(l.amount as string), 0n);
    money.deductions = paidLines.filter(isDeduction).reduce((s, l) => s + cents(l.amount as string), 0n);
    out.linesCsv = fig(
      new Set(paidLines.map((l) => l.staff_id)).size,
      new Set(lines.filter((l) => l.person_status === 'BLOCKED').map((l) => l.staff_id)).size,
      money.gross,
      money.deductions,
      money.gross - money.deductions,
    );

    // payroll-summary PDF: the totals row of the municipality table
    const summary = await renderPdf({ type: 'payroll-summary', params: { runId }, language: 'en' });
    const totals = /Total\s+(\d[\d,]*)\s+(-?[\d.,]+)\s+(-?[\d.,]+)\s+(-?[\d.,]+)\s+(\d[\d,]*)/.exec(summary);
    expect(totals).not.toBeNull();
    const [, sp, sg, sd, sn, sb] = totals as RegExpExecArray;
    out.summaryPdf = fig(
      Number(sp?.replace(/,/g, '')),
      Number(sb?.replace(/,/g, '')),
      cents(sg as string),
      cents(sd as string),
      cents(sn as string),
    );
    const header = /People paid\s+(\d+)\s+Blocked people \(not paid\)\s+(\d+)/.exec(summary);
    expect(header?.slice(1).map(Number)).toEqual([out.summaryPdf.payable, out.summaryPdf.blocked]);

    // every person's statement and both statement packs
    const statementFigures = (texts: string[]) => {
      const paid = texts.filter((s) => !s.includes('BLOCKED – not paid in this run'));
      // the closing table of a payable statement: Gross, Deductions, Net €…
      const sums = paid.map((s) => {
        const m = /Gross\s+(-?[\d.,]+)\s+Deductions\s+(-?[\d.,]+)\s+Net\s+(-?€?-?[\d.,]+)/.exec(s);
        expect(m).not.toBeNull();
        return (m as RegExpExecArray).slice(1).map((x) => cents(x));
      });
      const col = (i: number) => sums.reduce((s, r) => s + (r[i] as bigint), 0n);
      return fig(paid.length, texts.length - paid.length, col(0), col(1), col(2));
    };
    const statements: string[] = [];
    for (const p of list as unknown as { staffId: string }[]) {
      statements.push(await renderPdf({ type: 'payment-statement', params: { runId, staffId: p.staffId }, language: 'en' }));
    }
    out.statements = statementFigures(statements);
    const packs: string[] = [];
    for (const code of [M1, M2]) {
      const pack = await renderPdf({ type: 'payment-statement-pack', params: { runId, municipalityCode: code }, language: 'en' });
      // one page per person: split at each statement's heading
      packs.push(...pack.split(/(?=Payment statement\s)/).filter((s) => /Person\s/.test(s)));
    }
    out.statementPacks = statementFigures(packs);

    return { out, statements, run };
  }

  function pick(x: { gross: string; deductions: string; net: string }) {
    return { gross: x.gross, deductions: x.deductions, net: x.net };
  }

  async function bankFile(runId: string) {
    const rows = parse((await t.http().get(`${RUNS}/${runId}/exports/bank.csv`).set('authorization', finance1).expect(200)).text, {
      columns: true,
    }) as Record<string, string>[];
    return { rows: rows.length, net: formatCents(rows.reduce((s, r) => s + cents(r.amount as string), 0n)) };
  }

  it('reads one set of numbers from every output of a regular run and of its adjustment run', async () => {
    await importCounts(countsCsv(40, 13));
    const regular = await computedRun();
    const first = await everyOutput(regular);
    // A: 150 + 10 × 0.30 + 12 × 0.50 + 11 × 1.00 + 40 × 0.80 + 3 × 0.50 = 203.50, tax 10 % = 20.35
    // B: 150 + 5 × 1.00 + 13 × 0.80 = 165.40 (4 diaspora persons, incomplete list: not paid), tax 16.54
    // D: 150 + 500 × 0.80 = 550.00, tax 55.00, tablet 250.00 and bag 20.00 not returned
    // C: no IBAN, blocked (150 + 2 × 1.00 + 10 × 0.80 = 160.00 computed, not paid)
    // payable 3: gross 918.90, deductions 20.35 + 16.54 + 325.00 = 361.89, net 557.01
    const expected = { payable: 3, blocked: 1, gross: '918.90', deductions: '361.89', net: '557.01' };
    for (const [output, figures] of Object.entries(first.out)) expect([output, figures]).toEqual([output, expected]);
    // the summary PDF never adds blocked people into its totals (C's 160.00 would make 1078.90)
    expect(first.out.summaryPdf.gross).not.toBe('1078.90');

    // the blocked person's statement says so, with the reason, and prints no payable net
    const blocked = first.statements.find((s) => s.includes('Cen Pa Iban')) as string;
    expect(blocked).toContain('BLOCKED – not paid in this run. Reason: no valid IBAN');
    expect(blocked).toContain('Not paid (Blocked)');
    expect(blocked).not.toMatch(/Net\s+-?€/);
    // the diaspora line of an incomplete list says it is incomplete and not paid
    const diaspora = first.statements.find((s) => s.includes('Blerim Diaspora')) as string;
    expect(diaspora).toContain('diaspora person (incomplete list – not paid)');
    expect(diaspora).not.toContain('(complete list)');
    // the charge-back is on D's statement as a deduction
    expect(first.statements.find((s) => s.includes('Dita Tableti'))).toMatch(/Equipment not returned: Tablet, serial LG\S+-TB/);

    // The blocked person's and the diaspora statement in Albanian and Serbian.
    const runId = regular;
    const sq = await renderPdf({ type: 'payment-statement', params: { runId, staffId: people.c.id }, language: 'sq' });
    expect(sq).toContain('I BLLOKUAR – nuk paguhet në këtë llogaritje. Arsyeja: pa IBAN të vlefshëm');
    expect(sq).toContain('Nuk paguhet (I bllokuar)');
    expect(sq).not.toMatch(/Neto\s+-?[\d.]+/);
    const sr = await renderPdf({ type: 'payment-statement', params: { runId, staffId: people.c.id }, language: 'sr' });
    expect(sr).toContain('BLOKIRAN – ne isplaćuje se u ovom obračunu. Razlog: nema važeći IBAN');
    expect(sr).not.toMatch(/Neto\s+-?[\d.]+/);
    const diasporaSq = await renderPdf({ type: 'payment-statement', params: { runId, staffId: people.b.id }, language: 'sq' });
    expect(diasporaSq).toContain('person i diasporës (lista e paplotë – nuk paguhet)');
    expect(diasporaSq).not.toContain('lista e plotë');

    await t.http().post(`${RUNS}/${regular}/approve`).set('authorization', finance2).expect(200);
    expect(await bankFile(regular)).toEqual({ rows: expected.payable, net: expected.net });

    // Corrected counts: A 50 individuals (+10 × 0.80 = +8.00), B 5 individuals (−8 × 0.80 = −6.40).
    await importCounts(countsCsv(50, 5));
    const adjustment = await computedRun();
    const second = await everyOutput(adjustment);
    expect(second.run.kind).toBe('ADJUSTMENT');
    // A: +8.00 gross, tax 21.15 due − 20.35 paid = 0.80, net 7.20
    // B: −6.40 gross, tax 15.90 due − 16.54 paid = −0.64: net −5.76, paid more than due → blocked
    // C: still without IBAN → blocked; D: nothing changed
    const expected2 = second.out.api;
    expect([expected2.payable, expected2.blocked, expected2.gross, expected2.deductions, expected2.net]).toEqual([
      1,
      2,
      '8.00',
      '0.80',
      '7.20',
    ]);
    for (const [output, figures] of Object.entries(second.out)) expect([output, figures]).toEqual([output, expected2]);
    const overpaid = second.statements.find((s) => s.includes('Blerim Diaspora')) as string;
    expect(overpaid).toContain('BLOCKED – not paid in this run. Reason: already paid €5.76 more than due; recover outside the payroll');

    await t.http().post(`${RUNS}/${adjustment}/approve`).set('authorization', finance2).expect(200);
    expect(await bankFile(adjustment)).toEqual({ rows: 1, net: '7.20' });
  }, 600_000);
});
