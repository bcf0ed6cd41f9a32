import type { PrismaClient } from '../generated/prisma/client.js';
import { LETTER_2023_CALENDAR, seedDemoCensus } from '../census/census.demo.js';
import { eventsOfCalendar } from './domain/training-rules.js';

/**
 * Demo training data for `npm start`: the letter's events (KKR per region, supervisors,
 * enumerators), venues with rooms in the three demo municipalities, and Prishtinë region's KKR
 * training hosted in Prishtinë and notified in time. Idempotent (natural keys: event kind +
 * region, venue name + municipality, room name + venue). Names and addresses are invented.
 */
const VENUES: readonly {
  municipality: string;
  name: string;
  kind: 'MUNICIPAL_BUILDING' | 'SCHOOL';
  address: string;
  rooms: readonly { name: string; seats: number; hasProjector: boolean; hasTv: boolean }[];
}[] = [
  {
    municipality: 'prishtine',
    name: 'Kuvendi Komunal i Prishtinës',
    kind: 'MUNICIPAL_BUILDING',
    address: 'Rr. UÇK 2, Prishtinë',
    rooms: [
      { name: 'Salla e Kuvendit', seats: 60, hasProjector: true, hasTv: false },
      { name: 'Salla 12', seats: 30, hasProjector: true, hasTv: false },
    ],
  },
  {
    municipality: 'prishtine',
    name: 'Shkolla fillore "Naim Frashëri"',
    kind: 'SCHOOL',
    address: 'Rr. Agim Ramadani 15, Prishtinë',
    rooms: [{ name: 'Klasa 4', seats: 28, hasProjector: false, hasTv: true }],
  },
  {
    municipality: 'prizren',
    name: 'Shkolla e mesme "Gjon Buzuku"',
    kind: 'SCHOOL',
    address: 'Rr. Remzi Ademaj 3, Prizren',
    rooms: [
      { name: 'Klasa 1', seats: 30, hasProjector: true, hasTv: false },
      { name: 'Klasa 2', seats: 25, hasProjector: false, hasTv: false },
    ],
  },
  {
    municipality: 'gracanice',
    name: 'Opštinska zgrada Gračanica',
    kind: 'MUNICIPAL_BUILDING',
    address: 'Gračanica bb',
    rooms: [{ name: 'Sala 1', seats: 20, hasProjector: true, hasTv: true }],
  },
];

const day = (d: string): Date => new Date(`${d}T00:00:00Z`);

export async function seedTrainingDemo(prisma: PrismaClient): Promise<void> {
  const census = await seedDemoCensus(prisma);
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707106)`;
    const muns = new Map((await tx.municipality.findMany({ select: { id: true, code: true, regionId: true } })).map((m) => [m.code, m]));
    const roomIds = new Map<string, string>();
    for (const v of VENUES) {
      const mun = muns.get(v.municipality);
      if (!mun) continue;
      const venue =
        (await tx.venue.findFirst({ where: { municipalityId: mun.id, name: v.name }, select: { id: true } })) ??
        (await tx.venue.create({ data: { municipalityId: mun.id, name: v.name, kind: v.kind, address: v.address }, select: { id: true } }));
      for (const r of v.rooms) {
        const room =
          (await tx.room.findFirst({ where: { venueId: venue.id, name: r.name }, select: { id: true } })) ??
          (await tx.room.create({ data: { ...r, venueId: venue.id, municipalityId: mun.id }, select: { id: true } }));
        roomIds.set(`${v.municipality}/${r.name}`, room.id);
      }
    }
    const regions = await tx.region.findMany({ select: { id: true, code: true, nameSq: true } });
    const d = eventsOfCalendar(LETTER_2023_CALENDAR);
    for (const r of regions) {
      const exists = await tx.trainingEvent.findFirst({ where: { kind: 'KKR_REGIONAL', regionId: r.id }, select: { id: true } });
      if (exists) continue;
      const host = r.code === 'prishtine' ? (roomIds.get('prishtine/Salla e Kuvendit') ?? null) : null;
      await tx.trainingEvent.create({
        data: {
          censusId: census.id,
          kind: 'KKR_REGIONAL',
          name: null,
          startDate: day(d.kkr.startDate),
          endDate: day(d.kkr.endDate),
          regionId: r.id,
          hostRoomId: host,
          noticeDate: host ? day('2023-10-03') : null,
        },
      });
    }
    for (const e of [d.supervisors, d.enumerators]) {
      const exists = await tx.trainingEvent.findFirst({ where: { kind: e.kind }, select: { id: true } });
      if (!exists)
        await tx.trainingEvent.create({
          data: { censusId: census.id, kind: e.kind, name: null, startDate: day(e.startDate), endDate: day(e.endDate) },
        });
    }
  });
}
