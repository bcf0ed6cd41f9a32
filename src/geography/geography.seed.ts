import type { PrismaClient } from '../generated/prisma/client.js';
import { defaultDocumentLocales, KOSOVO_REGIONS, type RegionDef } from './domain/kosovo-geography.js';

/**
 * Idempotent: upserts by code, so running it on every start (and twice at once) is safe and
 * leaves ids stable. Names are corrected if the table above changes.
 */
export async function seedGeography(
  prisma: PrismaClient,
  regions: readonly RegionDef[] = KOSOVO_REGIONS,
): Promise<{ regions: number; municipalities: number }> {
  let order = 0;
  let municipalities = 0;
  await prisma.$transaction(
    async (tx) => {
      // Serialise concurrent seeders (several replicas starting together).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707102)`;
      for (const [ri, r] of regions.entries()) {
        const region = await tx.region.upsert({
          where: { code: r.code },
          create: { code: r.code, nameSq: r.nameSq, nameSr: r.nameSr, sortOrder: ri + 1 },
          update: { nameSq: r.nameSq, nameSr: r.nameSr, sortOrder: ri + 1 },
          select: { id: true },
        });
        for (const mun of r.municipalities) {
          order += 1;
          municipalities += 1;
          await tx.municipality.upsert({
            where: { code: mun.code },
            // document languages are set once: an ADMIN's later choice is kept
            create: {
              code: mun.code,
              nameSq: mun.nameSq,
              nameSr: mun.nameSr,
              sortOrder: order,
              regionId: region.id,
              documentLocales: defaultDocumentLocales(mun.code),
            },
            update: { nameSq: mun.nameSq, nameSr: mun.nameSr, sortOrder: order, regionId: region.id },
          });
        }
      }
      // 45 small upserts: Prisma's default 5 s expired on a machine busy with other work.
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  return { regions: regions.length, municipalities };
}
