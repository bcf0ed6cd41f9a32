import type { PrismaClient } from '../generated/prisma/client.js';
import { Community, Language } from '../generated/prisma/enums.js';
import { LETTER_2023_CALENDAR, seedDemoCensus } from '../census/census.demo.js';
import { DATE_FIELDS } from './domain/timeline.js';

/**
 * Demo recruitment data (invented people): the 2023 competition of the demo census with the letter's calendar,
 * staffing targets for the three demo municipalities, scored online applications for
 * Prishtinë (enough to send its shortlist from the API and walk the whole flow), a paper
 * application in Prizren, and the Prizren demo user designated for paper intake.
 * Idempotent: keyed by competition code and national ids, created only when missing.
 */
const FIRST = ['Albana', 'Blerim', 'Diellza', 'Endrit', 'Fitore', 'Genc', 'Hyrije', 'Kushtrim', 'Lumnije', 'Mentor', 'Njomza', 'Petrit'];
const LAST = ['Ahmeti', 'Bajrami', 'Dervishi', 'Fazliu', 'Gjonbalaj', 'Hajdari'];
const SERBS = ['Ana Stojanović', 'Marko Ilić', 'Nikola Đorđević', 'Ivana Kostić'];

export async function seedDemoRecruitment(prisma: PrismaClient): Promise<void> {
  const dates = Object.fromEntries(DATE_FIELDS.map((f) => [f, new Date(`${LETTER_2023_CALENDAR[f]}T00:00:00.000Z`)]));
  const census = await seedDemoCensus(prisma);
  const c = await prisma.competition.upsert({
    where: { code: 'census-2023' },
    create: {
      code: 'census-2023',
      censusId: census.id,
      name: 'Census 2023: supervisors and enumerators',
      ...dates,
      applicationDeadline: new Date(LETTER_2023_CALENDAR.applicationDeadline),
    } as Parameters<PrismaClient['competition']['create']>[0]['data'],
    update: {},
  });
  const ids = new Map((await prisma.municipality.findMany({ select: { id: true, code: true } })).map((m) => [m.code, m.id]));
  const targets: [string, Community, number, number][] = [
    ['prishtine', Community.ALBANIAN, 2, 6],
    ['prishtine', Community.SERB, 1, 2],
    ['prizren', Community.ALBANIAN, 1, 4],
    ['prizren', Community.TURKISH, 1, 1],
    ['prizren', Community.BOSNIAK, 0, 1],
    ['gracanice', Community.SERB, 1, 3],
    ['gracanice', Community.ALBANIAN, 0, 1],
  ];
  for (const [code, community, supervisors, enumerators] of targets) {
    const municipalityId = ids.get(code);
    if (!municipalityId) continue;
    await prisma.staffingTarget.upsert({
      where: { competitionId_municipalityId_community: { competitionId: c.id, municipalityId, community } },
      create: { competitionId: c.id, municipalityId, community, supervisors, enumerators },
      update: {},
    });
  }

  const admin = await prisma.user.findFirst({ where: { email: 'admin@demo.terren' }, select: { id: true } });
  const prishtine = ids.get('prishtine');
  const prizren = ids.get('prizren');
  if (!admin || !prishtine || !prizren) return;
  const applicants = [
    ...Array.from({ length: 12 }, (_, i) => ({
      fullName: `${FIRST[i]} ${LAST[i % LAST.length]}`,
      community: Community.ALBANIAN,
      languageOfWork: Language.SQ,
    })),
    ...SERBS.map((fullName) => ({ fullName, community: Community.SERB, languageOfWork: Language.SR })),
  ];
  for (const [i, a] of applicants.entries()) {
    const nationalId = `31000000${String(i + 10).padStart(2, '0')}`;
    await prisma.application.upsert({
      where: { competitionId_nationalId: { competitionId: c.id, nationalId } },
      create: {
        ...a,
        competitionId: c.id,
        municipalityId: prishtine,
        nationalId,
        email: `applicant${i + 1}@example.org`,
        channel: 'ONLINE',
        submittedAt: new Date(Date.UTC(2023, 8, 27, 8, 0, 0) + i * 3_600_000),
        submittedById: admin.id,
        score: (95 - i * 2.5).toFixed(2),
      },
      update: {},
    });
  }
  await prisma.application.upsert({
    where: { competitionId_nationalId: { competitionId: c.id, nationalId: '3200000001' } },
    create: {
      competitionId: c.id,
      municipalityId: prizren,
      nationalId: '3200000001',
      fullName: 'Zeynep Kaya',
      community: Community.TURKISH,
      languageOfWork: Language.TR,
      channel: 'PAPER',
      paperFileRef: 'PZ-2023/0001',
      submittedAt: new Date('2023-09-29T09:30:00.000Z'),
      submittedById: admin.id,
    },
    update: {},
  });
  const clerk = await prisma.user.findFirst({ where: { email: 'prizren@demo.terren' }, select: { id: true } });
  const firstMember = await prisma.kkrMember.findFirst({ where: { municipalityId: prizren }, orderBy: { position: 'asc' } });
  if (clerk && firstMember)
    await prisma.paperIntakeClerk.upsert({
      where: { municipalityId_userId: { municipalityId: prizren, userId: clerk.id } },
      create: { municipalityId: prizren, userId: clerk.id, kkrPosition: firstMember.position },
      update: {},
    });
}
