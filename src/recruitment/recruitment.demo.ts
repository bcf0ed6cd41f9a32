import type { PrismaClient } from '../generated/prisma/client.js';
import { Community, Language } from '../generated/prisma/enums.js';
import { checkEligibility, eligibilityKey, eligibilitySettings } from './domain/eligibility.js';
import { LETTER_2023_CALENDAR, seedDemoCensus } from '../census/census.demo.js';
import { DATE_FIELDS } from './domain/timeline.js';

/**
 * Demo recruitment data (invented people): the 2023 competition of the demo census with the letter's calendar,
 * staffing targets for the three demo municipalities, scored online applications for
 * Prishtinë (enough to send its shortlist from the API and walk the whole flow), supervisor
 * applicants of Prishtinë for ASK's selection (one too young at the reference date), a paper
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
        dateOfBirth: new Date(Date.UTC(1975 + i, i % 12, 1 + i)),
        documents: ['ID_CARD'],
      },
      update: {},
    });
  }
  // Supervisor applicants of Prishtinë for ASK's selection; eligibility as the API would have checked it (census defaults).
  const rules = eligibilitySettings.parse(eligibilityKey(census.settings));
  const supervisors = [
    { fullName: 'Arbër Krasniqi', community: Community.ALBANIAN, languageOfWork: Language.SQ, born: '1978-03-14', score: '92.50' },
    { fullName: 'Besarta Hoti', community: Community.ALBANIAN, languageOfWork: Language.SQ, born: '1985-07-02', score: '88.75' },
    { fullName: 'Dardan Berisha', community: Community.ALBANIAN, languageOfWork: Language.SQ, born: '1990-11-20', score: '81.00' },
    { fullName: 'Erza Gashi', community: Community.ALBANIAN, languageOfWork: Language.SQ, born: '2006-01-15', score: '95.00' },
    { fullName: 'Milica Jovanović', community: Community.SERB, languageOfWork: Language.SR, born: '1982-05-09', score: '86.25' },
    { fullName: 'Stefan Petrović', community: Community.SERB, languageOfWork: Language.SR, born: '1987-09-30', score: '79.50' },
  ];
  for (const [i, s] of supervisors.entries()) {
    const nationalId = `33000000${String(i + 10).padStart(2, '0')}`;
    const reasons = checkEligibility(rules, census.referenceDate.toISOString().slice(0, 10), {
      dateOfBirth: s.born,
      documents: ['ID_CARD'],
      engagedIn: [],
      kkrOf: [],
    });
    await prisma.application.upsert({
      where: { competitionId_nationalId: { competitionId: c.id, nationalId } },
      create: {
        competitionId: c.id,
        municipalityId: prishtine,
        kind: 'SUPERVISOR',
        nationalId,
        fullName: s.fullName,
        community: s.community,
        languageOfWork: s.languageOfWork,
        email: `supervisor${i + 1}@example.org`,
        channel: 'ONLINE',
        submittedAt: new Date(Date.UTC(2023, 8, 28, 8, 0, 0) + i * 3_600_000),
        submittedById: admin.id,
        score: s.score,
        dateOfBirth: new Date(`${s.born}T00:00:00.000Z`),
        documents: ['ID_CARD'],
        eligible: reasons.length === 0,
        ineligibility: reasons.map((r) => ({ code: r.code, params: { ...r.params } })),
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
