import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { Role } from '../../src/generated/prisma/enums.js';
import type { MunicipalResourceKind } from '../../src/common/http/resource.js';
import { listRoutes, routeKey, type RouteInfo } from '../support/routes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { makeIban } from '../../src/staff/domain/iban.js';
import { ContractScanStore } from '../../src/contracts/contract-scan.store.js';
import { EXAMPLE_TARIFF } from '../../src/payroll/tariffs/tariff.demo.js';

/**
 * Security properties checked over the application's own route list, so a route added later
 * is covered without anyone remembering to add it here:
 *  - only health, docs and sign-in (login, and refresh/logout by the refresh cookie) are public; every other route answers 401 without a token;
 *  - every route declares whose data it serves (@MunicipalResource / @NationalResource);
 *  - a municipality user gets 404 (or 403 where the role may not act at all) for every
 *    municipal route aimed at another municipality's object, sees nothing of it in lists,
 *    and changes nothing.
 */

// Sign-in: the password, and the refresh cookie that sign-in sets (its own proof; tested in
// sign-in-sessions.spec.ts) to renew or end it.
const PUBLIC_ROUTES = new Set(['GET /health', 'POST /api/v1/auth/login', 'POST /api/v1/auth/refresh', 'POST /api/v1/auth/logout']);

/**
 * Valid bodies for write routes that take an id, so the request reaches the repository (an
 * invalid body would be refused with 400 before scoping is exercised). A new write route
 * must add its body here: the test fails until it does.
 */
const SAMPLE_BODIES: Readonly<Record<string, (f: Fixture) => unknown>> = {
  'PATCH /api/v1/eas/:id': () => ({ name: 'renamed by another municipality' }),
  'DELETE /api/v1/eas/:id': () => undefined,
  // An import names rows, not an id: a row of another municipality is a row error (422).
  'POST /api/v1/imports/:kind': (f) => [{ ea_code: f.eaCode, municipality_code: 'prizren', name: 'moved by another municipality' }],
  'PATCH /api/v1/users/:id': () => ({ active: false }),
  'PATCH /api/v1/staff/:id': () => ({ phone: '+383 44 999 999' }),
  'POST /api/v1/staff/:id/bank-accounts': () => ({ iban: makeIban('XK', '1212000000000015') }),
  'POST /api/v1/bank-account-changes/:id/confirm': () => undefined,
  'POST /api/v1/bank-account-changes/:id/reject': () => undefined,
  'DELETE /api/v1/staff/:id': () => undefined,
  'PATCH /api/v1/teams/:id': (f) => ({ removeMemberIds: [f.enumeratorId] }),
  'DELETE /api/v1/teams/:id': () => undefined,
  'POST /api/v1/assignments/:id/transfer': (f) => ({ toEnumeratorId: f.enumerator2Id, cutoverDate: '2023-11-20' }),
  'DELETE /api/v1/assignments/:id': () => undefined,
  'POST /api/v1/payroll/runs/:id/approve': () => undefined,
  'POST /api/v1/payroll/runs/:id/recompute': () => undefined,
  // closed to the MUNICIPALITY role: 403 before any lookup
  'POST /api/v1/fieldwork/flags/:id/accept': () => ({ reason: 'accepted by another municipality' }),
  'PATCH /api/v1/equipment/items/:id': () => ({ status: 'LOST' }),
  'DELETE /api/v1/equipment/items/:id': () => undefined,
  'POST /api/v1/equipment/municipalities/:code/storage-rooms': () => ({ name: 'Room of another municipality' }),
  'PUT /api/v1/equipment/municipalities/:code/equipment-settings': () => ({ sparePercent: 50 }),
  'POST /api/v1/equipment/municipalities/:code/distribution-plans': () => ({}),
  'POST /api/v1/equipment/staff/:id/kit/handover': (f) => ({ serials: [f.itemSerial], signedBy: 'Someone Else' }),
  'POST /api/v1/equipment/staff/:id/kit/return': (f) => ({
    items: [{ serial: f.itemSerial, condition: 'LOST' }],
    signedBy: 'Someone Else',
  }),
  'PATCH /api/v1/training/venues/:id': () => ({ name: 'renamed by another municipality' }),
  'DELETE /api/v1/training/venues/:id': () => undefined,
  'POST /api/v1/training/venues/:id/rooms': () => ({ name: 'Intruder room', seats: 30 }),
  'PATCH /api/v1/training/rooms/:id': () => ({ seats: 5 }),
  'DELETE /api/v1/training/rooms/:id': () => undefined,
  'POST /api/v1/training/plans/:id/publish': () => undefined,
  'POST /api/v1/training/plans/:id/replan': () => undefined,
  'POST /api/v1/training/plans/:id/invitations': () => ({ channels: ['EMAIL'] }),
  'PUT /api/v1/training/plans/:id/attendance': (f) => ({ records: [{ traineeId: f.enumeratorId, day: '2023-10-16', present: false }] }),
  'POST /api/v1/training/plans/:id/attendance/import': (f) => [{ person: f.enumeratorId, day: '2023-10-16', present: 'no' }],
  'PUT /api/v1/training/rooms/:id/address': () => ({ floor: '9', directions: 'through another municipality' }),
  'POST /api/v1/municipalities/:code/kkr-members/confirm': () => undefined,
  'PUT /api/v1/municipalities/:code/paper-intake-clerks': (f) => ({ userId: f.prishtineUserId, kkrPosition: 1 }),
  'POST /api/v1/recruitment/competitions/:id/municipalities/:code/final-list': (f) => ({
    selections: [{ applicationId: f.applicationId, reason: null }],
  }),
  'POST /api/v1/recruitment/competitions/:id/municipalities/:code/publication': () => undefined,
  'POST /api/v1/recruitment/competitions/:id/municipalities/:code/final-list/start': () => undefined,
  'POST /api/v1/recruitment/competitions/:id/municipalities/:code/shortlist/reopen': () => ({ reason: 'reopened by another municipality' }),
  'POST /api/v1/recruitment/competitions/:id/municipalities/:code/replacements': (f) => ({
    leaverStaffId: f.enumeratorId,
    leavingDate: '2023-11-20',
    reason: 'moved abroad',
  }),
  'POST /api/v1/recruitment/competitions/:id/municipalities/:code/replacements/:replacementId/accept': () => ({}),
  'POST /api/v1/recruitment/competitions/:id/municipalities/:code/replacements/:replacementId/decline': () => undefined,
  'POST /api/v1/contracts/:id/sent': () => undefined,
  'POST /api/v1/contracts/:id/signature': () => ({ signedOn: '2023-10-10', signedBy: 'Someone Else', paperReference: 'INTRUDER-1' }),
  // closed to the MUNICIPALITY role: 403 before any lookup
  'POST /api/v1/contracts/:id/end': () => ({ leavingDate: '2023-11-20' }),
  'POST /api/v1/contracts/:id/replace': () => ({}),
  // ASK's supervisor selection: closed to the MUNICIPALITY role (403 before any lookup)
  'POST /api/v1/recruitment/competitions/:id/municipalities/:code/supervisors/selection': (f) => ({
    selections: [{ applicationId: f.applicationId, reason: null }],
  }),
  'POST /api/v1/recruitment/competitions/:id/municipalities/:code/supervisors/publication': () => undefined,
  'POST /api/v1/recruitment/competitions/:id/municipalities/:code/supervisors/replacements': (f) => ({
    leaverStaffId: f.enumeratorId,
    leavingDate: '2023-11-20',
    reason: 'moved abroad',
  }),
  'POST /api/v1/recruitment/competitions/:id/municipalities/:code/supervisors/replacements/:replacementId/accept': () => ({}),
  'POST /api/v1/recruitment/competitions/:id/municipalities/:code/supervisors/replacements/:replacementId/decline': () => undefined,
  'PUT /api/v1/municipalities/:code/kkr-members': () => ({
    members: [
      { fullName: 'Agim Bajrami', currentJob: 'Mayor', kkrRole: 'CHAIR', isMunicipalStaff: true, isContactPerson: false },
      { fullName: 'Besa Krasniqi', currentJob: 'Director', kkrRole: 'DEPUTY_CHAIR', isMunicipalStaff: true, isContactPerson: true },
      { fullName: 'Dren Hoxha', currentJob: 'Officer', kkrRole: 'MEMBER', isMunicipalStaff: true, isContactPerson: true },
    ],
  }),
};

