import type { TestDatabase } from './test-db.js';
import type { TestApp } from './test-app.js';
import { createAssignment, createEa, createStaff, type StaffOverrides } from './factories.js';
import { seedExampleTariff } from '../../src/payroll/tariffs/tariff.demo.js';
import { EXAMPLE_TARIFF } from '../../src/payroll/tariffs/tariff.demo.js';

/**
 * Payroll factories. The example tariff (BRIEF.md values, version 1, effective 2023-10-01,
 * interviews 1 Nov–15 Dec 2023) is what the counts import checks assignments against.
 */
export function createExampleTariff(db: TestDatabase) {
  return seedExampleTariff(db.prisma);
}

/** A tariff version with the example values and these changes (the next version number). */
export async function createTariff(db: TestDatabase, o: Partial<typeof EXAMPLE_TARIFF> & { effectiveFrom?: string; name?: string } = {}) {
  const { effectiveFrom = '2024-01-01', name = 'Test tariff', ...values } = o;
  const v = { ...EXAMPLE_TARIFF, ...values };
  const max = await db.prisma.tariff.aggregate({ _max: { version: true } });
  const day = (s: string) => new Date(`${s}T00:00:00.000Z`);
  return db.prisma.tariff.create({
    data: {
      version: (max._max.version ?? 0) + 1,
      name,
      effectiveFrom: day(effectiveFrom),
      supervisorMonthly: v.supervisorMonthly,
      payMonths: v.payMonths.map((m) => ({ from: m.from, to: m.to })),
      prepAmount: v.prepAmount,
      prepFrom: day(v.prepFrom),
      prepTo: day(v.prepTo),
      interviewFrom: day(v.interviewFrom),
      interviewTo: day(v.interviewTo),
      rateBuilding: v.rateBuilding,
      rateDwelling: v.rateDwelling,
      rateHousehold: v.rateHousehold,
      rateIndividual: v.rateIndividual,
      rateDiaspora: v.rateDiaspora,
      taxPercent: v.taxPercent,
    },
  });
}

export interface AssignedEnumerator {
  readonly eaId: string;
  readonly eaCode: string;
  readonly enumeratorId: string;
  readonly nationalId: string;
  readonly municipalityId: string;
  readonly assignmentId: string;
}

/** An EA, an enumerator of the same municipality and an assignment (default: the whole interview period). */
export async function createAssignedEnumerator(
  db: TestDatabase,
  municipalityCode: string,
  o: { validFrom?: string; validTo?: string | null; staff?: StaffOverrides } = {},
): Promise<AssignedEnumerator> {
  const ea = await createEa(db, municipalityCode);
  const enumerator = await createStaff(db, municipalityCode, {
    engagementStart: '2023-10-15',
    engagementEnd: '2023-12-15',
    ...o.staff,
  });
  const assignment = await createAssignment(db.prisma, {
    eaId: ea.id,
    enumeratorId: enumerator.id,
    municipalityId: ea.municipalityId,
    validFrom: o.validFrom ?? '2023-11-01',
    validTo: o.validTo === undefined ? '2023-12-15' : o.validTo,
  });
  return {
    eaId: ea.id,
    eaCode: ea.code,
    enumeratorId: enumerator.id,
    nationalId: enumerator.nationalId,
    municipalityId: ea.municipalityId,
    assignmentId: assignment.id,
  };
}

/**
 * Create a pay run over HTTP (`POST /payroll/runs` with `body`) and wait until the in-process
 * worker has computed it; a FAILED run throws its reason. Returns the run id.
 */
export async function computeRunOverHttp(
  t: Pick<TestApp, 'http'>,
  token: string,
  body: { municipalityCode?: string; tariffVersion?: number; census?: string },
): Promise<string> {
  const created = await t.http().post('/api/v1/payroll/runs').set('authorization', token).send(body).expect(202);
  const id = (created.body as { id: string }).id;
  for (let i = 0; i < 600; i++) {
    const res = await t.http().get(`/api/v1/payroll/runs/${id}`).set('authorization', token).expect(200);
    const run = res.body as { status: string; failedReason?: string };
    if (run.status === 'COMPUTED') return id;
    if (run.status === 'FAILED') throw new Error(`pay run ${id} failed: ${run.failedReason ?? '?'}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`pay run ${id} was not computed within 60 s`);
}
