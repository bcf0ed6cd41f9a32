import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, type CodedDetail, problem } from '../common/errors/app-error.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { Transactions, type Tx } from '../common/prisma/transaction.js';
import {
  ApplicationChannel,
  ApplicationStatus,
  type Community,
  type Language,
  Role,
  StaffKind,
  StaffStatus,
} from '../generated/prisma/enums.js';
import { StaffRepository } from '../staff/staff.repository.js';
import { Clock } from './clock.js';
import type { Ineligibility } from './domain/eligibility.js';
import { EligibilityService } from './eligibility.service.js';
import { SupervisorRepository } from './supervisor.repository.js';
import { candidateOf, unknownCompetition } from './competition.service.js';
import { checkFinalSelection, rank, type Selection } from './domain/shortlist.js';
import { applicationGate, finalListGate, publicationGate, reopenGate } from './domain/stage-gates.js';
import { gateError, stateOf } from './stage-gate-errors.js';
import { APPLICATION_IMPORT } from './domain/application-import.js';
import { readImport, refuseRows } from '../common/tabular/tabular-import.js';
import { type RowProblem, rowProblem } from '../common/tabular/columns.js';
import {
  type ApplicationPageQuery,
  type ApplicationRow,
  type CompetitionRow,
  RecruitmentRepository,
  type ScopedMunicipality,
} from './recruitment.repository.js';

export interface ApplicationInput {
  readonly competitionId: string;
  readonly municipalityCode: string;
  readonly kind: StaffKind;
  readonly nationalId: string;
  readonly fullName: string;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly community: Community;
  readonly languageOfWork: Language;
  readonly channel: ApplicationChannel;
  readonly paperFileRef?: string | null;
  readonly dateOfBirth?: string | null;
  readonly documents?: readonly string[];
}

export function applicationView(a: ApplicationRow) {
  return {
    ...a,
    score: a.score === null ? null : a.score.toFixed(2),
    dateOfBirth: fromDate(a.dateOfBirth),
    ineligibility: a.ineligibility as unknown as Ineligibility[],
  };
}

/** The stored eligibility of an application: the facts it was checked on and the reasons it failed. */
const eligibilityData = (dateOfBirth: string | null, documents: readonly string[], reasons: readonly Ineligibility[]) => ({
  dateOfBirth: dateOfBirth === null ? null : toDate(dateOfBirth),
  documents: [...new Set(documents.map((d) => d.toUpperCase()))].sort(),
  eligible: reasons.length === 0,
  ineligibility: reasons.map((r) => ({ code: r.code, params: { ...r.params } })),
});

