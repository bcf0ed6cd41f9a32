import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, type CodedDetail, problem } from '../common/errors/app-error.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { Transactions } from '../common/prisma/transaction.js';
import type { Community } from '../generated/prisma/enums.js';
import { Clock } from './clock.js';
import { buildShortlist, scoreToHundredths } from './domain/shortlist.js';
import { shortlistChanges, shortlistGate, type ShortlistEntry } from './domain/stage-gates.js';
import { gateError, stateOf } from './stage-gate-errors.js';
import { DATE_FIELDS, type Timeline, timelineOfCalendar, timelineProblems } from './domain/timeline.js';
import { CensusLookup } from '../census/census-lookup.js';
import { type CompetitionRow, RecruitmentRepository } from './recruitment.repository.js';

export const unknownCompetition = (): AppError => new AppError('COMPETITION_UNKNOWN', 'competition not found');

export function timelineOf(c: CompetitionRow): Timeline {
  const t = { applicationDeadline: c.applicationDeadline.toISOString() } as Record<keyof Timeline, string>;
  for (const f of DATE_FIELDS) t[f] = fromDate(c[f]) as string;
  return t;
}

export function competitionView(c: CompetitionRow) {
  return {
    id: c.id,
    code: c.code,
    censusId: c.censusId,
    name: c.name,
    timeline: timelineOf(c),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

function timelineData(t: Timeline) {
  const data: Record<string, Date> = { applicationDeadline: new Date(t.applicationDeadline) };
  for (const f of DATE_FIELDS) data[f] = toDate(t[f]);
  return data as { [K in keyof Timeline]: Date };
}

function assertTimeline(t: Timeline): void {
  const problems = timelineProblems(t);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', 'the timeline is not in order', problems);
}

export interface TargetInput {
  readonly municipalityCode: string;
  readonly community: Community;
  readonly supervisors: number;
  readonly enumerators: number;
}

/**
 * ASK's side of a competition (national data): the competition and its timeline, staffing
 * targets, assessment scores and the shortlists sent to the commissions.
 */
@Injectable()
export class CompetitionService {
  constructor(
    private readonly repo: RecruitmentRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly censuses: CensusLookup,
    private readonly transactions: Transactions,
  ) {}

  /** Every competition, or those of one census (`census` = its code or id). */
  async list(census?: string) {
    const censusId = await this.censuses.filter(census);
    return (await this.repo.competitions(censusId)).map(competitionView);
  }

  async get(id: string) {
    const c = await this.repo.competition(id);
    if (!c) throw unknownCompetition();
    return competitionView(c);
  }

  /**
   * A new competition of a census (named, or the only open one). Its timeline is the census's
   * current calendar; a date given here overrides it for this competition only (e.g. a late
   * second round) and stays when the calendar later changes.
   */
  create(p: Principal, input: { code: string; name: string; census?: string; timeline?: Partial<Timeline> }) {
    return this.transactions.run(async (tx) => {
      const census = await this.censuses.resolve(input.census, tx);
      const timeline: Timeline = { ...timelineOfCalendar(census.calendar), ...input.timeline };
      assertTimeline(timeline);
      const c = await this.repo.createCompetition(tx, {
        code: input.code,
        name: input.name,
        census: { connect: { id: census.id } },
        ...timelineData(timeline),
      });
      await this.audit.record(tx, actorOf(p), {
        action: 'created',
        entity: 'Competition',
        entityIds: [c.id],
        details: {
          code: c.code,
          census: census.code,
          calendarVersion: census.calendarVersion,
          overridden: Object.keys(input.timeline ?? {}).sort(),
        },
      });
      return competitionView(c);
    });
  }

  update(p: Principal, id: string, input: { name?: string; timeline?: Partial<Timeline> }) {
    return this.transactions.run(async (tx) => {
      const before = await this.repo.competition(id, tx);
      if (!before) throw unknownCompetition();
      const timeline: Timeline = { ...timelineOf(before), ...input.timeline };
      assertTimeline(timeline);
      const c = await this.repo.updateCompetition(tx, id, { ...(input.name ? { name: input.name } : {}), ...timelineData(timeline) });
      await this.audit.record(tx, actorOf(p), {
        action: 'updated',
        entity: 'Competition',
        entityIds: [id],
        details: { fields: [...(input.name ? ['name'] : []), ...Object.keys(input.timeline ?? {}).map((k) => `timeline.${k}`)].sort() },
      });
      return competitionView(c);
    });
  }

  /** Replace the targets of every municipality named in the input (one row per community). */
  setTargets(p: Principal, id: string, rows: readonly TargetInput[]) {
    return this.transactions.run(async (tx) => {
      if (!(await this.repo.competition(id, tx))) throw unknownCompetition();
      const byMunicipality = new Map<string, TargetInput[]>();
      rows.forEach((r) => byMunicipality.set(r.municipalityCode, [...(byMunicipality.get(r.municipalityCode) ?? []), r]));
      const problems: CodedDetail[] = [];
      const resolved: { municipalityId: string; rows: TargetInput[] }[] = [];
      for (const [code, list] of byMunicipality) {
        const m = await this.repo.municipality(p.scope, code, tx);
        if (!m) {
          problems.push(
            problem('MUNICIPALITY_UNKNOWN', { code }, { row: rows.indexOf(list[0] as TargetInput) + 1, field: 'municipalityCode' }),
          );
          continue;
        }
        const seen = new Set<Community>();
        for (const r of list) {
          if (seen.has(r.community))
            problems.push(problem('COMMUNITY_TWICE', { code, community: r.community }, { row: rows.indexOf(r) + 1, field: 'community' }));
          seen.add(r.community);
        }
        resolved.push({ municipalityId: m.id, rows: list });
      }
      if (problems.length > 0) throw new AppError('VALIDATION_FAILED', 'the staffing targets cannot be set', problems);
      for (const r of resolved) {
        const stage = await this.repo.stage(p.scope, id, r.municipalityId, tx);
        if (stage?.finalisedAt)
          throw new AppError('RECRUITMENT_STAGE', 'the targets of a municipality cannot change after its final list', [
            problem('LIST_FINALISED', { code: r.rows[0]?.municipalityCode ?? '' }, { field: 'municipalityCode' }),
          ]);
        await this.repo.replaceTargets(
          tx,
          id,
          r.municipalityId,
          r.rows.map((x) => ({ community: x.community, supervisors: x.supervisors, enumerators: x.enumerators })),
        );
        await this.audit.record(tx, actorOf(p), {
          action: 'replaced',
          entity: 'StaffingTarget',
          entityIds: [id],
          municipalityId: r.municipalityId,
          details: {
            communities: r.rows.length,
            supervisors: r.rows.reduce((s, x) => s + x.supervisors, 0),
            enumerators: r.rows.reduce((s, x) => s + x.enumerators, 0),
          },
        });
      }
      return { municipalities: resolved.length, rows: rows.length };
    });
  }

  /** Record ASK's assessment scores, all or nothing. Refused for a municipality whose list is final. */
  recordScores(p: Principal, id: string, scores: readonly { applicationId: string; score: string }[]) {
    return this.transactions.run(async (tx) => {
      if (!(await this.repo.competition(id, tx))) throw unknownCompetition();
      const found = new Map(
        (
          await this.repo.applicationsByIds(
            tx,
            id,
            scores.map((s) => s.applicationId),
          )
        ).map((a) => [a.id, a]),
      );
      const problems: CodedDetail[] = [];
      const municipalities = new Set<string>();
      scores.forEach((s, i) => {
        const a = found.get(s.applicationId);
        if (!a) problems.push(problem('NO_APPLICATION', {}, { row: i + 1, field: 'applicationId' }));
        else municipalities.add(a.municipalityId);
      });
      for (const m of municipalities) {
        const stage = await this.repo.stage(p.scope, id, m, tx);
        if (stage?.finalisedAt) problems.push(problem('APPLICATION_LIST_FINALISED', {}, { row: 0, field: 'applicationId' }));
      }
      if (problems.length > 0) throw new AppError('VALIDATION_FAILED', 'the scores cannot be recorded', problems);
      for (const s of scores) await this.repo.setScore(tx, s.applicationId, (scoreToHundredths(s.score) / 100).toFixed(2));
      await this.audit.record(tx, actorOf(p), {
        action: 'scored',
        entity: 'Application',
        entityIds: scores.map((s) => s.applicationId),
        details: { count: scores.length },
      });
      return { recorded: scores.length };
    });
  }

  /**
   * Build each named municipality's ranked shortlist (ceil(1.5 × required) per community) and
   * send it to the commission, only once the application deadline has passed. A re-send (e.g.
   * after a score correction) is the next version with what changed and by whom; it is refused
   * once the commission has started its final list, until ADMIN reopens it.
   */
  sendShortlists(p: Principal, id: string, municipalityCodes: readonly string[], reason?: string) {
    const now = this.clock.now();
    return this.transactions.run(async (tx) => {
      const c = await this.repo.competition(id, tx);
      if (!c) throw unknownCompetition();
      const out = [];
      for (const code of municipalityCodes) {
        const m = await this.repo.municipality(p.scope, code, tx);
        if (!m)
          throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`, [
            problem('MUNICIPALITY_UNKNOWN', { code }, { field: 'municipalityCodes' }),
          ]);
        const stage = await this.repo.lockStage(tx, p.scope, id, m.id);
        const gate = shortlistGate(c.applicationDeadline, stateOf(stage), now);
        if (!gate.ok) throw gateError(gate);
        const targets = (await this.repo.targets(p.scope, id, m.id, tx)).filter((t) => t.enumerators > 0);
        if (targets.length === 0)
          throw new AppError('RECRUITMENT_STAGE', `${code} has no enumerator targets`, [
            problem('NO_ENUMERATOR_TARGETS', { code }, { field: 'municipalityCodes' }),
          ]);
        const apps = await this.repo.enumeratorApplications(p.scope, id, m.id, tx);
        // An ineligible application is kept and shown, never shortlisted.
        const lists = buildShortlist(targets, apps.filter((a) => a.eligible).map(candidateOf));
        const entries: ShortlistEntry[] = lists.flatMap((l) =>
          l.entries.map((e) => ({ applicationId: e.applicationId, community: l.community, rank: e.rank })),
        );
        const ranks = new Map(entries.map((e) => [e.applicationId, e.rank] as const));
        const previous = await this.repo.lastShortlistVersion(tx, p.scope, id, m.id);
        const version = (stage?.shortlistVersion ?? 0) + 1;
        const changes = shortlistChanges((previous?.entries ?? []) as unknown as ShortlistEntry[], entries);
        await this.repo.setShortlistRanks(tx, p.scope, id, m.id, ranks);
        await this.repo.addShortlistVersion(tx, {
          competitionId: id,
          municipalityId: m.id,
          version,
          sentAt: now,
          sentById: p.userId,
          entries: entries.map((e) => ({ ...e })),
          changes: { added: [...changes.added], removed: [...changes.removed], moved: changes.moved.map((x) => ({ ...x })) },
          reason: reason ?? null,
        });
        await this.repo.setStage(tx, p.scope, id, m.id, { shortlistSentAt: now, shortlistVersion: version });
        await this.audit.record(tx, actorOf(p), {
          action: version === 1 ? 'shortlist-sent' : 'shortlist-resent',
          entity: 'CommissionStage',
          entityIds: [id],
          municipalityId: m.id,
          details: {
            version,
            candidates: ranks.size,
            communities: lists.map((l) => ({ community: l.community, size: l.size, shortfall: l.shortfall })),
            ...(version > 1
              ? { added: changes.added.length, removed: changes.removed.length, moved: changes.moved.length, reason: reason ?? null }
              : {}),
          },
        });
        out.push({
          municipalityCode: code,
          version,
          changes: version > 1 ? changes : null,
          communities: lists.map((l) => ({ community: l.community, required: l.required, size: l.size, shortfall: l.shortfall })),
        });
      }
      return { sentAt: now, municipalities: out };
    });
  }
}

export function candidateOf(a: {
  id: string;
  nationalId: string;
  community: Community;
  languageOfWork: import('../generated/prisma/enums.js').Language;
  score: { toString(): string } | null;
  submittedAt: Date;
}) {
  return {
    id: a.id,
    nationalId: a.nationalId,
    community: a.community,
    languageOfWork: a.languageOfWork,
    scoreHundredths: a.score === null ? null : scoreToHundredths(a.score.toString()),
    submittedAt: a.submittedAt,
  };
}
