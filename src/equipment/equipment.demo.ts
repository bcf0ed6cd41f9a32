import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { ItemStatus } from '../generated/prisma/enums.js';
import { planDistribution } from './domain/distribution-planner.js';
import { DEFAULT_KITS, DEFAULT_SPARE_PERCENT, DEFAULT_TYPE_NAMES, sparesFor } from './domain/kits.js';
import { LETTER_2023_CALENDAR, seedDemoCensus } from '../census/census.demo.js';

/** Demo deliveries arrive on the first day of supervisor training of the demo census. */
const DEFAULT_DELIVERY_DATE = LETTER_2023_CALENDAR.supervisorTrainingFrom;

const day = (s: string): Date => new Date(`${s}T00:00:00.000Z`);

/** Illustrative charge-back amounts (cents), not official: lost / damaged per item type. */
const DEMO_RATES: Readonly<Record<string, readonly [number, number]>> = {
  TABLET: [25000, 8000],
  LAPTOP: [60000, 15000],
  BAG: [2000, 500],
  POWER_BANK: [3000, 1000],
};

/**
 * Demo equipment (idempotent, keyed by natural keys): the four standard item types, an
 * illustrative charge-back tariff, one storage room per demo municipality, items delivered on
 * 2023-10-09 for every active person's kit plus 10 % spares (Prizren gets 2 tablets fewer, so
 * its plan shows a missing list), and version 1 of each municipality's distribution plan.
 * Nothing is handed out, so demo pay runs carry no charge-backs. Only the demo's own people
 * are equipped, so data added to those municipalities by other means is left alone.
 */
export async function seedDemoEquipment(
  prisma: PrismaClient,
  municipalities: readonly { readonly code: string; readonly idPrefix: string }[],
): Promise<void> {
  const census = await seedDemoCensus(prisma);
  const types = new Map<string, string>();
  for (const [code, name] of Object.entries(DEFAULT_TYPE_NAMES)) {
    const t = await prisma.itemType.upsert({ where: { code }, create: { code, name }, update: {}, select: { id: true } });
    types.set(code, t.id);
  }
  if ((await prisma.chargebackTariff.count()) === 0) {
    await prisma.chargebackTariff.create({
      data: {
        version: 1,
        name: 'demo charge-backs (illustrative, not official)',
        effectiveFrom: day('2023-10-01'),
        rates: {
          create: Object.entries(DEMO_RATES).map(([code, [lost, damaged]]) => ({
            typeId: types.get(code) ?? '',
            lostCents: BigInt(lost),
            damagedCents: BigInt(damaged),
          })),
        },
      },
    });
  }
  for (const { code, idPrefix } of municipalities) {
    const m = await prisma.municipality.findUnique({ where: { code }, select: { id: true, nameSq: true } });
    if (!m) continue;
    const room = await prisma.storageRoom.upsert({
      where: { municipalityId_name: { municipalityId: m.id, name: 'Census store, municipal building' } },
      create: { municipalityId: m.id, name: 'Census store, municipal building', address: `Municipal building, ${m.nameSq}` },
      update: {},
      select: { id: true },
    });
    const people = await prisma.staffMember.findMany({
      // Only the demo's own people (their national ids carry the demo prefix).
      where: { municipalityId: m.id, status: 'ACTIVE', nationalId: { startsWith: idPrefix } },
      select: { id: true, fullName: true, kind: true },
    });
    if ((await prisma.delivery.count({ where: { municipalityId: m.id } })) === 0) {
      const need = new Map<string, number>();
      for (const p of people) for (const l of DEFAULT_KITS[p.kind]) need.set(l.typeCode, (need.get(l.typeCode) ?? 0) + l.quantity);
      const rows: Prisma.ItemCreateManyInput[] = [];
      for (const [typeCode, n] of need) {
        let count = n + sparesFor(n, DEFAULT_SPARE_PERCENT);
        if (code === 'prizren' && typeCode === 'TABLET') count -= 2;
        for (let i = 1; i <= count; i++) {
          rows.push({
            typeId: types.get(typeCode) ?? '',
            serial: `${code.toUpperCase()}-${typeCode.slice(0, 2)}-${String(i).padStart(4, '0')}`,
            status: ItemStatus.IN_STORAGE,
            municipalityId: m.id,
            storageRoomId: room.id,
            statusDate: day(DEFAULT_DELIVERY_DATE),
          });
        }
      }
      const d = await prisma.delivery.create({
        data: {
          censusId: census.id,
          municipalityId: m.id,
          deliveredOn: day(DEFAULT_DELIVERY_DATE),
          storageRoomId: room.id,
          note: 'demo delivery',
        },
      });
      await prisma.item.createMany({ data: rows.map((r) => ({ ...r, deliveryId: d.id })), skipDuplicates: true });
    }
    if ((await prisma.distributionPlan.count({ where: { municipalityId: m.id } })) === 0) {
      const stock = await prisma.item.findMany({
        where: { municipalityId: m.id, status: { in: [ItemStatus.IN_STORAGE, ItemStatus.RETURNED] } },
        select: { serial: true, type: { select: { code: true } } },
      });
      const plan = planDistribution({
        people: people.map((p) => ({ staffId: p.id, fullName: p.fullName, role: p.kind })),
        kits: DEFAULT_KITS,
        typeNames: DEFAULT_TYPE_NAMES,
        available: stock.map((s) => ({ serial: s.serial, typeCode: s.type.code })),
        held: [],
        sparePercent: DEFAULT_SPARE_PERCENT,
        sessions: new Map(),
      });
      const json = (v: unknown) => v as Prisma.InputJsonValue;
      await prisma.distributionPlan.create({
        data: {
          municipalityId: m.id,
          version: 1,
          storageRoomId: room.id,
          sparePercent: DEFAULT_SPARE_PERCENT,
          lines: json(plan.lines),
          spares: json(plan.spares),
          needs: json(plan.needs),
          missing: json(plan.missing),
        },
      });
    }
  }
}
