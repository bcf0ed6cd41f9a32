import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_LOCALE, type Locale } from '../common/i18n/locales.js';
import { wordNotice } from '../common/i18n/word-notice.js';
import { noticeOf } from '../common/text/notice.js';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { fromDate } from '../common/http/zod.pipe.js';
import { Transactions } from '../common/prisma/transaction.js';
import { CensusLookup } from '../census/census-lookup.js';
import { Clock } from './clock.js';
import { computeFlags } from './domain/deadline-flags.js';
import { DEADLINE_TIME_ZONE } from './domain/timeline.js';
import { RecruitmentRepository } from './recruitment.repository.js';
import { TRAINING_NOTICE_LOOKUP, type TrainingNoticeLookup } from './recruitment.hooks.js';

/**
 * The deadline checks: for every competition, flags computed by the pure `computeFlags` from
 * the timeline, the commissions' states and the server clock, stored in PostgreSQL (the
 * `recruitment.deadline-check` job runs this once per cluster per tick).
 */
@Injectable()
export class DeadlineService {
  constructor(
    private readonly repo: RecruitmentRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly censuses: CensusLookup,
    private readonly transactions: Transactions,
    /** Required: bound to the training events in src/wiring. */
    @Inject(TRAINING_NOTICE_LOOKUP) private readonly trainings: TrainingNoticeLookup,
  ) {}

  async checkAll(): Promise<{ competitions: number; flags: number }> {
    const now = this.clock.now();
    let flags = 0;
    const competitions = await this.repo.competitions();
    for (const c of competitions) {
      const states = await this.repo.commissionStates(c.id);
      const notices = await this.trainings.notices({
        id: c.id,
        from: fromDate(c.kkrTraining) as string,
        to: fromDate(c.enumeratorTrainingTo) as string,
      });
      const timeline = {
        kkrConfirmationDue: fromDate(c.kkrConfirmationDue) as string,
        finalListDue: fromDate(c.finalListDue) as string,
        publicationBy: fromDate(c.publicationBy) as string,
      };
      // date-only deadlines end at midnight in the census's zone
      const zone = c.censusId ? (await this.censuses.context(c.censusId).catch(() => null))?.timeZone : undefined;
      const computed = computeFlags(timeline, states, notices, now, zone ?? DEADLINE_TIME_ZONE);
      await this.transactions.run(async (tx) => {
        await this.repo.storeFlags(tx, c.id, computed, now);
        await this.audit.record(tx, SYSTEM_ACTOR, {
          action: 'checked',
          entity: 'DeadlineFlag',
          entityIds: [c.id],
          details: { flags: computed.length },
        });
      });
      flags += computed.length;
    }
    return { competitions: competitions.length, flags };
  }

  /** ASK sees every flag; a municipality only its own. */
  async list(
    p: Principal,
    q: { competitionId?: string | undefined; census?: string | undefined; municipality?: string | undefined },
    locale: Locale = DEFAULT_LOCALE,
  ) {
    const censusId = await this.censuses.filter(q.census);
    let municipalityId: string | undefined;
    if (q.municipality) {
      // a municipality out of scope or unknown simply has no flags here
      const m = await this.repo.municipality(p.scope, q.municipality);
      if (!m) return [];
      municipalityId = m.id;
    }
    const rows = await this.repo.flags(p.scope, q.competitionId, censusId, municipalityId);
    const codes = new Map((await this.repo.municipalityCodes([...new Set(rows.map((r) => r.municipalityId))])).map((m) => [m.id, m.code]));
    return rows.map((r) => {
      const n = noticeOf(r.notice);
      return { ...r, notice: { ...n, text: wordNotice(locale, 'flag', n) }, municipalityCode: codes.get(r.municipalityId) ?? null };
    });
  }
}
