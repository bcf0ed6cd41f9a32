import { Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal.js';
import { pageArray } from '../../common/http/lists.js';
import { DEFAULT_LOCALE, type Locale } from '../../common/i18n/locales.js';
import { wordNotice } from '../../common/i18n/word-notice.js';
import { noticeOf, noticesOf } from '../../common/text/notice.js';
import type { QualityThresholds } from '../../payroll/counts/domain/quality-rules.js';
import { CountFlagRepository } from '../../payroll/counts/quality/count-flag.repository.js';
import { FlagRepository, type FlagFilter } from './flag.repository.js';

/** Quality flags: read in scope, accepted by FINANCE/ADMIN, evaluated again on demand; thresholds; held pay lines. */
@Injectable()
export class FlagService {
  constructor(
    private readonly flags: FlagRepository,
    private readonly evaluator: CountFlagRepository,
  ) {}

  async list(p: Principal, f: FlagFilter, locale: Locale = DEFAULT_LOCALE) {
    const page = await this.flags.list(p.scope, f);
    return { ...page, items: page.items.map((r) => worded(r, locale)) };
  }

  async accept(p: Principal, id: string, reason: string, locale: Locale = DEFAULT_LOCALE) {
    return worded(await this.flags.accept(p, id, reason, new Date()), locale);
  }

  async evaluate(p: Principal) {
    const created = await this.evaluator.evaluateCurrent(p.scope.kind === 'national' ? null : p.scope.municipalityIds, new Date());
    return { created };
  }

  thresholds(): Promise<QualityThresholds> {
    return this.evaluator.currentThresholds();
  }

  saveThresholds(p: Principal, t: QualityThresholds) {
    return this.flags.saveThresholds(p, t);
  }

  async held(p: Principal, runId: string, q: { limit: number; cursor?: string | undefined }, locale: Locale = DEFAULT_LOCALE) {
    const rows = await this.flags.heldLines(p.scope, runId);
    return pageArray(
      rows.map((r) => {
        const n = noticeOf(r.description);
        return { ...r, description: { ...n, text: wordNotice(locale, 'payNote', n) } };
      }),
      q,
    );
  }
}

/** A flag with its stored notices worded in the reader's language: each one, and all joined as `explanation`. */
function worded<T extends { explanation: unknown }>(flag: T, locale: Locale) {
  const notices = noticesOf(flag.explanation).map((n) => ({ ...n, text: wordNotice(locale, 'qualityFlag', n) }));
  return { ...flag, explanation: notices.map((n) => n.text).join('; '), notices };
}
