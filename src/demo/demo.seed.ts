import { createHash } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.js';
import { Community, KkrRole, Language, Role, StaffKind } from '../generated/prisma/enums.js';
import { hashPassword, verifyPassword } from '../auth/domain/password.js';
import { assertAcceptablePassword } from '../auth/password-policy.js';
import { makeIban } from '../staff/domain/iban.js';
import { seedExampleTariff } from '../payroll/tariffs/tariff.demo.js';
import { seedDemoCounts } from '../payroll/counts/count.seed.js';
import { seedDemoRecruitment } from '../recruitment/recruitment.demo.js';
import { seedTrainingDemo } from '../training/training.demo.js';
import { seedDemoEquipment } from '../equipment/equipment.demo.js';

/**
 * Demo data set for `npm start` (off in production): three municipalities with EAs,
 * supervisors and enumerators in teams, EA assignments (one handed over mid-census), KKR
 * members, and the demo sign-ins. Deterministic and idempotent: rows are keyed by natural
 * keys and only created when missing, so edits made while demoing survive a restart.
 * People and numbers are invented.
 */
export interface DemoUser {
  readonly email: string;
  readonly role: Role;
  readonly municipalityCode?: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@demo.terren', role: Role.ADMIN },
  { email: 'finance@demo.terren', role: Role.FINANCE },
  { email: 'finance2@demo.terren', role: Role.FINANCE },
  { email: 'logistics@demo.terren', role: Role.LOGISTICS },
  { email: 'prishtine@demo.terren', role: Role.MUNICIPALITY, municipalityCode: 'prishtine' },
  { email: 'prizren@demo.terren', role: Role.MUNICIPALITY, municipalityCode: 'prizren' },
];

export interface DemoSummary {
  readonly municipalities: readonly string[];
  readonly eas: number;
  readonly staff: number;
  readonly assignments: number;
}

interface DemoMunicipality {
  readonly code: string;
  readonly eaPrefix: string;
  readonly idPrefix: string;
  readonly names: readonly { readonly name: string; readonly community: Community; readonly language: Language }[];
}

const A = Community.ALBANIAN;
const S = Community.SERB;
const T = Community.TURKISH;
const B = Community.BOSNIAK;

const MUNICIPALITIES: readonly DemoMunicipality[] = [
  {
    code: 'prishtine',
    eaPrefix: 'PR',
    idPrefix: '11',
    names: [
      { name: 'Arbër Krasniqi', community: A, language: Language.SQ },
      { name: 'Besa Gashi', community: A, language: Language.SQ },
      { name: 'Dritë Berisha', community: A, language: Language.SQ },
      { name: 'Egzon Hoxha', community: A, language: Language.SQ },
      { name: 'Fjollë Shala', community: A, language: Language.SQ },
      { name: 'Gëzim Morina', community: A, language: Language.SQ },
      { name: 'Çlirim Bytyçi', community: A, language: Language.SQ },
      { name: 'Jelena Petrović', community: S, language: Language.SR },
      { name: 'Милош Јовановић', community: S, language: Language.SR },
      { name: 'Liridona Rexhepi', community: A, language: Language.SQ },
      { name: 'Valon Zeqiri', community: A, language: Language.SQ },
    ],
  },
  {
    code: 'prizren',
    eaPrefix: 'PZ',
    idPrefix: '12',
    names: [
      { name: 'Ardita Kryeziu', community: A, language: Language.SQ },
      { name: 'Burak Yıldız', community: T, language: Language.TR },
      { name: 'Emina Hodžić', community: B, language: Language.BS },
      { name: 'Flamur Thaçi', community: A, language: Language.SQ },
      { name: 'Hana Gashi', community: A, language: Language.SQ },
      { name: 'Ilir Kabashi', community: A, language: Language.SQ },
      { name: 'Jetmira Dreshaj', community: A, language: Language.SQ },
      { name: 'Kenan Šabani', community: B, language: Language.BS },
      { name: 'Lulzim Berisha', community: A, language: Language.SQ },
      { name: 'Merve Çelik', community: T, language: Language.TR },
      { name: 'Nexhmije Sopi', community: A, language: Language.SQ },
    ],
  },
  {
    code: 'gracanice',
    eaPrefix: 'GR',
    idPrefix: '13',
    names: [
      { name: 'Dragan Stojanović', community: S, language: Language.SR },
      { name: 'Ивана Милић', community: S, language: Language.SR },
      { name: 'Marko Đorđević', community: S, language: Language.SR },
      { name: 'Nataša Živković', community: S, language: Language.SR },
      { name: 'Stefan Ćirić', community: S, language: Language.SR },
      { name: 'Ardian Ahmeti', community: A, language: Language.SQ },
      { name: 'Milica Čolić', community: S, language: Language.SR },
    ],
  },
];

