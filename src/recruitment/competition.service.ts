import { Inject, Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import { inTransaction } from '../common/prisma/transaction.js';
import type { Community } from '../generated/prisma/enums.js';
import { Clock } from './clock.js';
import { buildShortlist, scoreToHundredths } from './domain/shortlist.js';
import { DATE_FIELDS, DEFAULT_TIMELINE, type Timeline, timelineProblems } from './domain/timeline.js';
import { type CompetitionRow, RecruitmentRepository } from './recruitment.repository.js';

export const unknownCompetition = (): AppError => new AppError('COMPETITION_UNKNOWN', 'competition not found');

export function timelineOf(c: CompetitionRow): Timeline {
  const t = { applicationDeadline: c.applicationDeadline.toISOString() } as Record<keyof Timeline, string>;
  for (const f of DATE_FIELDS) t[f] = fromDate(c[f]) as string;
  return t;
}

export function competitionView(c: CompetitionRow) {
  return { id: c.id, code: c.code, name: c.name, timeline: timelineOf(c), createdAt: c.createdAt, updatedAt: c.updatedAt };
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
    @Inject(PRISMA) private readonly prisma: PrismaClient,
  ) {}

  async list() {
    return { items: (await this.repo.competitions()).map(competitionView) };
  }

  async get(id: string) {
    const c = await this.repo.competition(id);
    if (!c) throw unknownCompetition();
    return competitionView(c);
  }

  /** A new competition; every timeline date not given takes the letter's default. */
  create(p: Principal, input: { code: string; name: string; timeline?: Partial<Timeline> }) {
    const timeline: Timeline = { ...DEFAULT_TIMELINE, ...input.timeline };
    assertTimeline(timeline);
    return inTransaction(this.prisma, async (tx) => {
      const c = await this.repo.createCompetition(tx, { code: input.code, name: input.name, ...timelineData(timeline) });
      await this.audit.record(tx, actorOf(p), { action: 'created', entity: 'Competition', entityIds: [c.id], details: { code: c.code } });
      return competitionView(c);
    });
  }

  update(p: Principal, id: string, input: { name?: string; timeline?: Partial<Timeline> }) {
    return inTransaction(this.prisma, async (tx) => {
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
    return inTransaction(this.prisma, async (tx) => {
      if (!(await this.repo.competition(id, tx))) throw unknownCompetition();
      const byMunicipality = new Map<string, TargetInput[]>();
      rows.forEach((r) => byMunicipality.set(r.municipalityCode, [...(byMunicipality.get(r.municipalityCode) ?? []), r]));
      const problems: { row: number; field: string; reason: string }[] = [];
      const resolved: { municipalityId: string; rows: TargetInput[] }[] = [];
      for (const [code, list] of byMunicipality) {
        const m = await this.repo.municipality(p.scope, code, tx);
        if (!m) {
          problems.push({
            row: rows.indexOf(list[0] as TargetInput) + 1,
            field: 'municipalityCode',
            reason: `unknown municipality ${code}`,
          });
          continue;
        }
        const seen = new Set<Community>();
        for (const r of list) {
          if (seen.has(r.community))
            problems.push({ row: rows.indexOf(r) + 1, field: 'community', reason: `${code} ${r.community} is given twice` });
          seen.add(r.community);
        }
        resolved.push({ municipalityId: m.id, rows: list });
      }
      if (problems.length > 0) throw new AppError('VALIDATION_FAILED', 'the staffing targets cannot be set', problems);
      for (const r of resolved) {
        const stage = await this.repo.stage(p.scope, id, r.municipalityId, tx);
        if (stage?.finalisedAt)
          throw new AppError('RECRUITMENT_STAGE', 'the targets of a municipality cannot change after its final list', [
            { field: 'municipalityCode', reason: `${r.rows[0]?.municipalityCode} has finalised its list` },
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
    return inTransaction(this.prisma, async (tx) => {
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
      const problems: { row: number; field: string; reason: string }[] = [];
      const municipalities = new Set<string>();
      scores.forEach((s, i) => {
        const a = found.get(s.applicationId);
        if (!a) problems.push({ row: i + 1, field: 'applicationId', reason: 'no such application in this competition' });
        else municipalities.add(a.municipalityId);
      });
      for (const m of municipalities) {
        const stage = await this.repo.stage(p.scope, id, m, tx);
        if (stage?.finalisedAt)
          problems.push({ row: 0, field: 'applicationId', reason: 'the municipality of an application has finalised its list' });
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
   * mark it sent to the commission. May be sent again (e.g. after a score correction) until
   * the commission has finalised.
   */
  sendShortlists(p: Principal, id: string, municipalityCodes: readonly string[]) {
    const now = this.clock.now();
    return inTransaction(this.prisma, async (tx) => {
      if (!(await this.repo.competition(id, tx))) throw unknownCompetition();
      const out = [];
      for (const code of municipalityCodes) {
        const m = await this.repo.municipality(p.scope, code, tx);
        if (!m)
          throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`, [{ field: 'municipalityCodes', reason: code }]);
        const stage = await this.repo.lockStage(tx, p.scope, id, m.id);
        if (stage?.finalisedAt)
          throw new AppError('RECRUITMENT_STAGE', `${code} has already finalised its list`, [{ field: 'municipalityCodes', reason: code }]);
        const targets = (await this.repo.targets(p.scope, id, m.id, tx)).filter((t) => t.enumerators > 0);
        if (targets.length === 0)
          throw new AppError('RECRUITMENT_STAGE', `${code} has no enumerator targets`, [{ field: 'municipalityCodes', reason: code }]);
        const apps = await this.repo.enumeratorApplications(p.scope, id, m.id, tx);
        // An ineligible application is kept and shown, never shortlisted.
        const lists = buildShortlist(targets, apps.filter((a) => a.eligible).map(candidateOf));
        const ranks = new Map(lists.flatMap((l) => l.entries.map((e) => [e.applicationId, e.rank] as const)));
        await this.repo.setShortlistRanks(tx, p.scope, id, m.id, ranks);
        await this.repo.setStage(tx, p.scope, id, m.id, { shortlistSentAt: now });
        await this.audit.record(tx, actorOf(p), {
          action: 'shortlist-sent',
          entity: 'CommissionStage',
          entityIds: [id],
          municipalityId: m.id,
          details: {
            candidates: ranks.size,
            communities: lists.map((l) => ({ community: l.community, size: l.size, shortfall: l.shortfall })),
          },
        });
        out.push({
          municipalityCode: code,
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
