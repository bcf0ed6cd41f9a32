import { createHash } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.js';

/**
 * Demo counts: one version-1 row for every (EA, enumerator) assignment of the demo EAs that
 * has no counts yet, so a demo pay run has something to pay. Values are invented but
 * plausible and deterministic (derived from the EA code); every fifth EA's diaspora list is
 * incomplete, to show that rule. Idempotent: pairs with counts are left alone.
 */
export async function seedDemoCounts(prisma: PrismaClient, eaCodePrefixes: readonly string[]): Promise<number> {
  const assignments = await prisma.eaAssignment.findMany({
    where: { OR: eaCodePrefixes.map((p) => ({ ea: { code: { startsWith: p } } })) },
    select: { eaId: true, enumeratorId: true, municipalityId: true, validFrom: true, ea: { select: { code: true } } },
    orderBy: [{ eaId: 'asc' }, { validFrom: 'asc' }],
  });
  const existing = await prisma.eaCount.findMany({
    where: { eaId: { in: assignments.map((a) => a.eaId) } },
    select: { eaId: true, enumeratorId: true },
  });
  const have = new Set(existing.map((e) => `${e.eaId}|${e.enumeratorId}`));
  const seen = new Set<string>();
  const data = [];
  for (const a of assignments) {
    const key = `${a.eaId}|${a.enumeratorId}`;
    if (have.has(key) || seen.has(key)) continue;
    seen.add(key);
    const h = createHash('sha256').update(`${a.ea.code}|${a.enumeratorId}`).digest();
    const buildings = 60 + ((h[0] as number) % 90);
    const dwellings = buildings + ((h[1] as number) % 40);
    const households = dwellings - ((h[2] as number) % 10);
    const individuals = households * 3 + ((h[3] as number) % 50);
    const n = Number(a.ea.code.replace(/\D/g, '')) || 0;
    data.push({
      eaId: a.eaId,
      enumeratorId: a.enumeratorId,
      municipalityId: a.municipalityId,
      version: 1,
      isCurrent: true,
      buildings,
      dwellings,
      households,
      individuals,
      diasporaPersons: (h[4] as number) % 25,
      diasporaListComplete: n % 5 !== 0,
    });
  }
  if (data.length) await prisma.eaCount.createMany({ data, skipDuplicates: true });
  return data.length;
}