const KKR: readonly { role: KkrRole; job: string; municipalStaff: boolean; contact: boolean }[] = [
  { role: KkrRole.CHAIR, job: 'Kryetar i komunës / Mayor', municipalStaff: true, contact: false },
  { role: KkrRole.DEPUTY_CHAIR, job: 'Drejtor i administratës / Director of administration', municipalStaff: true, contact: true },
  { role: KkrRole.SECRETARY, job: 'Zyrtar për statistika / Statistics officer', municipalStaff: true, contact: true },
  { role: KkrRole.MEMBER, job: 'Drejtor i arsimit / Director of education', municipalStaff: true, contact: false },
  { role: KkrRole.MEMBER, job: 'Përfaqësues i komuniteteve / Communities representative', municipalStaff: false, contact: false },
];

const KKR_NAMES = ['Agim Bajrami', 'Shpresa Kelmendi', 'Driton Hasani', 'Mimoza Osmani', 'Nenad Ristić'];

// Field work period of the letter; engagement mid-October to mid-December 2023.
const ENGAGEMENT_START = new Date('2023-10-15T00:00:00Z');
const ENGAGEMENT_END = new Date('2023-12-15T00:00:00Z');
const FIELD_START = new Date('2023-11-01T00:00:00Z');

/** 10-digit personal number, deterministic per municipality and index. */
const nationalId = (prefix: string, i: number): string => `${prefix}${String(10_000_000 + i * 7919).slice(-8)}`;
const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z ]/g, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, '.');
const accountNumber = (id: string): string =>
  BigInt(`0x${createHash('sha256').update(id).digest('hex').slice(0, 12)}`)
    .toString()
    .padStart(16, '0')
    .slice(-16);

