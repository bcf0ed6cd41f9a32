import type { PrismaClient } from '../../generated/prisma/client.js';
import { seedDemoCensus } from '../../census/census.demo.js';
import type { TariffValues } from '../domain/tariff.js';

/**
 * Example values of BRIEF.md, for demos and tests only — never presented as official.
 * Supervisor pay months 15 Oct–14 Nov and 15 Nov–15 Dec 2023; preparatory period 16–30 Oct
 * (training, listing, preliminary work); interviews 1 Nov–15 Dec 2023.
 */
export const EXAMPLE_TARIFF: Omit<TariffValues, 'version'> = {
  supervisorMonthly: '600.00',
  payMonths: [
    { from: '2023-10-15', to: '2023-11-14' },
    { from: '2023-11-15', to: '2023-12-15' },
  ],
  prepAmount: '150.00',
  prepFrom: '2023-10-16',
  prepTo: '2023-10-30',
  interviewFrom: '2023-11-01',
  interviewTo: '2023-12-15',
  rateBuilding: '0.30',
  rateDwelling: '0.50',
  rateHousehold: '1.00',
  rateIndividual: '0.80',
  rateDiaspora: '0.50',
  taxPercent: '0',
};

export const EXAMPLE_TARIFF_NAME = 'Example tariff (BRIEF.md defaults, not official)';
export const EXAMPLE_TARIFF_EFFECTIVE_FROM = '2023-10-01';

const day = (s: string): Date => new Date(`${s}T00:00:00.000Z`);

/**
 * The example tariff of BRIEF.md as version 1 of the demo census, effective 2023-10-01, for demos and tests.
 * Idempotent: when a version 1 exists (example or real) nothing is written.
 */
export async function seedExampleTariff(prisma: PrismaClient): Promise<{ id: string; version: number; created: boolean }> {
  const existing = await prisma.tariff.findUnique({ where: { version: 1 }, select: { id: true, version: true } });
  if (existing) return { ...existing, created: false };
  const t = EXAMPLE_TARIFF;
  const census = await seedDemoCensus(prisma);
  const row = await prisma.tariff.upsert({
    where: { version: 1 },
    update: {},
    create: {
      version: 1,
      censusId: census.id,
      name: EXAMPLE_TARIFF_NAME,
      effectiveFrom: day(EXAMPLE_TARIFF_EFFECTIVE_FROM),
      supervisorMonthly: t.supervisorMonthly,
      payMonths: t.payMonths.map((m) => ({ from: m.from, to: m.to })),
      prepAmount: t.prepAmount,
      prepFrom: day(t.prepFrom),
      prepTo: day(t.prepTo),
      interviewFrom: day(t.interviewFrom),
      interviewTo: day(t.interviewTo),
      rateBuilding: t.rateBuilding,
      rateDwelling: t.rateDwelling,
      rateHousehold: t.rateHousehold,
      rateIndividual: t.rateIndividual,
      rateDiaspora: t.rateDiaspora,
      taxPercent: t.taxPercent,
    },
    select: { id: true, version: true },
  });
  return { ...row, created: true };
}
