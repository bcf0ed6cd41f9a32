import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { formatCents } from '../../src/common/money/money.js';
import { formatAmount } from '../../src/common/i18n/format.js';
import {
  PayLineType,
  PayPersonStatus,
  PayRunKind,
  PayRunStatus,
  Role,
  StaffKind,
  type CountUnit,
} from '../../src/generated/prisma/enums.js';
import { notice, type Notice } from '../../src/common/text/notice.js';
import { EXAMPLE_TARIFF } from '../../src/payroll/tariffs/tariff.demo.js';
import { formatIban } from '../../src/staff/domain/iban.js';
import { auditFor, createEa, createStaff, kosovoIban, uniqName } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Pay-run read side over HTTP against PostgreSQL: people, lines (JSON and CSV), statements,
 * the bank file and the XLSX summary. Runs, people and lines are written straight to the
 * database with known amounts (BRIEF.md example tariff), so every figure below is checked
 * against arithmetic in the comments, and every file is read back and reconciled to the cent.
 */

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);
const euros = (s: string): bigint => {
  const [i, f = ''] = s.split('.');
  const neg = (i as string).startsWith('-');
  const cents = BigInt((i as string).replace('-', '')) * 100n + BigInt(f.padEnd(2, '0') || '0');
  return neg ? -cents : cents;
};

interface LineSpec {
  readonly lineType: PayLineType;
  readonly unit?: CountUnit;
  readonly eaId?: string;
  readonly countId?: string;
  readonly periodFrom?: string;
  readonly periodTo?: string;
  readonly quantity: number;
  readonly basis?: number;
  readonly rate: string;
  readonly amount: string;
  /** the line's note as the pay rules store it (null: the label says it all) */
  readonly description: Notice | null;
}

interface PersonSpec {
  readonly staffId: string;
  readonly municipalityId: string;
  readonly kind?: StaffKind;
  readonly fullName: string;
  readonly iban: string | null;
  readonly status?: PayPersonStatus;
  readonly blockReasons?: readonly { code: string; params: Record<string, string> }[];
  readonly lines: readonly LineSpec[];
}

const DEDUCTIONS: ReadonlySet<PayLineType> = new Set([PayLineType.TAX, PayLineType.CHARGEBACK]);

function personTotals(lines: readonly LineSpec[]) {
  let gross = 0n;
  let deductions = 0n;
  for (const l of lines) {
    if (DEDUCTIONS.has(l.lineType)) deductions += euros(l.amount);
    else gross += euros(l.amount);
  }
  return { gross, deductions, net: gross - deductions };
}