/** Routes whose foreign-object answer is not 404 (and why, above). */
const EXPECTED_STATUS: Readonly<Record<string, number>> = { 'POST /api/v1/imports/:kind': 422 };

interface Fixture {
  eaId: string;
  eaCode: string;
  enumeratorId: string;
  enumerator2Id: string;
  nationalId: string;
  teamId: string;
  teamCode: string;
  assignmentId: string;
  importId: string;
  payRunId: string;
  reportId: string;
  /** a report of Prishtinë rendered for a national reader (full ids), with its file */
  nationalReportId: string;
  itemId: string;
  itemSerial: string;
  planId: string;
  venueId: string;
  roomId: string;
  trainingPlanId: string;
  competitionId: string;
  applicationId: string;
  replacementId: string;
  prishtineUserId: string;
  /** a signed contract of the first enumerator, with an uploaded scan */
  contractId: string;
}

function fill(route: RouteInfo, f: Fixture): string {
  const kind = route.resource?.scope === 'municipal' ? route.resource.kind : undefined;
  const ids: Record<MunicipalResourceKind, string> = {
    ea: f.eaId,
    staff: f.enumeratorId,
    team: f.teamId,
    assignment: f.assignmentId,
    municipality: 'prishtine',
    import: f.importId,
    payrun: f.payRunId,
    venue: f.venueId,
    room: f.roomId,
    trainingplan: f.trainingPlanId,
    recruitment: f.competitionId,
    item: f.itemId,
    distributionplan: f.planId,
    report: f.reportId,
    contract: f.contractId,
  };
  return route.path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    if (name === 'code') return 'prishtine';
    if (name === 'kind') return 'eas';
    // A person inside a pay run: the fixture run pays the first enumerator.
    if (name === 'staffId') return f.enumeratorId;
    if (name === 'replacementId') return f.replacementId;
    return kind ? ids[kind] : '00000000-0000-4000-8000-000000000000';
  });
}

