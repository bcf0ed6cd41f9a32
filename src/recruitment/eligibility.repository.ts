import { Injectable } from '@nestjs/common';
import type { Tx } from '../common/prisma/transaction.js';
import { Prisma } from '../generated/prisma/client.js';
import { StaffStatus } from '../generated/prisma/enums.js';

/**
 * The facts the eligibility rules need. National reads on purpose: a municipality entering a
 * paper application must learn that the person is engaged or on a commission elsewhere (as a
 * code naming the municipality, nothing else of the other record).
 */
@Injectable()
export class EligibilityRepository {
  /** The census of a competition: its reference date and settings (null for a competition without one). */
  census(db: Tx, censusId: string | null) {
    if (censusId === null) return Promise.resolve(null);
    return db.census.findUnique({ where: { id: censusId }, select: { referenceDate: true, settings: true } });
  }

  /** Municipality codes where this national id is active staff, other than `exceptMunicipalityId`. */
  async engagedElsewhere(db: Tx, nationalId: string, exceptMunicipalityId: string): Promise<string[]> {
    const rows = await db.staffMember.findMany({
      where: { nationalId, status: StaffStatus.ACTIVE, municipalityId: { not: exceptMunicipalityId } },
      select: { municipality: { select: { code: true } } },
    });
    return rows.map((r) => r.municipality.code);
  }

  /**
   * Commissions the person sits on. KKR members are recorded without a national id (Table 1 of
   * the letter), so a member is recognised by the same e-mail (case-insensitive) or the same
   * phone number (digits only, at least 6).
   */
  async kkrOf(db: Tx, email: string | null, phone: string | null): Promise<string[]> {
    const digits = (phone ?? '').replace(/\D/g, '');
    if (!email && digits.length < 6) return [];
    const rows = await db.$queryRaw<{ code: string }[]>(Prisma.sql`
      SELECT DISTINCT m.code FROM "KkrMember" k JOIN "Municipality" m ON m.id = k."municipalityId"
      WHERE (${email ?? ''} <> '' AND lower(k.email) = lower(${email ?? ''}))
         OR (${digits.length >= 6} AND regexp_replace(coalesce(k.phone, ''), '\\D', '', 'g') = ${digits})`);
    return rows.map((r) => r.code);
  }
}