const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('pay run exports', () => {
  let t: TestApp;
  let finance: string;
  let finance2: string;
  let admin: string;
  let logistics: string;
  let prishtineUser: string;
  let prizrenUser: string;
  let prishtine: string;
  let prizren: string;
  let tariffId: string;

  // People of the approved Prishtinë run.
  let arber: { id: string; nationalId: string; iban: string };
  let evil: { id: string };
  let besa: { id: string };
  let blocked: { id: string };
  let zana: { id: string };
  let eaA: { id: string; code: string };
  let eaB: { id: string; code: string };

  let approved: string; // APPROVED, Prishtinë
  let computed: string; // COMPUTED, Prishtinë
  let adjustment: string; // ADJUSTMENT, COMPUTED, Prishtinë
  let national: string; // APPROVED, national (Prishtinë and Prizren people)
  let prizrenRun: string; // APPROVED, Prizren
  let queued: string; // QUEUED, Prishtinë
  let broken: string; // APPROVED, stored net total disagrees with its people
  let bulk: string; // APPROVED, national, thousands of people and lines

  async function createRun(o: {
    municipalityId: string | null;
    status: PayRunStatus;
    kind?: PayRunKind;
    people: readonly PersonSpec[];
    netOffset?: bigint;
  }): Promise<string> {
    const p = t.db.prisma;
    let gross = 0n;
    let deductions = 0n;
    let net = 0n;
    let blockedCount = 0;
    for (const person of o.people) {
      const s = personTotals(person.lines);
      if ((person.status ?? PayPersonStatus.PAYABLE) === PayPersonStatus.BLOCKED) {
        blockedCount += 1;
        continue;
      }
      gross += s.gross;
      deductions += s.deductions;
      net += s.net;
    }
    const isApproved = o.status === PayRunStatus.APPROVED;
    const run = await p.payRun.create({
      data: {
        kind: o.kind ?? PayRunKind.REGULAR,
        status: o.status,
        municipalityId: o.municipalityId,
        tariffId,
        createdById: t.userIdOf(finance),
        computedAt: o.status === PayRunStatus.QUEUED ? null : new Date('2023-12-18T09:00:00Z'),
        approvedById: isApproved ? t.userIdOf(finance2) : null,
        approvedAt: isApproved ? new Date('2023-12-19T10:30:00Z') : null,
        progress: 100,
        // as the computation stores them: payable people, blocked people apart
        peopleCount: o.people.length - blockedCount,
        blockedCount,
        grossCents: gross,
        deductionsCents: deductions,
        netCents: net + (o.netOffset ?? 0n),
      },
    });
    await p.payPerson.createMany({
      data: o.people.map((person) => {
        const s = personTotals(person.lines);
        return {
          runId: run.id,
          staffId: person.staffId,
          municipalityId: person.municipalityId,
          kind: person.kind ?? StaffKind.ENUMERATOR,
          status: person.status ?? PayPersonStatus.PAYABLE,
          ...(person.blockReasons ? { blockReasons: person.blockReasons } : {}),
          grossCents: s.gross,
          deductionsCents: s.deductions,
          netCents: s.net,
          fullName: person.fullName,
          iban: person.iban,
          // As a computation records it: the confirmed bank-account version of that IBAN.
          ibanVersion: person.iban ? 1 : null,
        };
      }),
    });
    await p.payLine.createMany({
      data: o.people.flatMap((person) =>
        person.lines.map((l) => ({
          runId: run.id,
          staffId: person.staffId,
          municipalityId: person.municipalityId,
          lineType: l.lineType,
          eaId: l.eaId ?? null,
          unit: l.unit ?? null,
          countId: l.countId ?? null,
          periodFrom: l.periodFrom ? day(l.periodFrom) : null,
          periodTo: l.periodTo ? day(l.periodTo) : null,
          quantity: l.quantity,
          basis: l.basis ?? null,
          rate: l.rate,
          amountCents: euros(l.amount),
          tariffVersion: 1,
          description: l.description === null ? undefined : { code: l.description.code, params: { ...l.description.params } },
        })),
      ),
    });
    return run.id;
  }

  const prep = (days: number, amount: string): LineSpec => ({
    lineType: PayLineType.PREPARATORY,
    periodFrom: '2023-10-16',
    periodTo: '2023-10-30',
    quantity: days,
    basis: 15,
    rate: '150.0000',
    amount,
    description: null,
  });
  const piece = (
    ea: { id: string; code: string },
    unit: CountUnit,
    quantity: number,
    rate: string,
    amount: string,
    countId?: string,
  ): LineSpec => ({
    lineType: PayLineType.PIECE,
    eaId: ea.id,
    unit,
    countId,
    quantity,
    rate,
    amount,
    description: null,
  });

  beforeAll(async () => {
    t = await startTestApp();
    finance = await t.tokenFor(Role.FINANCE);
    finance2 = await t.tokenFor(Role.FINANCE);
    admin = await t.tokenFor(Role.ADMIN);
    logistics = await t.tokenFor(Role.LOGISTICS);
    prishtineUser = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
    prizrenUser = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
    prishtine = await t.db.municipalityId('prishtine');
    prizren = await t.db.municipalityId('prizren');
    const p = t.db.prisma;

    const tariff = await p.tariff.create({
      data: {
        version: 1,
        name: 'Example tariff (BRIEF.md, not official)',
        effectiveFrom: day('2023-10-01'),
        supervisorMonthly: EXAMPLE_TARIFF.supervisorMonthly,
        payMonths: EXAMPLE_TARIFF.payMonths.map((m) => ({ ...m })),
        prepAmount: EXAMPLE_TARIFF.prepAmount,
        prepFrom: day(EXAMPLE_TARIFF.prepFrom),
        prepTo: day(EXAMPLE_TARIFF.prepTo),
        interviewFrom: day(EXAMPLE_TARIFF.interviewFrom),
        interviewTo: day(EXAMPLE_TARIFF.interviewTo),
        rateBuilding: EXAMPLE_TARIFF.rateBuilding,
        rateDwelling: EXAMPLE_TARIFF.rateDwelling,
        rateHousehold: EXAMPLE_TARIFF.rateHousehold,
        rateIndividual: EXAMPLE_TARIFF.rateIndividual,
        rateDiaspora: EXAMPLE_TARIFF.rateDiaspora,
        taxPercent: EXAMPLE_TARIFF.taxPercent,
      },
    });
    tariffId = tariff.id;

    const a = await createEa(t.db, 'prishtine', `A-${uniqName().toUpperCase()}`);
    const b = await createEa(t.db, 'prishtine', `B-${uniqName().toUpperCase()}`);
    eaA = { id: a.id, code: a.code };
    eaB = { id: b.id, code: b.code };
    const arberRow = await createStaff(t.db, 'prishtine', { fullName: 'Arbër Krasniqi', nationalId: '1110023757' });
    arber = { id: arberRow.id, nationalId: arberRow.nationalId, iban: arberRow.iban as string };
    evil = await createStaff(t.db, 'prishtine', { fullName: 'Evil Person' });
    besa = await createStaff(t.db, 'prishtine', { kind: StaffKind.SUPERVISOR, fullName: 'Besa Gashi' });
    blocked = await createStaff(t.db, 'prishtine', { fullName: 'Dardan Hoxha', iban: null });
    zana = await createStaff(t.db, 'prishtine', { fullName: 'Zana Berisha' });
    const count = (ea: string, enumeratorId: string, complete: boolean) =>
      p.eaCount.create({
        data: {
          eaId: ea,
          enumeratorId,
          municipalityId: prishtine,
          version: 1,
          buildings: 250,
          dwellings: 310,
          households: 300,
          individuals: 1234,
          diasporaPersons: 12,
          diasporaListComplete: complete,
        },
      });
    const arberCount = await count(eaA.id, arber.id, true);
    const zanaCount = await count(eaB.id, zana.id, false);

    const peopleOfApproved: PersonSpec[] = [
      {
        staffId: arber.id,
        municipalityId: prishtine,
        fullName: 'Arbër Krasniqi',
        iban: arber.iban,
        lines: [
          prep(15, '150.00'), // 150.00 × 15/15 = 150.00
          piece(eaB, 'INDIVIDUAL', 7, '0.8000', '5.60'), // 7 × 0.80 = 5.60
          piece(eaA, 'INDIVIDUAL', 1234, '0.8000', '987.20', arberCount.id), // 1,234 × 0.80 = 987.20
          piece(eaA, 'BUILDING', 250, '0.3000', '75.00', arberCount.id), // 250 × 0.30 = 75.00
          piece(eaA, 'DWELLING', 310, '0.5000', '155.00', arberCount.id), // 310 × 0.50 = 155.00
          piece(eaA, 'HOUSEHOLD', 300, '1.0000', '300.00', arberCount.id), // 300 × 1.00 = 300.00
          piece(eaA, 'DIASPORA', 12, '0.5000', '6.00', arberCount.id), // 12 × 0.50 = 6.00 (list complete)
          {
            lineType: PayLineType.CHARGEBACK,
            quantity: 1,
            rate: '25.0000',
            amount: '25.00',
            description: notice('CHARGEBACK', { reason: 'NOT_RETURNED', item: '=cmd|tablet charger', serial: 'CH-1' }),
          },
        ],
        // gross 150.00 + 5.60 + 987.20 + 75.00 + 155.00 + 300.00 + 6.00 = 1678.80; net 1678.80 − 25.00 = 1653.80
      },
      {
        staffId: evil.id,
        municipalityId: prishtine,
        fullName: '=HYPERLINK("http://evil.example","x")',
        iban: kosovoIban(),
        // 150.00 × 10/15 = 100.00; 3 × 0.80 = 2.40; gross = net = 102.40
        lines: [prep(10, '100.00'), piece(eaB, 'INDIVIDUAL', 3, '0.8000', '2.40')],
      },
      {
        staffId: besa.id,
        municipalityId: prishtine,
        kind: StaffKind.SUPERVISOR,
        fullName: 'Besa Gashi',
        iban: kosovoIban(),
        lines: [
          {
            lineType: PayLineType.SUPERVISOR_MONTH,
            periodFrom: '2023-10-15',
            periodTo: '2023-11-14',
            quantity: 31,
            basis: 31,
            rate: '600.0000',
            amount: '600.00', // 600.00 × 31/31 = 600.00
            description: null,
          },
          {
            lineType: PayLineType.SUPERVISOR_MONTH,
            periodFrom: '2023-11-15',
            periodTo: '2023-12-15',
            quantity: 10,
            basis: 31,
            rate: '600.0000',
            amount: '193.55', // 600.00 × 10/31 = 193.548… → 193.55
            description: null,
          },
        ],
        // gross = net = 793.55
      },
      {
        staffId: blocked.id,
        municipalityId: prishtine,
        fullName: 'Dardan Hoxha',
        iban: null,
        status: PayPersonStatus.BLOCKED,
        blockReasons: [{ code: 'NO_VALID_IBAN', params: {} }],
        lines: [prep(15, '150.00')],
      },
      {
        staffId: zana.id,
        municipalityId: prishtine,
        fullName: 'Zana Berisha',
        iban: kosovoIban(),
        // 12 diaspora persons, list incomplete: not paid; net 0.00 → not in the bank file
        lines: [
          {
            ...piece(eaB, 'DIASPORA', 12, '0.5000', '0.00', zanaCount.id),
            description: notice('DIASPORA_LIST_INCOMPLETE'),
          },
        ],
      },
    ];
    // Run totals over payable people: gross 1678.80 + 102.40 + 793.55 + 0.00 = 2574.75,
    // deductions 25.00, net 2549.75.
    approved = await createRun({ municipalityId: prishtine, status: PayRunStatus.APPROVED, people: peopleOfApproved });

    computed = await createRun({
      municipalityId: prishtine,
      status: PayRunStatus.COMPUTED,
      people: [
        {
          staffId: arber.id,
          municipalityId: prishtine,
          fullName: 'Arbër Krasniqi',
          iban: arber.iban,
          lines: [piece(eaA, 'INDIVIDUAL', 1234, '0.8000', '987.20')], // 1,234 × 0.80 = 987.20
        },
      ],
    });

    adjustment = await createRun({
      municipalityId: prishtine,
      status: PayRunStatus.COMPUTED,
      kind: PayRunKind.ADJUSTMENT,
      people: [
        {
          staffId: arber.id,
          municipalityId: prishtine,
          fullName: 'Arbër Krasniqi',
          iban: arber.iban,
          lines: [
            // corrected count: 1,240 × 0.80 = 992.00, 987.20 paid before → 4.80
            piece(eaA, 'INDIVIDUAL', 1240, '0.8000', '4.80'),
            // households corrected to zero: the 1.00 paid before is taken back
            {
              lineType: PayLineType.PIECE,
              eaId: eaB.id,
              unit: 'HOUSEHOLD',
              quantity: 0,
              rate: '0',
              amount: '-1.00',
              description: notice('LEGACY_TEXT', { text: `-EA ${eaB.code}: households (no longer due, paid 1.00)` }),
            },
          ],
        },
      ],
    });

    const prizrenPerson = await createStaff(t.db, 'prizren', { fullName: 'Agim Morina' });
    const prizrenPeople: PersonSpec[] = [
      {
        staffId: prizrenPerson.id,
        municipalityId: prizren,
        fullName: 'Agim Morina',
        iban: prizrenPerson.iban,
        lines: [piece(eaB, 'INDIVIDUAL', 3, '0.8000', '2.40')],
      },
    ];
    prizrenRun = await createRun({ municipalityId: prizren, status: PayRunStatus.APPROVED, people: prizrenPeople });
    national = await createRun({
      municipalityId: null,
      status: PayRunStatus.APPROVED,
      people: [...prizrenPeople, { ...(peopleOfApproved[1] as PersonSpec) }],
    });
    queued = await createRun({ municipalityId: prishtine, status: PayRunStatus.QUEUED, people: [] });
    broken = await createRun({
      municipalityId: prishtine,
      status: PayRunStatus.APPROVED,
      people: [peopleOfApproved[2] as PersonSpec],
      netOffset: 1n, // one cent more than its people add up to
    });

    // 5,050 people (more than one batch of 5,000) with 1–3 lines each, across two municipalities.
    const bulkPeople: PersonSpec[] = [];
    for (let i = 0; i < 5050; i++) {
      const lines: LineSpec[] = [];
      for (let k = 0; k <= i % 3; k++) {
        const quantity = 1 + ((i * 7 + k * 13) % 2000);
        const cents = (BigInt(quantity) * 3000n + 50n) / 100n; // quantity × 0.30, half-up
        lines.push(piece(eaA, 'BUILDING', quantity, '0.3000', formatCents(cents)));
      }
      bulkPeople.push({
        staffId: randomUUID(),
        municipalityId: i % 2 === 0 ? prishtine : prizren,
        fullName: `Bulk ${uniqName()}`,
        iban: kosovoIban(),
        lines,
      });
    }
    bulk = await createRun({ municipalityId: null, status: PayRunStatus.APPROVED, people: bulkPeople });
  });

  afterAll(async () => {
    await t.close();
  });

  const get = (path: string, token = finance) => t.http().get(`/api/v1/payroll/runs${path}`).set('authorization', token);
  const getBinary = (path: string, token = finance) => get(path, token).buffer(true).parse(binary);

  describe('people', () => {
    it('lists per-person totals with amounts as strings', async () => {
      const res = await get(`/${approved}/people`).expect(200);
      expect(res.body.total).toBe(5);
      const byId = new Map((res.body.items as { staffId: string }[]).map((i) => [i.staffId, i]));
      expect(byId.get(arber.id)).toEqual({
        staffId: arber.id,
        name: 'Arbër Krasniqi',
        kind: 'ENUMERATOR',
        municipality: { code: 'prishtine', nameSq: expect.any(String) },
        status: 'PAYABLE',
        blockReason: null,
        blockReasons: [],
        gross: '1678.80',
        deductions: '25.00',
        net: '1653.80',
      });
      expect(byId.get(besa.id)).toMatchObject({ kind: 'SUPERVISOR', gross: '793.55', deductions: '0.00', net: '793.55' });
      // the reasons as codes, worded in the caller's language (the tests ask in English)
      expect(byId.get(blocked.id)).toMatchObject({
        status: 'BLOCKED',
        blockReason: 'no valid IBAN',
        blockReasons: [{ code: 'NO_VALID_IBAN', params: {}, text: 'no valid IBAN' }],
        net: '150.00',
      });
      const albanian = await get(`/${approved}/people?status=BLOCKED`).set('accept-language', 'sq').expect(200);
      expect(albanian.body.items[0]).toMatchObject({
        blockReason: 'pa IBAN të vlefshëm',
        blockReasons: [{ code: 'NO_VALID_IBAN', text: 'pa IBAN të vlefshëm' }],
      });
    });

    it('filters by status and municipality and pages', async () => {
      const blockedOnly = await get(`/${approved}/people?status=BLOCKED`).expect(200);
      expect(blockedOnly.body).toEqual({ items: [expect.objectContaining({ staffId: blocked.id })], total: 1, nextCursor: null });
      const all = await get(`/${approved}/people`).expect(200);
      const first = await get(`/${approved}/people?limit=2`).expect(200);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const page = await get(`/${approved}/people?limit=2&cursor=${first.body.nextCursor}`).expect(200);
      expect(page.body.items).toHaveLength(2);
      expect(page.body.total).toBe(5);
      expect(page.body.items).toEqual(all.body.items.slice(2, 4));
      const inPrizren = await get(`/${national}/people?municipality=prizren`).expect(200);
      expect(inPrizren.body.items.map((i: { name: string }) => i.name)).toEqual(['Agim Morina']);
      const unknown = await get(`/${national}/people?municipality=nowhere`).expect(200);
      expect(unknown.body).toEqual({ items: [], total: 0, nextCursor: null });
      await get(`/${approved}/people?status=PAID`).expect(400);
    });

    it('is for finance, administrators and the run’s own municipality', async () => {
      await get(`/${approved}/people`, admin).expect(200);
      expect((await get(`/${approved}/people`, prishtineUser).expect(200)).body.total).toBe(5);
      // Another municipality's run does not exist for a municipality user.
      expect((await get(`/${approved}/people`, prizrenUser).expect(404)).body.error.code).toBe('PAY_RUN_UNKNOWN');
      await get(`/${approved}/people`, logistics).expect(403);
    });
  });

  describe('lines', () => {
    it('lists lines with provenance and exact strings', async () => {
      const res = await get(`/${approved}/lines?staffId=${arber.id}`).expect(200);
      expect(res.body.total).toBe(8);
      const individuals = res.body.items.find((l: { eaCode: string; unit: string }) => l.eaCode === eaA.code && l.unit === 'INDIVIDUAL');
      expect(individuals).toEqual({
        id: expect.stringMatching(/^\d+$/),
        staffId: arber.id,
        personName: 'Arbër Krasniqi',
        personStatus: 'PAYABLE',
        municipalityCode: 'prishtine',
        lineType: 'PIECE',
        eaId: eaA.id,
        eaCode: eaA.code,
        unit: 'INDIVIDUAL',
        quantity: 1234,
        basis: null,
        rate: '0.8000',
        amount: '987.20',
        tariffVersion: 1,
        periodFrom: null,
        periodTo: null,
        description: null,
        // worded from the line's kind, EA and unit in the caller's language (the tests ask in English)
        label: `${eaA.code}: individuals`,
      });
      const prepLine = res.body.items.find((l: { lineType: string }) => l.lineType === 'PREPARATORY');
      expect(prepLine).toMatchObject({
        quantity: 15,
        basis: 15,
        rate: '150.0000',
        amount: '150.00',
        periodFrom: '2023-10-16',
        periodTo: '2023-10-30',
        label: 'Preparatory period, 16 October 2023 – 30 October 2023',
      });
      const albanian = await get(`/${approved}/lines?staffId=${arber.id}`).set('accept-language', 'sq').expect(200);
      expect(albanian.body.items.find((l: { lineType: string }) => l.lineType === 'PREPARATORY').label).toBe(
        'Periudha përgatitore, 16 tetor 2023 – 30 tetor 2023',
      );
      const ids = res.body.items.map((l: { id: string }) => BigInt(l.id));
      expect(ids).toEqual([...ids].sort((x: bigint, y: bigint) => (x < y ? -1 : 1)));
    });

    it('pages by cursor', async () => {
      const all = await get(`/${approved}/lines?limit=500`).expect(200);
      expect(all.body.total).toBe(14); // Arbër 8, the '=' name 2, Besa 2, Dardan 1, Zana 1
      expect(all.body.nextCursor).toBeNull();
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await get(`/${approved}/lines?limit=5${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
        expect(page.body.total).toBe(14);
        seen.push(...page.body.items.map((l: { id: string }) => l.id));
        cursor = page.body.nextCursor as string | null;
      } while (cursor);
      expect(seen).toEqual(all.body.items.map((l: { id: string }) => l.id));
      await get(`/${approved}/lines?cursor=not-a-cursor`).expect(400);
    });

    it('streams every line as CSV that parses back and reconciles to the cent', async () => {
      const res = await get(`/${approved}/lines?format=csv`).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="terren-lines-[0-9A-F]{8}\.csv"$/);
      expect(res.text.startsWith('\uFEFFline_id,staff_id,person,municipality,line_type,ea_code,unit,quantity,basis,rate,amount,')).toBe(
        true,
      );
      const rows = parse(res.text, { bom: true, columns: true }) as Record<string, string>[];
      const db = await t.db.prisma.payLine.findMany({ where: { runId: approved } });
      expect(rows).toHaveLength(db.length);
      const sum = rows.reduce((s, r) => s + euros(r.amount as string), 0n);
      expect(sum).toBe(db.reduce((s, l) => s + l.amountCents, 0n));
      const individuals = rows.find((r) => r.ea_code === eaA.code && r.unit === 'INDIVIDUAL' && r.staff_id === arber.id);
      expect(individuals).toMatchObject({
        quantity: '1234',
        rate: '0.8000',
        amount: '987.20',
        person: 'Arbër Krasniqi',
        tariff_version: '1',
      });
      // text cells starting with = are neutralised; numbers are not touched
      expect(rows.find((r) => r.staff_id === evil.id)?.person).toBe('\'=HYPERLINK("http://evil.example","x")');
      const charge = rows.find((r) => r.line_type === 'CHARGEBACK');
      expect(JSON.parse(charge?.note_params ?? '')).toEqual({ reason: 'NOT_RETURNED', item: '=cmd|tablet charger', serial: 'CH-1' });
      expect(charge).toMatchObject({
        note_code: 'CHARGEBACK',
        // the caller's language (English in tests): the item's name as recorded, inside the sentence
        label: 'Equipment not returned: =cmd|tablet charger, serial CH-1',
        note: 'equipment not returned: =cmd|tablet charger, serial CH-1',
      });
    });

    it('answers CSV to Accept: text/csv and keeps negative amounts numeric', async () => {
      const res = await get(`/${adjustment}/lines`).set('accept', 'text/csv').expect(200);
      const rows = parse(res.text, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.map((r) => [r.amount, r.note_code, r.label, r.note])).toEqual([
        ['4.80', '', `${eaA.code}: individuals`, ''],
        // a text stored before codes is shown as written, neutralised
        ['-1.00', 'LEGACY_TEXT', `${eaB.code}: households`, `'-EA ${eaB.code}: households (no longer due, paid 1.00)`],
      ]);
    });

    it('streams a run of many lines in batches, all of them, reconciling with the database', async () => {
      const res = await get(`/${bulk}/lines?format=csv`).expect(200);
      const rows = parse(res.text, { bom: true, columns: true }) as Record<string, string>[];
      const agg = await t.db.prisma.payLine.aggregate({ where: { runId: bulk }, _count: { _all: true }, _sum: { amountCents: true } });
      expect(agg._count._all).toBeGreaterThan(10_000);
      expect(rows).toHaveLength(agg._count._all);
      expect(new Set(rows.map((r) => r.line_id)).size).toBe(rows.length);
      expect(rows.reduce((s, r) => s + euros(r.amount as string), 0n)).toBe(agg._sum.amountCents);
    });
  });

  describe('statement', () => {
    it('groups the lines and writes out the arithmetic of each', async () => {
      const res = await get(`/${approved}/people/${arber.id}/statement`).expect(200);
      const s = res.body;
      expect(s.person).toEqual({
        staffId: arber.id,
        name: 'Arbër Krasniqi',
        kind: 'ENUMERATOR',
        nationalId: '1110023757',
        iban: formatIban(arber.iban),
        ibanVersion: 1,
        // no contract recorded for this person
        contractNumber: null,
        municipality: { code: 'prishtine', nameSq: expect.any(String), nameSr: expect.any(String) },
        status: 'PAYABLE',
        blockReason: null,
        blockReasons: [],
      });
      expect(s.person.iban).toMatch(/^XK\d\d( \d{4}){4}$/);
      expect(s.run).toMatchObject({ id: approved, kind: 'REGULAR', status: 'APPROVED', approved: true });
      expect(s.tariff).toMatchObject({ version: 1, effectiveFrom: '2023-10-01', currency: 'EUR' });
      expect(s.lines.timeBased).toEqual({
        lines: [
          expect.objectContaining({
            lineType: 'PREPARATORY',
            amount: '150.00',
            arithmetic: expect.objectContaining({ code: 'TIME', text: '150.00 × 15/15 days = 150.00' }),
          }),
        ],
        total: '150.00',
      });
      expect(s.lines.eas.map((g: { eaCode: string; total: string }) => [g.eaCode, g.total])).toEqual([
        [eaA.code, '1523.20'], // 75.00 + 155.00 + 300.00 + 987.20 + 6.00
        [eaB.code, '5.60'],
      ]);
      expect(s.lines.eas[0].lines.map((l: { unit: string; arithmetic: { text: string } }) => [l.unit, l.arithmetic.text])).toEqual([
        ['BUILDING', '250 × 0.30 = 75.00'],
        ['DWELLING', '310 × 0.50 = 155.00'],
        ['HOUSEHOLD', '300 × 1.00 = 300.00'],
        ['INDIVIDUAL', '1,234 × 0.80 = 987.20'],
        ['DIASPORA', '12 × 0.50 = 6.00'],
      ]);
      expect(s.lines.deductions).toEqual({
        lines: [
          expect.objectContaining({
            lineType: 'CHARGEBACK',
            amount: '25.00',
            arithmetic: { code: 'CHARGEBACK', params: { eachAmount: '25.00', result: 'EQUALS', amount: '25.00' }, text: '25.00 = 25.00' },
          }),
        ],
        total: '25.00',
      });
      expect([s.gross, s.deductions, s.net]).toEqual(['1678.80', '25.00', '1653.80']);
    });

    it('adds up exactly and ends every arithmetic with the line amount', async () => {
      for (const [run, staffId] of [
        [approved, arber.id],
        [approved, besa.id],
        [approved, zana.id],
        [approved, blocked.id],
        [adjustment, arber.id],
      ] as const) {
        const s = (await get(`/${run}/people/${staffId}/statement`).expect(200)).body;
        const gross = [...s.lines.timeBased.lines, ...s.lines.eas.flatMap((g: { lines: unknown[] }) => g.lines)];
        const sum = (ls: { amount: string }[]) => ls.reduce((acc, l) => acc + euros(l.amount), 0n);
        expect(formatCents(sum(gross))).toBe(s.gross);
        expect(formatCents(sum(s.lines.deductions.lines))).toBe(s.deductions);
        expect(formatCents(euros(s.gross) - euros(s.deductions))).toBe(s.net);
        for (const l of [...gross, ...s.lines.deductions.lines] as {
          amount: string;
          arithmetic: { text: string; params: { amount: string } };
        }[]) {
          expect(l.arithmetic.params.amount).toBe(l.amount);
          expect(l.arithmetic.text.endsWith(`= ${formatAmount(l.amount, 'en')}`)).toBe(true);
        }
      }
    });

    it('prorates supervisor months, explains unpaid diaspora and adjustments', async () => {
      const sup = (await get(`/${approved}/people/${besa.id}/statement`).expect(200)).body;
      expect(sup.lines.timeBased.lines.map((l: { arithmetic: { text: string } }) => l.arithmetic.text)).toEqual([
        '600.00 × 31/31 days = 600.00',
        '600.00 × 10/31 days = 193.55',
      ]);
      expect(sup.net).toBe('793.55');
      const unpaid = (await get(`/${approved}/people/${zana.id}/statement`).expect(200)).body;
      expect(unpaid.lines.eas[0].lines[0].arithmetic.text).toBe('12 × 0.50, not paid: diaspora list incomplete = 0.00');
      const adj = (await get(`/${adjustment}/people/${arber.id}/statement`).expect(200)).body;
      expect(adj.run).toMatchObject({ kind: 'ADJUSTMENT', approved: false });
      expect(adj.lines.eas.map((g: { lines: { arithmetic: { text: string } }[] }) => g.lines.map((l) => l.arithmetic.text))).toEqual([
        ['1,240 × 0.80 = 992.00 - 987.20 paid before = 4.80'],
        ['no longer due = 0.00 - 1.00 paid before = -1.00'],
      ]);
      expect(adj.net).toBe('3.80');
    });

    it('masks the national id and the IBAN for the municipality', async () => {
      const s = (await get(`/${approved}/people/${arber.id}/statement`, prishtineUser).expect(200)).body;
      expect(s.person.nationalId).toBe('******3757');
      expect(s.person.iban).toBe(`${arber.iban.slice(0, 4)} **** **** **** ${arber.iban.slice(-4)}`);
      expect(s.net).toBe('1653.80');
    });

    it('answers 404 for a person who is not in the run', async () => {
      const res = await get(`/${computed}/people/${besa.id}/statement`).expect(404);
      expect(res.body.error.code).toBe('PAY_PERSON_UNKNOWN');
    });
  });

  describe('bank file', () => {
    it('is refused for a run that is not approved', async () => {
      for (const run of [computed, queued, adjustment]) {
        const res = await get(`/${run}/exports/bank.csv`).expect(409);
        expect(res.body.error.code).toBe('PAY_RUN_NOT_APPROVED');
      }
      expect(await auditFor(t.db.prisma, computed)).toEqual([]);
    });

    it('pays every payable person with a positive net, once, and adds up to the run net', async () => {
      const res = await get(`/${approved}/exports/bank.csv`).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="terren-bank-[0-9A-F]{8}\.csv"$/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text.startsWith('iban,name,amount,reference,iban_version\r\n')).toBe(true);
      const rows = parse(res.text, { columns: true }) as Record<string, string>[];
      const run = await t.db.prisma.payRun.findUniqueOrThrow({ where: { id: approved } });
      const people = await t.db.prisma.payPerson.findMany({ where: { runId: approved } });
      const ibanOf = (id: string) => people.find((x) => x.staffId === id)?.iban;
      // Dardan (blocked) and Zana (net 0.00) are not paid. (Rows come by name; the order of
      // '=' among letters depends on the database collation, so compare as sets.)
      const byIban = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
      expect(rows.map((r) => [r.iban, r.name, r.amount]).sort(byIban)).toEqual(
        [
          [ibanOf(evil.id), '\'=HYPERLINK("http://evil.example","x")', '102.40'],
          [arber.iban, 'Arbër Krasniqi', '1653.80'],
          [ibanOf(besa.id), 'Besa Gashi', '793.55'],
        ].sort(byIban),
      );
      const runShort = approved.replaceAll('-', '').slice(0, 8).toUpperCase();
      expect(rows.find((r) => r.name === 'Arbër Krasniqi')?.reference).toBe(
        `TERREN-${runShort}-${arber.id.replaceAll('-', '').slice(0, 16).toUpperCase()}`,
      );
      expect(new Set(rows.map((r) => r.reference)).size).toBe(3);
      expect(rows.map((r) => r.iban_version)).toEqual(['1', '1', '1']);
      const total = rows.reduce((s, r) => s + euros(r.amount as string), 0n);
      expect(total).toBe(run.netCents);
      expect(formatCents(total)).toBe('2549.75'); // 1653.80 + 102.40 + 793.55
      const events = await auditFor(t.db.prisma, approved);
      expect(events.map((e) => [e.action, e.entity, e.entityIds, e.actorId, e.municipalityId, e.details])).toContainEqual([
        'exported',
        'PayRun',
        [approved],
        t.userIdOf(finance),
        prishtine,
        { format: 'bank.csv', rows: 3 },
      ]);
    });

    it('writes thousands of rows in batches and still reconciles', async () => {
      const res = await get(`/${bulk}/exports/bank.csv`, admin).expect(200);
      const rows = parse(res.text, { columns: true }) as Record<string, string>[];
      const run = await t.db.prisma.payRun.findUniqueOrThrow({ where: { id: bulk } });
      expect(rows).toHaveLength(5050);
      expect(new Set(rows.map((r) => r.reference)).size).toBe(5050);
      expect(rows.every((r) => /^\d+\.\d{2}$/.test(r.amount as string))).toBe(true);
      expect(rows.reduce((s, r) => s + euros(r.amount as string), 0n)).toBe(run.netCents);
    });

    it('refuses a run whose stored net total does not match its people, and records nothing', async () => {
      const res = await get(`/${broken}/exports/bank.csv`).expect(500);
      expect(res.body.error.code).toBe('INTERNAL');
      expect(await auditFor(t.db.prisma, broken)).toEqual([]);
    });

    it('is for finance and administrators only', async () => {
      await get(`/${approved}/exports/bank.csv`, prishtineUser).expect(403);
      await get(`/${approved}/exports/bank.csv`, logistics).expect(403);
    });
  });

  describe('XLSX summary', () => {
    const load = async (buf: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      return wb;
    };
    const values = (ws: ExcelJS.Worksheet) => {
      const out: unknown[][] = [];
      ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    const noFormulas = (wb: ExcelJS.Workbook) => {
      const found: string[] = [];
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined) found.push(`${ws.name}!${cell.address}`);
          }),
        ),
      );
      return found;
    };

    it('summarises an approved run per municipality and per person, totals equal to the database', async () => {
      const res = await getBinary(`/${approved}/exports/summary.xlsx`).expect(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const wb = await load(res.body as Buffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Municipalities', 'People', 'Run']);
      expect(noFormulas(wb)).toEqual([]);

      const ms = wb.getWorksheet('Municipalities') as ExcelJS.Worksheet;
      const prishtineName = (await t.db.prisma.municipality.findUniqueOrThrow({ where: { id: prishtine } })).nameSq;
      expect(values(ms)).toEqual([
        ['Municipality', 'People', 'Blocked', 'Gross', 'Deductions', 'Net', 'Net of blocked (not paid)'],
        [prishtineName, 4, 1, 2574.75, 25, 2549.75, 150],
        ['Total', 4, 1, 2574.75, 25, 2549.75, 150],
      ]);
      expect(ms.getCell('F3').numFmt).toBe('#,##0.00');
      expect(ms.getCell('F3').type).toBe(ExcelJS.ValueType.Number);
      const run = await t.db.prisma.payRun.findUniqueOrThrow({ where: { id: approved } });
      expect(ms.getCell('D3').value).toBe(Number(formatCents(run.grossCents)));
      expect(ms.getCell('F3').value).toBe(Number(formatCents(run.netCents)));

      const ps = wb.getWorksheet('People') as ExcelJS.Worksheet;
      const people = values(ps);
      expect(people[0]).toEqual([
        'Municipality',
        'Name',
        'IBAN',
        'Status',
        'Block reason',
        'Gross',
        'Deductions',
        'Net',
        'Net of blocked (not paid)',
      ]);
      expect(
        people
          .slice(1)
          .map((r) => r[1] as string)
          .sort(),
      ).toEqual(['\'=HYPERLINK("http://evil.example","x")', 'Arbër Krasniqi', 'Besa Gashi', 'Dardan Hoxha', 'Zana Berisha'].sort());
      const row = (name: string) => people.find((r) => r[1] === name);
      expect(row('Arbër Krasniqi')).toEqual([
        prishtineName,
        'Arbër Krasniqi',
        formatIban(arber.iban),
        'Payable',
        undefined,
        1678.8,
        25,
        1653.8,
      ]);
      // a blocked person has no payable amounts: the computed net sits in the not-paid column only
      expect(row('Dardan Hoxha')).toEqual([
        prishtineName,
        'Dardan Hoxha',
        undefined,
        'Blocked',
        'no valid IBAN',
        undefined,
        undefined,
        undefined,
        150,
      ]);
      // the payable people's nets, summed in cents, are the run's net
      const payableNet = people
        .slice(1)
        .filter((r) => r[3] === 'Payable')
        .reduce((s: bigint, r) => s + euros((r[7] as number).toFixed(2)), 0n);
      expect(payableNet).toBe(run.netCents);

      const rs = new Map(values(wb.getWorksheet('Run') as ExcelJS.Worksheet).map((r) => [r[0], r[1]]));
      expect(rs.get('Approval')).toBe('APPROVED - final figures for payment');
      expect(rs.get('Run id')).toBe(approved);
      expect(rs.get('Tariff version')).toBe(1);
      expect(rs.get('Approved by')).toMatch(/^finance-.*@test\.terren$/);
      expect(rs.get('Created by')).toMatch(/^finance-.*@test\.terren$/);
      expect(rs.get('Net')).toBe(2549.75);
      expect((await auditFor(t.db.prisma, approved)).map((e) => e.details)).toContainEqual({ format: 'summary.xlsx', rows: 5 });

      // in Albanian: sheet names, headers and words
      const sq = await load(
        (await get(`/${approved}/exports/summary.xlsx`).set('accept-language', 'sq').buffer(true).parse(binary).expect(200)).body as Buffer,
      );
      expect(sq.worksheets.map((w) => w.name)).toEqual(['Komunat', 'Personat', 'Llogaritja']);
      expect(values(sq.getWorksheet('Komunat') as ExcelJS.Worksheet)[0]?.[0]).toBe('Komuna');
      expect(new Map(values(sq.getWorksheet('Llogaritja') as ExcelJS.Worksheet).map((r) => [r[0], r[1]])).get('Miratimi')).toBe(
        'E MIRATUAR - shifrat përfundimtare për pagesë',
      );
    });

    it('marks a computed run as a draft, and refuses a run without results', async () => {
      const res = await getBinary(`/${computed}/exports/summary.xlsx`, admin).expect(200);
      const wb = await load(res.body as Buffer);
      expect(noFormulas(wb)).toEqual([]);
      const rs = new Map(values(wb.getWorksheet('Run') as ExcelJS.Worksheet).map((r) => [r[0], r[1]]));
      expect(rs.get('Approval')).toBe('DRAFT - NOT APPROVED - NOT FOR PAYMENT (status computed)');
      expect(rs.get('Approved by')).toBe('not approved');
      expect(values(wb.getWorksheet('Municipalities') as ExcelJS.Worksheet).at(-1)).toEqual(['Total', 1, 0, 987.2, 0, 987.2, 0]);
      // A run queued just now: the in-process worker's recovery sweep computes queued runs after
      // a minute, so the one made in beforeAll may have results by the time this test runs.
      const waiting = await createRun({ municipalityId: prishtine, status: PayRunStatus.QUEUED, people: [] });
      const refused = await get(`/${waiting}/exports/summary.xlsx`).expect(409);
      expect(refused.body.error.code).toBe('PAY_RUN_NOT_COMPUTED');
    });

    it('totals a national run over municipalities exactly', async () => {
      const res = await getBinary(`/${bulk}/exports/summary.xlsx`).expect(200);
      const wb = await load(res.body as Buffer);
      const ms = values(wb.getWorksheet('Municipalities') as ExcelJS.Worksheet);
      expect(ms).toHaveLength(4); // header, Prishtinë, Prizren, Total
      const run = await t.db.prisma.payRun.findUniqueOrThrow({ where: { id: bulk } });
      const cents = (v: unknown) => euros((v as number).toFixed(2));
      expect(cents(ms[1]?.[5]) + cents(ms[2]?.[5])).toBe(run.netCents);
      expect(cents(ms[3]?.[5])).toBe(run.netCents);
      expect(ms[3]?.[1]).toBe(5050);
      expect(values(wb.getWorksheet('People') as ExcelJS.Worksheet)).toHaveLength(5051);
    });

    it('is for finance and administrators only', async () => {
      await get(`/${approved}/exports/summary.xlsx`, prishtineUser).expect(403);
    });
  });

  it('documents every route in OpenAPI under the payroll tag', async () => {
    const doc = (await t.http().get('/api/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    for (const path of [
      '/api/v1/payroll/runs/{id}/people',
      '/api/v1/payroll/runs/{id}/lines',
      '/api/v1/payroll/runs/{id}/people/{staffId}/statement',
      '/api/v1/payroll/runs/{id}/exports/bank.csv',
      '/api/v1/payroll/runs/{id}/exports/summary.xlsx',
    ]) {
      expect(doc.paths[path]?.get?.tags).toEqual(['payroll']);
    }
  });

  describe('municipality isolation', () => {
    it('hides another municipality’s run on every route', async () => {
      const routes = [
        `/${prizrenRun}/people`,
        `/${prizrenRun}/lines`,
        `/${prizrenRun}/lines?format=csv`,
        `/${prizrenRun}/people/${arber.id}/statement`,
      ];
      for (const path of routes) {
        const res = await get(path, prishtineUser).expect(404);
        expect(res.body.error.code).toBe('PAY_RUN_UNKNOWN');
        expect(res.text).not.toContain('Agim');
      }
      // the routes finance reserves for itself answer 403 before anything is looked up
      for (const path of [`/${prizrenRun}/exports/bank.csv`, `/${prizrenRun}/exports/summary.xlsx`]) {
        await get(path, prishtineUser).expect(403);
      }
      // the owner sees it
      const own = await get(`/${prizrenRun}/lines`, prizrenUser).expect(200);
      expect(own.body.items.map((l: { personName: string }) => l.personName)).toEqual(['Agim Morina']);
    });

    it('hides national runs from municipality users, even their own people in them', async () => {
      for (const path of [
        `/${national}/people`,
        `/${national}/lines`,
        `/${national}/lines?format=csv`,
        `/${national}/people/${evil.id}/statement`,
      ]) {
        expect((await get(path, prishtineUser).expect(404)).body.error.code).toBe('PAY_RUN_UNKNOWN');
      }
      await get(`/${national}/people/${evil.id}/statement`, finance).expect(200);
    });

    it('lets a municipality read lines and statements of its own runs', async () => {
      const res = await get(`/${approved}/lines`, prishtineUser).expect(200);
      expect(res.body.total).toBe(14);
      const csv = await get(`/${approved}/lines?format=csv`, prishtineUser).expect(200);
      expect(parse(csv.text, { bom: true, columns: true })).toHaveLength(14);
      const statement = await get(`/${approved}/people/${besa.id}/statement`, prishtineUser).expect(200);
      expect(statement.body.net).toBe('793.55');
    });

    it('answers 404 for unknown and malformed run ids', async () => {
      expect((await get(`/${randomUUID()}/lines`).expect(404)).body.error.code).toBe('PAY_RUN_UNKNOWN');
      expect((await get(`/${randomUUID()}/exports/bank.csv`).expect(404)).body.error.code).toBe('PAY_RUN_UNKNOWN');
      expect((await get(`/${randomUUID()}/exports/summary.xlsx`).expect(404)).body.error.code).toBe('PAY_RUN_UNKNOWN');
      await get('/not-a-uuid/lines').expect(404);
    });
  });
});
