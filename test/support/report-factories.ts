import type { PrismaClient } from '../../src/generated/prisma/client.js';
import { StaffKind } from '../../src/generated/prisma/enums.js';
import { createEa, createStaff } from './factories.js';
import type { TestDatabase } from './test-db.js';

export interface PaidPerson {
  readonly municipalityCode: string;
  readonly fullName: string;
  readonly kind?: StaffKind;
}

/**
 * An approved pay run (national, or of one municipality) paying each person two lines: the preparatory amount
 * (150.00 × 15/15 days) and 1,234 individuals × 0.80 = 987.20 in an EA of their municipality;
 * gross = net = 1,137.20 each.
 */
export async function createPaidRun(
  db: TestDatabase,
  tariff: { id: string; version: number },
  people: readonly PaidPerson[],
  o: { runMunicipalityCode?: string } = {},
) {
  const p: PrismaClient = db.prisma;
  const run = await p.payRun.create({
    data: {
      kind: 'REGULAR',
      status: 'APPROVED',
      municipalityId: o.runMunicipalityCode ? await db.municipalityId(o.runMunicipalityCode) : null,
      tariffId: tariff.id,
      createdById: '00000000-0000-4000-8000-000000000001',
      computedAt: new Date(),
      approvedById: '00000000-0000-4000-8000-000000000002',
      approvedAt: new Date(),
      peopleCount: people.length,
      grossCents: 113_720n * BigInt(people.length),
      netCents: 113_720n * BigInt(people.length),
    },
  });
  const staff = [];
  for (const person of people) {
    const s = await createStaff(db, person.municipalityCode, { fullName: person.fullName, kind: person.kind ?? StaffKind.ENUMERATOR });
    const ea = await createEa(db, person.municipalityCode);
    await p.payPerson.create({
      data: {
        runId: run.id,
        staffId: s.id,
        municipalityId: s.municipalityId,
        kind: s.kind,
        status: 'PAYABLE',
        grossCents: 113_720n,
        deductionsCents: 0n,
        netCents: 113_720n,
        fullName: s.fullName,
        iban: s.iban,
      },
    });
    await p.payLine.createMany({
      data: [
        {
          runId: run.id,
          staffId: s.id,
          municipalityId: s.municipalityId,
          lineType: 'PREPARATORY',
          periodFrom: new Date('2023-10-16T00:00:00Z'),
          periodTo: new Date('2023-10-30T00:00:00Z'),
          quantity: 15,
          basis: 15,
          rate: '150.0000',
          amountCents: 15_000n,
          tariffVersion: tariff.version,
        },
        {
          runId: run.id,
          staffId: s.id,
          municipalityId: s.municipalityId,
          lineType: 'PIECE',
          eaId: ea.id,
          unit: 'INDIVIDUAL',
          quantity: 1234,
          rate: '0.8000',
          amountCents: 98_720n,
          tariffVersion: tariff.version,
          periodFrom: new Date('2023-11-01T00:00:00Z'),
          periodTo: new Date('2023-12-15T00:00:00Z'),
        },
      ],
    });
    staff.push({ ...s, eaCode: ea.code });
  }
  return { run, staff };
}
