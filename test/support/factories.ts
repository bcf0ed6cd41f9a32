import { randomBytes, randomInt } from 'node:crypto';
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import { Community, Language, StaffKind, StaffStatus } from '../../src/generated/prisma/enums.js';
import { makeIban } from '../../src/staff/domain/iban.js';
import type { TestDatabase } from './test-db.js';

/**
 * Small factories writing straight to the database with unique values, so that each test
 * arranges exactly the rows it needs and tests never depend on one another.
 */
export const uniq = (): string => randomBytes(4).toString('hex').toUpperCase();

/** Letters only (names may not contain digits), unique per call. */
export const uniqName = (): string => {
  const s = uniq()
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)] as string)
    .toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/** A 10-digit personal number, unique enough for one test database. */
export const nationalId = (): string => String(randomInt(1_000_000_000, 9_999_999_999));

/** A valid Kosovo IBAN (XK + 2 check digits + 16 digits). */
export const kosovoIban = (): string =>
  makeIban('XK', `1212${String(randomInt(0, 999_999)).padStart(6, '0')}${String(randomInt(0, 999_999)).padStart(6, '0')}`);

const day = (s: string): Date => new Date(`${s}T00:00:00.000Z`);

export async function createEa(db: TestDatabase, municipalityCode: string, code = `T-${uniq()}`) {
  const municipalityId = await db.municipalityId(municipalityCode);
  return db.prisma.enumerationArea.create({ data: { code, name: `QR ${code}`, municipalityId } });
}

export interface StaffOverrides {
  readonly kind?: StaffKind;
  readonly fullName?: string;
  readonly nationalId?: string;
  readonly iban?: string | null;
  readonly engagementStart?: string | null;
  readonly engagementEnd?: string | null;
  readonly status?: StaffStatus;
  readonly teamId?: string | null;
}

/** A person; their IBAN (a random Kosovo one unless given) is confirmed bank-account version 1. */
export async function createStaff(db: TestDatabase, municipalityCode: string, o: StaffOverrides = {}) {
  const municipalityId = await db.municipalityId(municipalityCode);
  const iban = o.iban === undefined ? kosovoIban() : o.iban;
  return db.prisma.staffMember.create({
    data: {
      kind: o.kind ?? StaffKind.ENUMERATOR,
      nationalId: o.nationalId ?? nationalId(),
      fullName: o.fullName ?? `Test ${uniqName()}`,
      phone: '+383 44 123 456',
      email: `p-${uniq().toLowerCase()}@example.org`,
      iban,
      ibanVersion: iban === null ? null : 1,
      ...(iban === null
        ? {}
        : { bankAccounts: { create: { version: 1, iban, status: 'CONFIRMED', source: 'seed', decidedAt: new Date() } } }),
      community: Community.ALBANIAN,
      languageOfWork: Language.SQ,
      municipalityId,
      engagementStart: o.engagementStart ? day(o.engagementStart) : null,
      engagementEnd: o.engagementEnd ? day(o.engagementEnd) : null,
      status: o.status ?? StaffStatus.ACTIVE,
      teamId: o.teamId ?? null,
    },
  });
}

export async function createTeam(db: TestDatabase, municipalityCode: string, o: { code?: string; supervisorId?: string | null } = {}) {
  const municipalityId = await db.municipalityId(municipalityCode);
  return db.prisma.supervisorTeam.create({
    data: { code: o.code ?? `TM-${uniq()}`, municipalityId, supervisorId: o.supervisorId ?? null },
  });
}

export async function createAssignment(
  prisma: PrismaClient,
  a: { eaId: string; enumeratorId: string; municipalityId: string; validFrom: string; validTo?: string | null },
) {
  return prisma.eaAssignment.create({
    data: {
      eaId: a.eaId,
      enumeratorId: a.enumeratorId,
      municipalityId: a.municipalityId,
      validFrom: day(a.validFrom),
      validTo: a.validTo ? day(a.validTo) : null,
    },
  });
}

/** Audit events that name this entity id, oldest first. */
export function auditFor(prisma: PrismaClient, entityId: string) {
  return prisma.auditEvent.findMany({ where: { entityIds: { has: entityId } }, orderBy: { id: 'asc' } });
}