const unknownMunicipality = (code: string): AppError => new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`);

/**
 * A municipality's side of a competition: applications (online and paper), the shortlist it
 * receives, its final list and publication, and the reserve list. Every read and write is
 * within the caller's scope; another municipality's data answers 404.
 */
@Injectable()
export class RecruitmentService {
  constructor(
    private readonly repo: RecruitmentRepository,
    private readonly staff: StaffRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly eligibility: EligibilityService,
    private readonly supervisors: SupervisorRepository,
    private readonly transactions: Transactions,
  ) {}

  /** The competition and the municipality (in the caller's scope), or 404. */
  async context(p: Principal, competitionId: string, code: string, db?: Tx) {
    const m = await this.repo.municipality(p.scope, code, db);
    if (!m) throw unknownMunicipality(code);
    const c = await this.repo.competition(competitionId, db);
    if (!c) throw unknownCompetition();
    return { c, m };
  }

  /**
   * One application. Online: entered through the API by ASK (ADMIN, national scope; ASK's web
   * form posts here). Paper: entered by a KKR member designated for paper intake of that
   * municipality, with the reference of the archived paper file. The server clock decides
   * whether the competition deadline has passed.
   */
  apply(p: Principal, input: ApplicationInput) {
    const now = this.clock.now();
    return this.transactions.run(async (tx) => {
      const { c, m } = await this.context(p, input.competitionId, input.municipalityCode, tx);
      if (input.channel === ApplicationChannel.ONLINE && p.role !== Role.ADMIN)
        throw new AppError('FORBIDDEN', 'online applications are entered by ASK (ADMIN); a commission enters paper applications');
      if (input.channel === ApplicationChannel.PAPER) {
        if (!input.paperFileRef)
          throw new AppError('VALIDATION_FAILED', 'request validation failed', [
            problem('PAPER_FILE_REF_REQUIRED', {}, { field: 'paperFileRef' }),
          ]);
        if (!(await this.repo.isClerk(tx, m.id, p.userId)))
          throw new AppError('PAPER_INTAKE_NOT_DESIGNATED', `this user is not designated for paper intake in ${m.code}`);
      }
      const gate = applicationGate(c.applicationDeadline, now);
      if (!gate.ok) throw gateError(gate);
      const existing = await this.repo.existingApplication(tx, c.id, input.nationalId);
      if (existing) {
        // Only the caller's own municipality learns which application it is.
        const own = p.scope.kind === 'national' || p.scope.municipalityIds.includes(existing.municipalityId);
        throw new AppError(
          'APPLICATION_DUPLICATE',
          'this national id has already applied in this competition (one application per person)',
          [
            own
              ? problem(
                  'ALREADY_APPLIED',
                  { application: existing.id, day: existing.submittedAt.toISOString().slice(0, 10) },
                  { field: 'nationalId' },
                )
              : problem('ALREADY_APPLIED_ELSEWHERE', {}, { field: 'nationalId' }),
          ],
        );
      }
      const rules = await this.eligibility.rulesOf(tx, c);
      const reasons = await this.eligibility.assess(tx, rules, {
        nationalId: input.nationalId,
        municipalityId: m.id,
        dateOfBirth: input.dateOfBirth ?? null,
        documents: input.documents ?? [],
        email: input.email ?? null,
        phone: input.phone ?? null,
      });
      const a = await this.repo.createApplication(tx, {
        ...eligibilityData(input.dateOfBirth ?? null, input.documents ?? [], reasons),
        competitionId: c.id,
        municipalityId: m.id,
        kind: input.kind,
        nationalId: input.nationalId,
        fullName: input.fullName,
        phone: input.phone ?? null,
        email: input.email ?? null,
        community: input.community,
        languageOfWork: input.languageOfWork,
        channel: input.channel,
        paperFileRef: input.channel === ApplicationChannel.PAPER ? (input.paperFileRef ?? null) : null,
        submittedAt: now,
        submittedById: p.userId,
      });
      await this.audit.record(tx, actorOf(p), {
        action: 'submitted',
        entity: 'Application',
        entityIds: [a.id],
        municipalityId: m.id,
        // No community here: ethnicity is personal data and stays out of the audit trail.
        details: { channel: a.channel, kind: a.kind },
      });
      return applicationView(a);
    });
  }

  /**
   * Bulk online applications (ADMIN), all or nothing: every row error (fields, unknown
   * municipality, a national id twice in the file or already applied) is reported at once and
   * nothing is stored; a clean file is stored in one transaction, each row received `now`.
   */
  importApplications(p: Principal, competitionId: string, body: unknown, contentType: string | undefined) {
    const now = this.clock.now();
    const { rows, problems } = readImport(APPLICATION_IMPORT, body, contentType);
    return this.transactions.run(async (tx) => {
      const c = await this.repo.competition(competitionId, tx);
      if (!c) throw unknownCompetition();
      const gate = applicationGate(c.applicationDeadline, now);
      if (!gate.ok) throw gateError(gate);
      const all: RowProblem[] = [...problems];
      const municipalities = new Map<string, string>();
      for (const code of new Set(rows.map((r) => r.municipalityCode))) {
        const m = await this.repo.municipality(p.scope, code, tx);
        if (m) municipalities.set(code, m.id);
      }
      for (const r of rows) {
        if (!municipalities.has(r.municipalityCode))
          all.push(rowProblem(r.row, 'MUNICIPALITY_UNKNOWN', { code: r.municipalityCode }, 'municipality_code'));
        if (await this.repo.existingApplication(tx, c.id, r.nationalId))
          all.push(rowProblem(r.row, 'ALREADY_APPLIED_HERE', {}, 'national_id'));
      }
      refuseRows(all);
      const ids: string[] = [];
      const rules = await this.eligibility.rulesOf(tx, c);
      for (const r of rows) {
        const municipalityId = municipalities.get(r.municipalityCode) as string;
        const reasons = await this.eligibility.assess(tx, rules, { ...r, municipalityId });
        const a = await this.repo.createApplication(tx, {
          ...eligibilityData(r.dateOfBirth, r.documents, reasons),
          competitionId: c.id,
          municipalityId,
          kind: r.kind,
          nationalId: r.nationalId,
          fullName: r.fullName,
          phone: r.phone,
          email: r.email,
          community: r.community,
          languageOfWork: r.languageOfWork,
          channel: ApplicationChannel.ONLINE,
          paperFileRef: null,
          submittedAt: now,
          submittedById: p.userId,
        });
        ids.push(a.id);
      }
      await this.audit.record(tx, actorOf(p), {
        action: 'imported',
        entity: 'Application',
        entityIds: [c.id],
        details: { rows: rows.length, municipalities: municipalities.size },
      });
      return { competitionId: c.id, created: ids.length, applicationIds: ids };
    });
  }

  /** ASK selects supervisors: a municipality sees the supervisor applications (scores, selection) once ASK has published. */
  async applications(p: Principal, competitionId: string, code: string, q: ApplicationPageQuery) {
    const { c, m } = await this.context(p, competitionId, code);
    const hideSupervisors = p.scope.kind !== 'national' && !(await this.supervisors.stage(p.scope, c.id, m.id))?.publishedAt;
    if (hideSupervisors && q.kind === StaffKind.SUPERVISOR) return { items: [], total: 0, nextCursor: null };
    const page = await this.repo.applicationPage(p.scope, c.id, m.id, { ...q, kind: hideSupervisors ? StaffKind.ENUMERATOR : q.kind });
    return { ...page, items: page.items.map(applicationView) };
  }

  /** Designate a KKR member's user account (a MUNICIPALITY user of the municipality) for paper intake. */
  designateClerk(p: Principal, code: string, input: { userId: string; kkrPosition: number }) {
    return this.transactions.run(async (tx) => {
      const m = await this.repo.municipality(p.scope, code, tx);
      if (!m) throw unknownMunicipality(code);
      const problems: CodedDetail[] = [];
      if (!(await this.repo.municipalUser(tx, m.id, input.userId)))
        problems.push(problem('NOT_MUNICIPAL_USER', { code }, { field: 'userId' }));
      if (!(await this.repo.kkrMemberAt(tx, m.id, input.kkrPosition)))
        problems.push(problem('NO_KKR_MEMBER_AT', { position: input.kkrPosition, code }, { field: 'kkrPosition' }));
      if (problems.length > 0) throw new AppError('VALIDATION_FAILED', 'the paper intake clerk cannot be designated', problems);
      await this.repo.designateClerk(tx, m.id, input.userId, input.kkrPosition);
      await this.audit.record(tx, actorOf(p), {
        action: 'designated',
        entity: 'PaperIntakeClerk',
        entityIds: [input.userId],
        municipalityId: m.id,
        details: { kkrPosition: input.kkrPosition },
      });
      return { municipalityCode: m.code, items: await this.repo.clerks(p.scope, m.id, tx) };
    });
  }

  async clerks(p: Principal, code: string) {
    const m = await this.repo.municipality(p.scope, code);
    if (!m) throw unknownMunicipality(code);
    return { municipalityCode: m.code, items: await this.repo.clerks(p.scope, m.id) };
  }

  async targets(p: Principal, competitionId: string, code: string) {
    const { c, m } = await this.context(p, competitionId, code);
    const items = (await this.repo.targets(p.scope, c.id, m.id)).map(({ municipalityId: _m, ...t }) => t);
    return { competitionId: c.id, municipalityCode: m.code, items };
  }

  /** The ranked shortlist the commission received: per community, in rank order. */
  async shortlist(p: Principal, competitionId: string, code: string) {
    const { c, m } = await this.context(p, competitionId, code);
    const [stage, targets, apps, versions] = await Promise.all([
      this.repo.stage(p.scope, c.id, m.id),
      this.repo.targets(p.scope, c.id, m.id),
      this.repo.enumeratorApplications(p.scope, c.id, m.id),
      this.repo.shortlistVersions(p.scope, c.id, m.id),
    ]);
    const listed = apps.filter((a) => a.shortlistRank !== null);
    return {
      competitionId: c.id,
      municipalityCode: m.code,
      sentAt: stage?.shortlistSentAt ?? null,
      version: stage?.shortlistVersion ?? 0,
      // every version the commission received: a re-send shows what changed and who sent it
      versions: versions.map((v) => ({ version: v.version, sentAt: v.sentAt, sentBy: v.sentBy, reason: v.reason, changes: v.changes })),
      finalListStartedAt: stage?.finalListStartedAt ?? null,
      finalisedAt: stage?.finalisedAt ?? null,
      publishedAt: stage?.publishedAt ?? null,
      communities: targets
        .filter((t) => t.enumerators > 0)
        .map((t) => ({
          community: t.community,
          required: t.enumerators,
          candidates: listed
            .filter((a) => a.community === t.community)
            .sort((a, b) => (a.shortlistRank ?? 0) - (b.shortlistRank ?? 0))
            .map((a) => ({
              rank: a.shortlistRank,
              applicationId: a.id,
              fullName: a.fullName,
              languageOfWork: a.languageOfWork,
              score: a.score?.toFixed(2) ?? null,
              status: a.status,
              deviationReason: a.deviationReason,
            })),
        })),
    };
  }

  /**
   * The commission's final list: exactly the required number per community, all from the
   * shortlist, every deviation from rank order with a written reason (422 FINAL_LIST_INVALID
   * with every problem otherwise).
   */
  finalise(p: Principal, competitionId: string, code: string, selections: readonly Selection[]) {
    const now = this.clock.now();
    return this.transactions.run(async (tx) => {
      const { c, m } = await this.context(p, competitionId, code, tx);
      const stage = await this.repo.lockStage(tx, p.scope, c.id, m.id);
      const gate = finalListGate(stateOf(stage), now);
      if (!gate.ok) throw gateError(gate);
      const targets = (await this.repo.targets(p.scope, c.id, m.id, tx)).filter((t) => t.enumerators > 0);
      const apps = await this.repo.enumeratorApplications(p.scope, c.id, m.id, tx);
      const shortlist = apps
        .filter((a) => a.shortlistRank !== null)
        .map((a) => ({ applicationId: a.id, community: a.community, rank: a.shortlistRank as number }));
      const check = checkFinalSelection(targets, shortlist, selections);
      if (!check.ok) throw new AppError('FINAL_LIST_INVALID', 'the final list does not meet the rules', check.problems);
      for (const s of selections) await this.repo.select(tx, p.scope, m.id, s.applicationId, s.reason?.trim() || null);
      await this.repo.setStage(tx, p.scope, c.id, m.id, {
        finalisedAt: now,
        finalisedById: p.userId,
        ...(stage?.finalListStartedAt ? {} : { finalListStartedAt: now, finalListStartedById: p.userId }),
      });
      await this.audit.record(tx, actorOf(p), {
        action: 'finalised',
        entity: 'CommissionStage',
        entityIds: [c.id, ...selections.map((s) => s.applicationId)],
        municipalityId: m.id,
        details: { selected: selections.length, deviations: check.deviations },
      });
      return { municipalityCode: m.code, finalisedAt: now, selected: selections.length, deviations: check.deviations };
    });
  }

  /**
   * The commission starts its final list: from now on ASK cannot re-send the shortlist unless
   * ADMIN reopens it (so the list the commission works on does not change under it).
   */
  startFinalList(p: Principal, competitionId: string, code: string) {
    const now = this.clock.now();
    return this.transactions.run(async (tx) => {
      const { c, m } = await this.context(p, competitionId, code, tx);
      const stage = await this.repo.lockStage(tx, p.scope, c.id, m.id);
      const gate = finalListGate(stateOf(stage), now);
      if (!gate.ok) throw gateError(gate);
      const startedAt = stage?.finalListStartedAt ?? now;
      if (!stage?.finalListStartedAt) {
        await this.repo.setStage(tx, p.scope, c.id, m.id, { finalListStartedAt: now, finalListStartedById: p.userId });
        await this.audit.record(tx, actorOf(p), {
          action: 'final-list-started',
          entity: 'CommissionStage',
          entityIds: [c.id],
          municipalityId: m.id,
          details: { shortlistVersion: stage?.shortlistVersion ?? 0 },
        });
      }
      return { municipalityCode: m.code, finalListStartedAt: startedAt, shortlistVersion: stage?.shortlistVersion ?? 0 };
    });
  }

  /** ADMIN reopens a shortlist whose final list the commission has started, with a reason (audited), so ASK may re-send it. */
  reopenShortlist(p: Principal, competitionId: string, code: string, reason: string) {
    return this.transactions.run(async (tx) => {
      const { c, m } = await this.context(p, competitionId, code, tx);
      const stage = await this.repo.lockStage(tx, p.scope, c.id, m.id);
      const gate = reopenGate(stateOf(stage));
      if (!gate.ok) throw gateError(gate);
      await this.repo.setStage(tx, p.scope, c.id, m.id, { finalListStartedAt: null, finalListStartedById: null });
      await this.audit.record(tx, actorOf(p), {
        action: 'shortlist-reopened',
        entity: 'CommissionStage',
        entityIds: [c.id],
        municipalityId: m.id,
        details: { reason, startedAt: stage?.finalListStartedAt?.toISOString() ?? null, shortlistVersion: stage?.shortlistVersion ?? 0 },
      });
      return { municipalityCode: m.code, reopened: true, shortlistVersion: stage?.shortlistVersion ?? 0 };
    });
  }

  /**
   * Publish the final list (by 13 Oct by default): the selected candidates become enumerators
   * (staff records with the competition's contract dates) and the public list is fixed.
   */
  publish(p: Principal, competitionId: string, code: string) {
    const now = this.clock.now();
    return this.transactions.run(async (tx) => {
      const { c, m } = await this.context(p, competitionId, code, tx);
      const stage = await this.repo.lockStage(tx, p.scope, c.id, m.id);
      const gate = publicationGate(stateOf(stage), now);
      if (!gate.ok) throw gateError(gate);
      const selected = (await this.repo.enumeratorApplications(p.scope, c.id, m.id, tx)).filter(
        (a) => a.status === ApplicationStatus.SELECTED,
      );
      const taken = [];
      for (const a of selected) if (await this.staff.nationalIdTaken(tx, a.nationalId)) taken.push(a);
      if (taken.length > 0)
        throw new AppError(
          'UNIQUE_VIOLATION',
          'some selected candidates are already staff members',
          taken.map((a) => problem('NATIONAL_ID_IS_STAFF', { application: a.id }, { field: 'applicationId' })),
        );
      const staffIds: string[] = [];
      for (const a of selected) staffIds.push(await this.hire(tx, p, c, a, c.engagementStart, ApplicationStatus.SELECTED));
      await this.repo.setStage(tx, p.scope, c.id, m.id, { publishedAt: now, publishedById: p.userId });
      await this.audit.record(tx, actorOf(p), {
        action: 'published',
        entity: 'CommissionStage',
        entityIds: [c.id, ...staffIds],
        municipalityId: m.id,
        details: { hired: staffIds.length },
      });
      return this.publicListOf(
        c,
        m,
        now,
        selected.map((a) => a.fullName),
      );
    });
  }

  /** Create the enumerator's (or supervisor's, by the application's kind) staff record (contract data) from an application and mark it hired. */
  async hire(
    tx: Tx,
    p: Principal,
    c: CompetitionRow,
    a: ApplicationRow,
    engagementStart: Date,
    status: ApplicationStatus,
    teamId: string | null = null,
  ): Promise<string> {
    const row = await this.staff.create(tx, {
      nationalId: a.nationalId,
      kind: a.kind,
      fullName: a.fullName,
      phone: a.phone,
      email: a.email,
      iban: null,
      ibanVersion: null,
      community: a.community,
      languageOfWork: a.languageOfWork,
      municipalityId: a.municipalityId,
      engagementStart,
      engagementEnd: c.engagementEnd,
      status: StaffStatus.ACTIVE,
      teamId,
    });
    if (!(await this.repo.markHired(tx, p.scope, a.id, row.id, status))) throw new AppError('APPLICATION_UNKNOWN', 'application not found');
    await this.audit.record(tx, actorOf(p), {
      action: 'created',
      entity: 'StaffMember',
      entityIds: [row.id],
      municipalityId: a.municipalityId,
      details: { kind: row.kind, fromApplication: a.id },
    });
    return row.id;
  }

  /**
   * Data of the public final list (web site, notice board; a PDF through the reports
   * pipeline): the names of the selected enumerators only, alphabetically — no national id,
   * contact, community, score or rank.
   */
  async publicFinalList(p: Principal, competitionId: string, code: string) {
    const { c, m } = await this.context(p, competitionId, code);
    const stage = await this.repo.stage(p.scope, c.id, m.id);
    if (!stage?.publishedAt) throw new AppError('RECRUITMENT_STAGE', 'the final list has not been published yet');
    const hired = (await this.repo.enumeratorApplications(p.scope, c.id, m.id)).filter((a) => a.status === ApplicationStatus.SELECTED);
    return this.publicListOf(
      c,
      m,
      stage.publishedAt,
      hired.map((a) => a.fullName),
    );
  }

  private publicListOf(c: CompetitionRow, m: ScopedMunicipality, publishedAt: Date, names: readonly string[]) {
    return {
      competition: { code: c.code, name: c.name },
      municipality: { code: m.code, nameSq: m.nameSq, nameSr: m.nameSr },
      publishedAt: publishedAt.toISOString(),
      names: [...names].sort((a, b) => a.localeCompare(b, 'sq')),
    };
  }

  /** Data of the vacancy notice of a municipality (a PDF through the reports pipeline). */
  async vacancyNotice(p: Principal, competitionId: string, code: string) {
    const { c, m } = await this.context(p, competitionId, code);
    const targets = await this.repo.targets(p.scope, c.id, m.id);
    return {
      competition: { code: c.code, name: c.name },
      municipality: { code: m.code, nameSq: m.nameSq, nameSr: m.nameSr },
      announced: fromDate(c.vacancyAnnounced),
      applicationDeadline: c.applicationDeadline.toISOString(),
      engagement: { from: fromDate(c.engagementStart), to: fromDate(c.engagementEnd) },
      channels: ['ONLINE', 'PAPER'],
      positions: targets.map((t) => ({ community: t.community, supervisors: t.supervisors, enumerators: t.enumerators })),
      totals: {
        supervisors: targets.reduce((s, t) => s + t.supervisors, 0),
        enumerators: targets.reduce((s, t) => s + t.enumerators, 0),
      },
    };
  }

  /** Eligible, scored enumerator applicants neither selected nor hired, ranked per community (the reserve list). */
  async reserve(p: Principal, competitionId: string, code: string) {
    const { c, m } = await this.context(p, competitionId, code);
    const apps = (await this.repo.enumeratorApplications(p.scope, c.id, m.id)).filter(
      (a) => a.eligible && a.status === ApplicationStatus.SUBMITTED,
    );
    const byId = new Map(apps.map((a) => [a.id, a]));
    const communities = [...new Set(apps.map((a) => a.community))].sort();
    return {
      competitionId: c.id,
      municipalityCode: m.code,
      communities: communities.map((community) => ({
        community,
        candidates: rank(apps.filter((a) => a.community === community).map(candidateOf)).map((x, i) => {
          const a = byId.get(x.id) as ApplicationRow;
          return {
            reserveRank: i + 1,
            applicationId: a.id,
            fullName: a.fullName,
            languageOfWork: a.languageOfWork,
            score: a.score?.toFixed(2) ?? null,
          };
        }),
      })),
    };
  }
}