export async function seedDemo(prisma: PrismaClient, password: string): Promise<DemoSummary> {
  const municipalities = new Map((await prisma.municipality.findMany({ select: { id: true, code: true } })).map((m) => [m.code, m.id]));
  let eaCount = 0;
  let staffCount = 0;
  let assignmentCount = 0;

  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707103)`;
      for (const dm of MUNICIPALITIES) {
        const municipalityId = municipalities.get(dm.code);
        if (!municipalityId) throw new Error(`demo municipality ${dm.code} is not seeded`);
        const eaTotal = dm.names.length * 2;
        const eaIds: string[] = [];
        for (let i = 1; i <= eaTotal; i++) {
          const code = `${dm.eaPrefix}-${String(i).padStart(4, '0')}`;
          const ea = await tx.enumerationArea.upsert({
            where: { code },
            create: { code, name: `QR ${code}`, municipalityId },
            update: {},
            select: { id: true },
          });
          eaIds.push(ea.id);
        }
        eaCount += eaTotal;

        // First two people supervise, the rest enumerate, in two teams.
        const people = [];
        for (const [i, p] of dm.names.entries()) {
          const id = nationalId(dm.idPrefix, i + 1);
          const kind = i < 2 ? StaffKind.SUPERVISOR : StaffKind.ENUMERATOR;
          // The last enumerator of each municipality has no IBAN yet, as happens in the field.
          const iban = i === dm.names.length - 1 ? null : makeIban('XK', `1${dm.idPrefix.slice(1)}01${accountNumber(id).slice(-12)}`);
          const row = await tx.staffMember.upsert({
            where: { nationalId: id },
            create: {
              nationalId: id,
              kind,
              fullName: p.name,
              phone: `+383 44 ${String(100_000 + i * 1_337).slice(-6)}`,
              email: `${ascii(p.name) || `staff${i}`}@example.org`,
              // Demo bank details arrive as confirmed version 1, as the migration treats stored IBANs.
              iban,
              ibanVersion: iban === null ? null : 1,
              ...(iban === null
                ? {}
                : { bankAccounts: { create: { version: 1, iban, status: 'CONFIRMED', source: 'seed', decidedAt: new Date() } } }),
              community: p.community,
              languageOfWork: p.language,
              municipalityId,
              engagementStart: ENGAGEMENT_START,
              engagementEnd: ENGAGEMENT_END,
            },
            update: {},
            select: { id: true, kind: true },
          });
          people.push(row);
        }
        staffCount += people.length;
        const supervisors = people.filter((p) => p.kind === StaffKind.SUPERVISOR);
        const enumerators = people.filter((p) => p.kind === StaffKind.ENUMERATOR);
        const teamIds: string[] = [];
        for (const [t, sup] of supervisors.entries()) {
          const code = `${dm.eaPrefix}-T${t + 1}`;
          const team = await tx.supervisorTeam.upsert({
            where: { code },
            create: { code, municipalityId, supervisorId: sup.id },
            update: {},
            select: { id: true },
          });
          teamIds.push(team.id);
        }
        for (const [i, e] of enumerators.entries()) {
          await tx.staffMember.updateMany({ where: { id: e.id, teamId: null }, data: { teamId: teamIds[i % teamIds.length] } });
        }
        // Each enumerator works two EAs. The first EA is handed over on 20 Nov from the
        // first enumerator to the second, to show assignment history.
        for (const [i, e] of enumerators.entries()) {
          for (const k of [0, 1]) {
            const eaId = eaIds[i * 2 + k] as string;
            const handedOver = i === 0 && k === 0;
            const validTo = handedOver ? new Date('2023-11-19T00:00:00Z') : ENGAGEMENT_END;
            const exists = await tx.eaAssignment.findUnique({
              where: { eaId_enumeratorId_validFrom: { eaId, enumeratorId: e.id, validFrom: FIELD_START } },
              select: { id: true },
            });
            if (!exists)
              await tx.eaAssignment.create({ data: { eaId, enumeratorId: e.id, municipalityId, validFrom: FIELD_START, validTo } });
            assignmentCount += 1;
          }
        }
        const second = enumerators[1];
        if (second) {
          const eaId = eaIds[0] as string;
          const validFrom = new Date('2023-11-20T00:00:00Z');
          const exists = await tx.eaAssignment.findUnique({
            where: { eaId_enumeratorId_validFrom: { eaId, enumeratorId: second.id, validFrom } },
            select: { id: true },
          });
          if (!exists)
            await tx.eaAssignment.create({ data: { eaId, enumeratorId: second.id, municipalityId, validFrom, validTo: ENGAGEMENT_END } });
          assignmentCount += 1;
        }

        for (const [i, k] of KKR.entries()) {
          const position = i + 1;
          const name = KKR_NAMES[i] as string;
          await tx.kkrMember.upsert({
            where: { municipalityId_position: { municipalityId, position } },
            create: {
              municipalityId,
              position,
              fullName: name,
              currentJob: k.job,
              kkrRole: k.role,
              isMunicipalStaff: k.municipalStaff,
              isContactPerson: k.contact,
              phone: `+383 38 ${String(200_000 + position * 111).slice(-6)}`,
              email: `${ascii(name)}@${dm.code}.example.org`,
            },
            update: {},
          });
        }
      }
    },
    { timeout: 60_000 },
  );

  // Payroll: the example tariff (version 1) and counts for every demo assignment.
  await seedExampleTariff(prisma);
  await seedDemoCounts(
    prisma,
    MUNICIPALITIES.map((m) => `${m.eaPrefix}-`),
  );
  await seedDemoEquipment(prisma, MUNICIPALITIES);

  await seedTrainingDemo(prisma);

  await assertAcceptablePassword(password, { field: 'DEMO_PASSWORD' });
  let hashed: Promise<string> | null = null;
  const hash = (): Promise<string> => (hashed ??= hashPassword(password));
  // The demo users share one hash: verify each distinct stored hash once (scrypt is deliberately slow).
  const verified = new Map<string, Promise<boolean>>();
  const matches = (stored: string): Promise<boolean> => {
    let ok = verified.get(stored);
    if (!ok) verified.set(stored, (ok = verifyPassword(password, stored)));
    return ok;
  };
  for (const u of DEMO_USERS) {
    const municipalityId = u.municipalityCode ? (municipalities.get(u.municipalityCode) ?? null) : null;
    const existing = await prisma.user.findUnique({ where: { email: u.email }, select: { id: true, passwordHash: true } });
    if (!existing) {
      await prisma.user.create({ data: { email: u.email, passwordHash: await hash(), role: u.role, municipalityId } });
    } else if (!(await matches(existing.passwordHash))) {
      // DEMO_PASSWORD changed since the last start: the printed sign-ins must work, the old tokens not.
      await prisma.user.update({ where: { id: existing.id }, data: { passwordHash: await hash(), tokenVersion: { increment: 1 } } });
    }
  }
  await seedDemoRecruitment(prisma);
  return { municipalities: MUNICIPALITIES.map((m) => m.code), eas: eaCount, staff: staffCount, assignments: assignmentCount };
}
