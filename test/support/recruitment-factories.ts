import { expect, jest } from '@jest/globals';
import { Clock } from '../../src/recruitment/clock.js';
import { DEMO_CENSUS } from '../../src/census/census.demo.js';
import { nationalId, uniq, uniqName } from './factories.js';
import type { TestApp } from './test-app.js';

/** The app's server clock, pinned by the test (`set`), so deadlines can be tested to the second. */
export function pinClock(t: TestApp, start: string) {
  let now = new Date(start);
  jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(now));
  return {
    set(iso: string | Date) {
      now = new Date(iso);
    },
  };
}

/** The census the test database is seeded with (the letter's calendar, test/support/test-db.ts). */
export const TEST_CENSUS = DEMO_CENSUS.code;

/**
 * A competition of the test census (named explicitly) with its calendar, and a deadline of
 * 3 Oct 2023, 23:59:59 Kosovo time (21:59:59Z) unless `timeline` or `census` say otherwise.
 */
export async function createCompetition(t: TestApp, admin: string, timeline: Record<string, string> = {}, census: string = TEST_CENSUS) {
  const res = await t
    .http()
    .post('/api/v1/recruitment/competitions')
    .set('authorization', admin)
    .send({
      code: `census-${uniq().toLowerCase()}`,
      name: 'Census 2023 field staff',
      census,
      timeline: census === TEST_CENSUS ? { applicationDeadline: '2023-10-03T23:59:59+02:00', ...timeline } : timeline,
    })
    .expect(201);
  return res.body as { id: string; code: string; timeline: Record<string, string> };
}

export interface ApplicantOverrides {
  community?: string;
  languageOfWork?: string;
  fullName?: string;
  nationalId?: string;
  kind?: 'ENUMERATOR' | 'SUPERVISOR';
  dateOfBirth?: string | null;
  documents?: string[];
  email?: string;
  phone?: string;
}

/** An online application entered by ASK (ADMIN). */
export async function applyOnline(t: TestApp, admin: string, competitionId: string, municipalityCode: string, o: ApplicantOverrides = {}) {
  const res = await t
    .http()
    .post('/api/v1/recruitment/applications')
    .set('authorization', admin)
    .send({
      competitionId,
      municipalityCode,
      nationalId: o.nationalId ?? nationalId(),
      fullName: o.fullName ?? `Kandidat ${uniqName()}`,
      phone: o.phone ?? '+383 44 555 666',
      email: o.email ?? `c-${uniq().toLowerCase()}@example.org`,
      community: o.community ?? 'ALBANIAN',
      languageOfWork: o.languageOfWork ?? 'SQ',
      channel: 'ONLINE',
      kind: o.kind ?? 'ENUMERATOR',
      // Old enough by the default age rule (18 at the reference date) unless a test says otherwise.
      dateOfBirth: o.dateOfBirth === undefined ? '1990-05-01' : o.dateOfBirth,
      documents: o.documents ?? [],
    });
  expect(res.status).toBe(201);
  return res.body as { id: string; nationalId: string; fullName: string; phone: string; email: string };
}

export const mun = (competitionId: string, code: string) => `/api/v1/recruitment/competitions/${competitionId}/municipalities/${code}`;

/** ASK's steps of a competition over HTTP, each expected to succeed (200): targets, scores, shortlists. */
async function competitionStep(t: TestApp, token: string, method: 'put' | 'post', path: string, body: object): Promise<void> {
  await t.http()[method](path).set('authorization', token).send(body).expect(200);
}

export const setTargets = (t: TestApp, token: string, competitionId: string, body: { targets: object[] }) =>
  competitionStep(t, token, 'put', `/api/v1/recruitment/competitions/${competitionId}/targets`, body);

export const recordScores = (t: TestApp, token: string, competitionId: string, body: { scores: object[] }) =>
  competitionStep(t, token, 'post', `/api/v1/recruitment/competitions/${competitionId}/scores`, body);

export const sendShortlists = (t: TestApp, token: string, competitionId: string, body: { municipalityCodes: string[] }) =>
  competitionStep(t, token, 'post', `/api/v1/recruitment/competitions/${competitionId}/shortlists`, body);