function send(t: TestApp, route: RouteInfo, path: string, token?: string, body?: unknown) {
  const m = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  let req = t.http()[m](path);
  if (token) req = req.set('authorization', token);
  return body === undefined ? req : req.send(body as object);
}

describe('route security (from the route list)', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  let f: Fixture;
  let prizren: string;
  let prishtine: string;
  let reportFile: string | undefined;
  let nationalReportFile: string | undefined;
  let finance: string;
  let scanFile: string | undefined;

  async function snapshot() {
    const mun = await t.db.municipalityId('prishtine');
    const where = { municipalityId: mun };
    const [eas, staff, teams, assignments, kkr, payRuns, training, recruitment, equipment, contracts] = await Promise.all([
      t.db.prisma.enumerationArea.findMany({ where, orderBy: { id: 'asc' } }),
      t.db.prisma.staffMember.findMany({ where, orderBy: { id: 'asc' } }),
      t.db.prisma.supervisorTeam.findMany({ where, orderBy: { id: 'asc' } }),
      t.db.prisma.eaAssignment.findMany({ where, orderBy: { id: 'asc' } }),
      t.db.prisma.kkrMember.findMany({ where, orderBy: { id: 'asc' } }),
      Promise.all([
        t.db.prisma.payRun.findMany({ where, orderBy: { id: 'asc' } }),
        t.db.prisma.payPerson.findMany({ where, orderBy: [{ runId: 'asc' }, { staffId: 'asc' }] }),
        t.db.prisma.payLine.findMany({ where, orderBy: [{ runId: 'asc' }, { staffId: 'asc' }, { id: 'asc' }] }),
      ]),
      Promise.all([
        t.db.prisma.venue.findMany({ where, orderBy: { id: 'asc' }, include: { rooms: { orderBy: { id: 'asc' } } } }),
        t.db.prisma.trainingPlan.findMany({ where, orderBy: { id: 'asc' }, include: { classes: { include: { trainees: true } } } }),
        t.db.prisma.message.findMany({ where, orderBy: { id: 'asc' } }),
        t.db.prisma.trainingAttendance.findMany({ where, orderBy: [{ traineeId: 'asc' }, { day: 'asc' }] }),
      ]),
      Promise.all([
        t.db.prisma.application.findMany({ where, orderBy: { id: 'asc' } }),
        t.db.prisma.commissionStage.findMany({ where }),
        t.db.prisma.replacement.findMany({ where, orderBy: { id: 'asc' } }),
        t.db.prisma.kkrConfirmation.findMany({ where }),
        t.db.prisma.paperIntakeClerk.findMany({ where }),
        t.db.prisma.staffingTarget.findMany({ where, orderBy: { id: 'asc' } }),
        t.db.prisma.supervisorSelection.findMany({ where }),
      ]),
      Promise.all([
        t.db.prisma.item.findMany({ where, orderBy: { id: 'asc' } }),
        t.db.prisma.storageRoom.findMany({ where, orderBy: { id: 'asc' } }),
        t.db.prisma.distributionPlan.findMany({ where, orderBy: { id: 'asc' } }),
        t.db.prisma.kitRecord.findMany({ where, orderBy: { id: 'asc' } }),
        t.db.prisma.equipmentSetting.findMany({ where }),
      ]),
      Promise.all([t.db.prisma.contract.findMany({ where, orderBy: { id: 'asc' } }), t.db.prisma.contractCounter.findMany()]),
    ]);
    return JSON.stringify(
      { eas, staff, teams, assignments, kkr, payRuns, training, recruitment, equipment, contracts },
      (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v),
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    routes = listRoutes(t.app);
    const mun = await t.db.municipalityId('prishtine');
    const p = t.db.prisma;
    const ea = await p.enumerationArea.create({ data: { code: 'SEC-PR-0001', name: 'Secret EA', municipalityId: mun } });
    const base = { community: 'ALBANIAN', languageOfWork: 'SQ', municipalityId: mun } as const;
    const sup = await p.staffMember.create({
      data: { ...base, kind: 'SUPERVISOR', nationalId: '9000000001', fullName: 'Secret Supervisor' },
    });
    const team = await p.supervisorTeam.create({ data: { code: 'SEC-PR-T1', municipalityId: mun, supervisorId: sup.id } });
    const en = await p.staffMember.create({
      data: {
        ...base,
        kind: 'ENUMERATOR',
        nationalId: '9000000002',
        fullName: 'Secret Enumerator',
        teamId: team.id,
        iban: makeIban('XK', '1212000000000007'),
        ibanVersion: 1,
        bankAccounts: { create: { version: 1, iban: makeIban('XK', '1212000000000007'), status: 'CONFIRMED', source: 'seed' } },
      },
    });
    const en2 = await p.staffMember.create({
      data: { ...base, kind: 'ENUMERATOR', nationalId: '9000000003', fullName: 'Second Secret', teamId: team.id },
    });
    const asg = await p.eaAssignment.create({
      data: {
        eaId: ea.id,
        enumeratorId: en.id,
        municipalityId: mun,
        validFrom: new Date('2023-11-01T00:00:00Z'),
        validTo: new Date('2023-12-15T00:00:00Z'),
      },
    });
    await p.kkrMember.create({
      data: {
        municipalityId: mun,
        position: 1,
        fullName: 'Secret Deputy',
        currentJob: 'Director',
        kkrRole: 'DEPUTY_CHAIR',
        isMunicipalStaff: true,
        isContactPerson: true,
      },
    });
    prishtine = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
    prizren = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
    const batch = await p.importBatch.create({
      data: {
        kind: 'eas',
        format: 'csv',
        fileHash: 'f'.repeat(64),
        rowCount: 1,
        created: 1,
        updated: 0,
        unchanged: 0,
        actorId: t.userIdOf(prishtine),
      },
    });
    // An approved pay run of Prishtinë paying the first enumerator one line.
    const tariff = await p.tariff.create({
      data: {
        ...EXAMPLE_TARIFF,
        version: 1,
        name: 'security fixture',
        effectiveFrom: new Date('2023-10-01T00:00:00Z'),
        prepFrom: new Date(`${EXAMPLE_TARIFF.prepFrom}T00:00:00Z`),
        prepTo: new Date(`${EXAMPLE_TARIFF.prepTo}T00:00:00Z`),
        interviewFrom: new Date(`${EXAMPLE_TARIFF.interviewFrom}T00:00:00Z`),
        interviewTo: new Date(`${EXAMPLE_TARIFF.interviewTo}T00:00:00Z`),
        payMonths: EXAMPLE_TARIFF.payMonths.map((m) => ({ ...m })),
      },
    });
    const run = await p.payRun.create({
      data: {
        kind: 'REGULAR',
        status: 'APPROVED',
        municipalityId: mun,
        tariffId: tariff.id,
        createdById: '00000000-0000-4000-8000-000000000001',
        computedAt: new Date(),
        approvedById: '00000000-0000-4000-8000-000000000002',
        approvedAt: new Date(),
        peopleCount: 1,
        grossCents: 15000n,
        netCents: 15000n,
      },
    });
    await p.payPerson.create({
      data: {
        runId: run.id,
        staffId: en.id,
        municipalityId: mun,
        kind: 'ENUMERATOR',
        status: 'PAYABLE',
        grossCents: 15000n,
        deductionsCents: 0n,
        netCents: 15000n,
        fullName: en.fullName,
        iban: en.iban,
      },
    });
    await p.payLine.create({
      data: {
        runId: run.id,
        staffId: en.id,
        municipalityId: mun,
        lineType: 'PREPARATORY',
        periodFrom: new Date('2023-10-16T00:00:00Z'),
        periodTo: new Date('2023-10-30T00:00:00Z'),
        quantity: 15,
        basis: 15,
        rate: '150.0000',
        amountCents: 15000n,
        tariffVersion: 1,
        description: 'preparatory period 2023-10-16 – 2023-10-30: 15 of 15 days',
      },
    });
    // A training venue and room of Prishtinë, and a room plan placing the first enumerator there.
    const venue = await p.venue.create({
      data: { municipalityId: mun, name: 'Secret School', kind: 'SCHOOL', address: 'Secret street 1' },
    });
    const room = await p.room.create({ data: { venueId: venue.id, municipalityId: mun, name: 'Secret room', seats: 30 } });
    const event = await p.trainingEvent.create({
      data: {
        kind: 'ENUMERATORS',
        name: 'security fixture',
        startDate: new Date('2023-10-16T00:00:00Z'),
        endDate: new Date('2023-10-20T00:00:00Z'),
      },
    });
    const plan = await p.trainingPlan.create({
      data: { eventId: event.id, municipalityId: mun, scopeKey: mun, version: 1, maxClassSize: 30, summary: {}, shortfalls: [] },
    });
    const cls = await p.trainingClass.create({
      data: {
        planId: plan.id,
        key: `${mun}|SQ|1`,
        municipalityId: mun,
        language: 'SQ',
        size: 1,
        roomId: room.id,
        roomMunicipalityId: mun,
        shift: 'MORNING',
        startDate: event.startDate,
        endDate: event.endDate,
        explanation: 'Secret explanation',
      },
    });
    await p.trainingClassTrainee.create({
      data: { classId: cls.id, planId: plan.id, traineeId: en.id, traineeKind: 'STAFF', municipalityId: mun, position: 1 },
    });
    // An invitation of that plan to the enumerator (per plan and per person delivery status).
    await p.message.create({
      data: {
        kind: 'INVITATION',
        channel: 'EMAIL',
        subjectId: plan.id,
        recipientKind: 'STAFF',
        recipientId: en.id,
        municipalityId: mun,
        language: 'sq',
        address: 'secret.enumerator@example.org',
        subject: 'Secret invitation',
        body: 'Secret invitation body',
        status: 'SENT',
      },
    });
    // A published competition of Prishtinë: one selected applicant, one reserve candidate, a proposed replacement.
    const competition = await p.competition.create({
      data: {
        code: 'sec-2023',
        name: 'Security fixture competition',
        vacancyAnnounced: new Date('2023-09-26T00:00:00Z'),
        applicationDeadline: new Date('2023-10-03T22:00:00Z'),
        kkrConfirmationDue: new Date('2023-10-03T00:00:00Z'),
        shortlistSentBy: new Date('2023-10-06T00:00:00Z'),
        finalListDue: new Date('2023-10-12T00:00:00Z'),
        publicationBy: new Date('2023-10-13T00:00:00Z'),
        kkrTraining: new Date('2023-10-06T00:00:00Z'),
        supervisorTrainingFrom: new Date('2023-10-09T00:00:00Z'),
        supervisorTrainingTo: new Date('2023-10-13T00:00:00Z'),
        enumeratorTrainingFrom: new Date('2023-10-16T00:00:00Z'),
        enumeratorTrainingTo: new Date('2023-10-20T00:00:00Z'),
        listingFrom: new Date('2023-10-23T00:00:00Z'),
        listingTo: new Date('2023-10-27T00:00:00Z'),
        fieldworkFrom: new Date('2023-11-01T00:00:00Z'),
        fieldworkTo: new Date('2023-12-15T00:00:00Z'),
        engagementStart: new Date('2023-10-15T00:00:00Z'),
        engagementEnd: new Date('2023-12-15T00:00:00Z'),
      },
    });
    await p.staffingTarget.create({
      data: { competitionId: competition.id, municipalityId: mun, community: 'ALBANIAN', supervisors: 0, enumerators: 1 },
    });
    const applicant = {
      competitionId: competition.id,
      municipalityId: mun,
      kind: 'ENUMERATOR',
      community: 'ALBANIAN',
      languageOfWork: 'SQ',
      channel: 'ONLINE',
      submittedAt: new Date('2023-10-01T10:00:00Z'),
      submittedById: t.userIdOf(prishtine),
    } as const;
    const application = await p.application.create({
      data: { ...applicant, nationalId: '9000000010', fullName: 'Secret Applicant', score: '90.00', shortlistRank: 1, status: 'SELECTED' },
    });
    const reserve = await p.application.create({
      data: { ...applicant, nationalId: '9000000011', fullName: 'Secret Reserve', score: '80.00', shortlistRank: 2 },
    });
    await p.commissionStage.create({
      data: {
        competitionId: competition.id,
        municipalityId: mun,
        shortlistSentAt: new Date('2023-10-06T08:00:00Z'),
        finalisedAt: new Date('2023-10-12T08:00:00Z'),
        publishedAt: new Date('2023-10-13T08:00:00Z'),
      },
    });
    // Prishtinë's published supervisor selection: the fixture supervisor, hired from an application.
    await p.application.create({
      data: {
        ...applicant,
        kind: 'SUPERVISOR',
        nationalId: sup.nationalId,
        fullName: 'Secret Supervisor',
        score: '95.00',
        status: 'SELECTED',
        staffId: sup.id,
      },
    });
    await p.supervisorSelection.create({
      data: {
        competitionId: competition.id,
        municipalityId: mun,
        selectedAt: new Date('2023-10-05T08:00:00Z'),
        publishedAt: new Date('2023-10-06T08:00:00Z'),
      },
    });
    const replacement = await p.replacement.create({
      data: {
        competitionId: competition.id,
        municipalityId: mun,
        leaverStaffId: en.id,
        leavingDate: new Date('2023-11-19T00:00:00Z'),
        cutoverDate: new Date('2023-11-20T00:00:00Z'),
        reason: 'Secret reason',
        proposedApplicationId: reserve.id,
      },
    });
    // Equipment: an item in Prishtinë's store and a distribution plan version of Prishtinë.
    const tablet = await p.itemType.create({ data: { code: 'SEC_TABLET', name: 'Secret tablet' } });
    const item = await p.item.create({ data: { typeId: tablet.id, serial: 'SEC-TB-0001', municipalityId: mun } });
    const distPlan = await p.distributionPlan.create({
      data: {
        municipalityId: mun,
        version: 1,
        sparePercent: 10,
        lines: [],
        spares: [],
        needs: [],
        missing: { shortfalls: [], items: [], incompleteKits: [], sessionsNotPlanned: [] },
      },
    });
    // A rendered report of Prishtinë (its file under the reports directory).
    const report = await p.reportRequest.create({
      data: {
        type: 'kkr-members',
        params: { municipalityCode: 'prishtine' },
        language: 'sq',
        municipalityId: mun,
        requestedById: t.userIdOf(prishtine),
        requesterRole: 'MUNICIPALITY',
        audience: 'MUNICIPAL',
        status: 'COMPLETED',
        progress: 100,
        pages: 1,
        contentHash: 'e'.repeat(64),
        fileSize: 9,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    reportFile = join(t.config.reports.dir, 'route-security', `${report.id}.pdf`);
    await mkdir(dirname(reportFile), { recursive: true });
    await writeFile(reportFile, '%PDF-1.7\n');
    await p.reportRequest.update({ where: { id: report.id }, data: { filePath: `route-security/${report.id}.pdf` } });
    // The same municipality's list rendered for ASK: a national copy, never the municipality's.
    finance = await t.tokenFor(Role.FINANCE);
    const nationalReport = await p.reportRequest.create({
      data: {
        type: 'kkr-members',
        params: { municipalityCode: 'prishtine' },
        language: 'sq',
        municipalityId: mun,
        requestedById: t.userIdOf(finance),
        requesterRole: 'FINANCE',
        audience: 'NATIONAL',
        status: 'COMPLETED',
        progress: 100,
        pages: 1,
        contentHash: 'c'.repeat(64),
        fileSize: 9,
        filePath: `route-security/national-${report.id}.pdf`,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    nationalReportFile = join(t.config.reports.dir, 'route-security', `national-${report.id}.pdf`);
    await writeFile(nationalReportFile, '%PDF-1.7\n');
    // A signed contract of the first enumerator with its scan on disk.
    const census = await p.census.create({
      data: {
        code: 'sec-census',
        name: 'Security fixture census',
        country: 'XK',
        languages: ['sq', 'sr', 'en'],
        timeZone: 'Europe/Belgrade',
        referenceDate: new Date('2023-10-15T00:00:00Z'),
      },
    });
    await p.contractCounter.create({ data: { censusId: census.id, lastSeq: 1 } });
    const contract = await p.contract.create({
      data: {
        censusId: census.id,
        seq: 1,
        number: 'sec-census-000001',
        staffId: en.id,
        municipalityId: mun,
        status: 'SIGNED',
        periodFrom: new Date('2023-10-15T00:00:00Z'),
        periodTo: new Date('2023-12-15T00:00:00Z'),
        generatedById: t.userIdOf(finance),
        sentAt: new Date(),
        signedOn: new Date('2023-10-14T00:00:00Z'),
        signedBy: 'Secret Enumerator',
      },
    });
    const scan = await t.app.get(ContractScanStore).put(contract.id, 'application/pdf', Buffer.from('%PDF-1.7\nsecret scan\n'));
    scanFile = scan.path;
    await p.contract.update({
      where: { id: contract.id },
      data: { scanPath: scan.path, scanType: 'application/pdf', scanSize: scan.size, scanSha256: scan.sha256 },
    });
    f = {
      contractId: contract.id,
      nationalReportId: nationalReport.id,
      reportId: report.id,
      itemId: item.id,
      itemSerial: item.serial,
      planId: distPlan.id,
      venueId: venue.id,
      roomId: room.id,
      trainingPlanId: plan.id,
      competitionId: competition.id,
      applicationId: application.id,
      replacementId: replacement.id,
      prishtineUserId: t.userIdOf(prishtine),
      payRunId: run.id,
      eaId: ea.id,
      eaCode: ea.code,
      enumeratorId: en.id,
      enumerator2Id: en2.id,
      nationalId: en.nationalId,
      teamId: team.id,
      teamCode: team.code,
      assignmentId: asg.id,
      importId: batch.id,
    };
  });

  afterAll(async () => {
    if (reportFile) await rm(reportFile, { force: true });
    if (nationalReportFile) await rm(nationalReportFile, { force: true });
    if (scanFile) await t.app.get(ContractScanStore).remove(scanFile);
    await t.close();
  });

  it('finds the application routes', () => {
    // Guards against a broken walker silently checking nothing.
    expect(routes.length).toBeGreaterThanOrEqual(10);
    expect(routes.map(routeKey)).toEqual(expect.arrayContaining(['GET /health', 'POST /api/v1/auth/login', 'GET /api/v1/eas/:id']));
  });

  it('has no public route besides health and login', () => {
    expect(
      routes
        .filter((r) => r.isPublic)
        .map(routeKey)
        .sort(),
    ).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('lets every role read censuses and only ADMIN create, change, re-date or copy one', async () => {
    const census = await t.db.prisma.census.findFirstOrThrow({ select: { id: true } });
    const censusRoutes = routes.filter((r) => r.path.startsWith('/api/v1/censuses'));
    expect(censusRoutes.map(routeKey).sort()).toEqual(
      [
        'GET /api/v1/censuses',
        'GET /api/v1/censuses/:id',
        'GET /api/v1/censuses/:id/calendars',
        'PATCH /api/v1/censuses/:id',
        'POST /api/v1/censuses',
        'POST /api/v1/censuses/:id/calendars',
        'POST /api/v1/censuses/:id/copy',
      ].sort(),
    );
    const logistics = await t.tokenFor(Role.LOGISTICS);
    const failures: string[] = [];
    for (const r of censusRoutes) {
      const path = r.path.replace(':id', census.id);
      for (const [label, token] of [
        ['finance', finance],
        ['logistics', logistics],
        ['municipality', prizren],
      ] as const) {
        const res = await send(t, r, path, token, r.method === 'GET' ? undefined : {});
        const expected = r.method === 'GET' ? 200 : 403;
        if (res.status !== expected) failures.push(`${routeKey(r)} [${label}] → ${res.status}, expected ${expected}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('declares a data scope on every route', () => {
    expect(routes.filter((r) => r.resource === undefined).map((r) => `${routeKey(r)} (${r.controller})`)).toEqual([]);
  });

  it('answers 401 on every protected route without a token, with a forged, an expired or a revoked token', async () => {
    // A real, active ADMIN: only the signature, the expiry or the revocation can stop these.
    const admin = await t.tokenFor(Role.ADMIN);
    const claims = { sub: t.userIdOf(admin), email: 'x@y.z', role: 'ADMIN', mun: null, ver: 0 };
    const forged = `Bearer ${await new JwtService({ secret: 'not-the-server-secret-not-the-server-secret' }).signAsync(claims, {
      issuer: 'terren',
      audience: 'terren-api',
    })}`;
    const expired = `Bearer ${await new JwtService({ secret: t.config.jwtSecret ?? '' }).signAsync(
      { ...claims, exp: Math.floor(Date.now() / 1000) - 60 },
      { issuer: 'terren', audience: 'terren-api' },
    )}`;
    // A finance user deactivated by the administrator: the token issued before is refused everywhere.
    const revoked = await t.tokenFor(Role.FINANCE);
    await t.http().get('/api/v1/auth/me').set('authorization', revoked).expect(200);
    await t
      .http()
      .patch(`/api/v1/users/${t.userIdOf(revoked)}`)
      .set('authorization', admin)
      .send({ active: false })
      .expect(200);
    const failures: string[] = [];
    for (const r of routes.filter((x) => !x.isPublic)) {
      const path = fill(r, f);
      for (const [label, token] of [
        ['none', undefined],
        ['forged', forged],
        ['expired', expired],
        ['revoked', revoked],
        ['malformed', 'Bearer not.a.jwt'],
      ] as const) {
        const res = await send(t, r, path, token, {});
        if (res.status !== 401 || !['UNAUTHENTICATED', 'TOKEN_INVALID'].includes(res.body?.error?.code)) {
          failures.push(`${routeKey(r)} [${label}] → ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('gives a municipality user 404 for every municipal route aimed at another municipality, and changes nothing', async () => {
    const before = await snapshot();
    const secrets = [
      f.eaCode,
      'Secret',
      f.nationalId,
      f.teamCode,
      f.enumeratorId,
      f.assignmentId,
      f.payRunId,
      f.venueId,
      f.roomId,
      f.trainingPlanId,
      f.itemId,
      f.itemSerial,
      f.planId,
      f.reportId,
      f.contractId,
      'sec-census-000001',
    ];
    const targeted = routes.filter((r) => !r.isPublic && r.resource?.scope === 'municipal' && r.params.length > 0);
    expect(targeted.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const r of targeted) {
      const needsBody = r.method !== 'GET';
      const sample = SAMPLE_BODIES[routeKey(r)];
      if (needsBody && !sample) {
        failures.push(`${routeKey(r)}: add a valid sample body to SAMPLE_BODIES`);
        continue;
      }
      const res = await send(t, r, fill(r, f), prizren, sample?.(f));
      const roleAllowed = r.roles === undefined || r.roles.includes(Role.MUNICIPALITY);
      const expected = roleAllowed ? (EXPECTED_STATUS[routeKey(r)] ?? 404) : 403;
      if (res.status !== expected) failures.push(`${routeKey(r)} → ${res.status}, expected ${expected}`);
      const text = JSON.stringify(res.body ?? '') + (res.text ?? '');
      for (const s of secrets) if (text.includes(s)) failures.push(`${routeKey(r)} leaked ${s}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('lets the owning municipality read the same objects (the 404s above are scoping, not broken fixtures)', async () => {
    // Routes closed to the MUNICIPALITY role (e.g. finance-only pay files) answer 403 to every municipality alike.
    const reads = routes.filter(
      (r) =>
        !r.isPublic &&
        r.resource?.scope === 'municipal' &&
        r.params.length > 0 &&
        r.method === 'GET' &&
        (r.roles === undefined || r.roles.includes(Role.MUNICIPALITY)),
    );
    expect(reads.map(routeKey)).toEqual(expect.arrayContaining(['GET /api/v1/payroll/runs/:id']));
    const failures: string[] = [];
    for (const r of reads) {
      const res = await send(t, r, fill(r, f), prishtine);
      if (res.status !== 200) failures.push(`${routeKey(r)} → ${res.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to a municipality user on every national route closed to its role, and changes nothing', async () => {
    const before = await snapshot();
    const closed = routes.filter(
      (r) => !r.isPublic && r.resource?.scope === 'national' && r.roles !== undefined && !r.roles.includes(Role.MUNICIPALITY),
    );
    expect(closed.map(routeKey)).toEqual(
      expect.arrayContaining([
        'GET /api/v1/fieldwork/mappings',
        'GET /api/v1/fieldwork/mappings/:id/imports',
        'POST /api/v1/fieldwork/mappings/:id/imports',
        'POST /api/v1/fieldwork/mappings/:id/csv-imports',
        'PUT /api/v1/fieldwork/logins',
        'PATCH /api/v1/geography/municipalities/:code',
      ]),
    );
    const failures: string[] = [];
    for (const r of closed) {
      const res = await send(t, r, fill(r, f), prizren, r.method === 'GET' ? undefined : {});
      if (res.status !== 403) failures.push(`${routeKey(r)} → ${res.status}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('shows a municipality user nothing of another municipality in any municipal list', async () => {
    const lists = routes.filter((r) => !r.isPublic && r.resource?.scope === 'municipal' && r.params.length === 0 && r.method === 'GET');
    expect(lists.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const r of lists) {
      const res = await send(t, r, r.path, prizren);
      if (res.status !== 200 && res.status !== 403) failures.push(`${routeKey(r)} → ${res.status}`);
      const text = res.text ?? '';
      for (const s of [
        f.eaId,
        f.enumeratorId,
        f.teamId,
        f.assignmentId,
        f.importId,
        f.payRunId,
        f.venueId,
        f.roomId,
        f.trainingPlanId,
        f.itemId,
        f.itemSerial,
        f.planId,
        f.reportId,
        f.contractId,
      ])
        if (text.includes(s)) failures.push(`${routeKey(r)} listed ${s}`);
    }
    expect(failures).toEqual([]);
  });

  it('keeps national and municipal copies of reports apart on every report route', async () => {
    // Every report route is walked: the owning municipality never reaches a copy rendered for
    // ASK (404, not listed), a national reader does, and a request with the same parameters
    // gives the municipality a copy of its own. A report route this test cannot place fails it.
    const reportRoutes = routes.filter((r) => !r.isPublic && r.resource?.scope === 'municipal' && r.resource.kind === 'report');
    expect(reportRoutes.map(routeKey).sort()).toEqual(
      expect.arrayContaining(['GET /api/v1/reports', 'GET /api/v1/reports/:id', 'GET /api/v1/reports/:id/file', 'POST /api/v1/reports']),
    );
    const failures: string[] = [];
    for (const r of reportRoutes) {
      const key = routeKey(r);
      if (r.method === 'GET' && r.params.length === 1 && r.params[0] === 'id') {
        const path = r.path.replace(':id', f.nationalReportId);
        const own = await send(t, r, path, prishtine);
        if (own.status !== 404) failures.push(`${key}: municipality reached the national copy → ${own.status}`);
        for (const s of [f.nationalReportId, 'c'.repeat(64)]) if (own.text.includes(s)) failures.push(`${key} leaked ${s}`);
        const ask = await send(t, r, path, finance);
        if (ask.status !== 200) failures.push(`${key}: national reader → ${ask.status}`);
        const mine = await send(t, r, r.path.replace(':id', f.reportId), prishtine);
        if (mine.status !== 200) failures.push(`${key}: municipality on its own copy → ${mine.status}`);
      } else if (r.method === 'GET' && r.params.length === 0) {
        const own = await send(t, r, `${r.path}?limit=200`, prishtine);
        const ids = (own.body.items as { id: string }[]).map((x) => x.id);
        if (ids.includes(f.nationalReportId)) failures.push(`${key}: municipality lists the national copy`);
        if (!ids.includes(f.reportId)) failures.push(`${key}: municipality misses its own copy`);
        const ask = await send(t, r, `${r.path}?limit=200`, finance);
        if (!(ask.body.items as { id: string }[]).some((x) => x.id === f.nationalReportId))
          failures.push(`${key}: national reader misses its copy`);
      } else if (r.method === 'POST' && r.params.length === 0) {
        const body = { type: 'kkr-members', params: { municipalityCode: 'prishtine' }, language: 'en' };
        const ask = await send(t, r, r.path, finance, body);
        const own = await send(t, r, r.path, prishtine, body);
        if (ask.status !== 202 || own.status !== 202) failures.push(`${key} → ${ask.status} / ${own.status}`);
        else {
          if (own.body.id === ask.body.id) failures.push(`${key}: municipality was answered with the national copy`);
          if (ask.body.audience !== 'NATIONAL' || own.body.audience !== 'MUNICIPAL') failures.push(`${key}: audiences mixed up`);
          const again = await send(t, r, r.path, prishtine, body);
          if (again.body.id !== own.body.id) failures.push(`${key}: the municipal copy is not reused for the municipality`);
          const askAgain = await send(t, r, r.path, finance, body);
          if (askAgain.body.id !== ask.body.id) failures.push(`${key}: the national copy is not reused for ASK`);
          const theirs = await send(t, r, `${r.path}/${ask.body.id as string}`, prishtine);
          if (theirs.status !== 404) failures.push(`${key}: municipality reads the national request → ${theirs.status}`);
        }
      } else {
        failures.push(`${key}: add a municipal-vs-national case for this report route`);
      }
    }
    expect(failures).toEqual([]);
  });
});
