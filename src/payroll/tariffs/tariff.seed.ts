import type { PrismaClient } from '../../generated/prisma/client.js';
import { EXAMPLE_TARIFF } from '../domain/tariff.js';

export const EXAMPLE_TARIFF_NAME = 'Example tariff (BRIEF.md defaults, not official)';
export const EXAMPLE_TARIFF_EFFECTIVE_FROM = '2023-10-01';

const day = (s: string): Date => new Date(`${s}T00:00:00.000Z`);

/**
 * The example tariff of BRIEF.md as version 1, effective 2023-10-01, for demos and tests.
 * Idempotent: when a version 1 exists (example or real) nothing is written.
 */
export async function seedExampleTariff(prisma: PrismaClient): Promise<{ id: string; version: number; created: boolean }> {
  const existing = await prisma.tariff.findUnique({ where: { version: 1 }, select: { id: true, version: true } });
  if (existing) return { ...existing, created: false };
  const t = EXAMPLE_TARIFF;
  const row = await prisma.tariff.upsert({
    where: { version: 1 },
    update: {},
    create: {
      version: 1,
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
