import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { actorOf, AuditService } from '../../audit/audit.service.js';
import type { Principal } from '../../auth/principal.js';
import { AppError, type ErrorDetail, problem } from '../../common/errors/app-error.js';
import { zodProblem } from '../../common/errors/zod-problem.js';
import { pageArray, type Page } from '../../common/http/lists.js';
import { isoDate } from '../../common/http/zod.pipe.js';
import { Transactions } from '../../common/prisma/transaction.js';
import { toTariffRules } from '../domain/tariff.js';
import { CensusLookup } from '../../census/census-lookup.js';
import type { CensusCalendar } from '../../census/domain/calendar.js';
import { type NewTariff, TariffRepository, toView, type TariffView } from './tariff.repository.js';

// Amounts travel as strings so no float ever touches money; the pure rules check the scale
// and range (cents for amounts, 4 decimals for rates, 0–100 with 2 decimals for tax).
const DECIMAL_EXAMPLES: Readonly<Record<string, string>> = {
  supervisorMonthly: '600.00',
  prepAmount: '150.00',
  rateBuilding: '0.30',
  rateDwelling: '0.50',
  rateHousehold: '1.00',
  rateIndividual: '0.80',
  rateDiaspora: '0.50',
  taxPercent: '0',
};
/** NOT_DECIMAL: worded with the field's example (DECIMAL_EXAMPLES). */
const decimal = () => z.string({ message: 'NOT_DECIMAL' }).regex(/^\d{1,12}(\.\d{1,12})?$/, 'NOT_DECIMAL');

export const tariffBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    effectiveFrom: isoDate,
    supervisorMonthly: decimal(),
    payMonths: z
      .array(z.object({ from: isoDate, to: isoDate }).strict())
      .min(1, 'PAY_MONTHS_EMPTY')
      .max(24),
    prepAmount: decimal(),
    prepFrom: isoDate,
    prepTo: isoDate,
    interviewFrom: isoDate,
    interviewTo: isoDate,
    rateBuilding: decimal(),
    rateDwelling: decimal(),
    rateHousehold: decimal(),
    rateIndividual: decimal(),
    rateDiaspora: decimal(),
    taxPercent: decimal().default('0'),
    /** code or id of the census; default: the only open census */
    census: z.string().trim().min(1).max(64).optional(),
  })
  .strict();

/** The windows a tariff takes from its census's calendar when the body leaves them out. */
const WINDOW_FIELDS = ['payMonths', 'prepFrom', 'prepTo', 'interviewFrom', 'interviewTo'] as const;

/**
 * Every problem of a tariff body, by field: the shape first, then the pay rules' own checks.
 * Pay months and the preparatory and interview windows not given come from `calendar`.
 */
export function tariffProblems(
  body: unknown,
  calendar: Pick<CensusCalendar, (typeof WINDOW_FIELDS)[number]>,
): { ok: true; tariff: NewTariff } | { ok: false; problems: ErrorDetail[] } {
  const given = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const windows = Object.fromEntries(
    WINDOW_FIELDS.filter((f) => given[f] === undefined).map((f) => [
      f,
      f === 'payMonths' ? calendar.payMonths.map((m) => ({ ...m })) : calendar[f],
    ]),
  );
  const parsed = tariffBody.safeParse(typeof body === 'object' && body !== null ? { ...windows, ...given } : body);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => {
        const field = i.path.join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(', ') : '(body)');
        if (i.code === 'unrecognized_keys') return problem('NOT_A_TARIFF_FIELD', {}, { field });
        const p = zodProblem(i, field);
        return p.code === 'NOT_DECIMAL' ? { ...p, params: { example: DECIMAL_EXAMPLES[String(i.path[0])] ?? '0.00' } } : p;
      }),
    };
  }
  const { census: _census, ...values } = parsed.data;
  const checked = toTariffRules({ ...values, version: 0 });
  if (!checked.ok) return { ok: false, problems: checked.problems };
  return { ok: true, tariff: values };
}

/**
 * Versioned tariffs: every amount and rule of field pay. A change is a new version (highest +
 * 1); versions are never edited, so a pay run always names the exact rules it used.
 */
@Injectable()
export class TariffService {
  constructor(
    private readonly tariffs: TariffRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly censuses: CensusLookup,
  ) {}

  async list(q: { census?: string | undefined; limit: number; cursor?: string | undefined }): Promise<Page<TariffView>> {
    const rows = await this.tariffs.list(await this.censuses.filter(q.census));
    return pageArray(rows.map(toView), q);
  }

  async get(id: string): Promise<TariffView> {
    const row = await this.tariffs.find(id);
    if (!row) throw new AppError('TARIFF_UNKNOWN', 'tariff not found');
    return toView(row);
  }

  /** The next version, of a census (named, or the only open one); windows not given are the census calendar's. */
  async create(p: Principal, body: unknown): Promise<TariffView> {
    const ref = typeof body === 'object' && body !== null ? (body as { census?: unknown }).census : undefined;
    const census = await this.censuses.resolve(typeof ref === 'string' ? ref : undefined);
    const checked = tariffProblems(body, census.calendar);
    if (!checked.ok) {
      const n = checked.problems.length;
      throw new AppError('TARIFF_INVALID', `the tariff has ${n} ${n === 1 ? 'problem' : 'problems'}`, checked.problems);
    }
    return this.transactions.run(async (tx) => {
      const row = await this.tariffs.create(tx, checked.tariff, p.userId, census.id);
      await this.audit.record(tx, actorOf(p), {
        action: 'created',
        entity: 'Tariff',
        entityIds: [row.id],
        details: { version: row.version, effectiveFrom: checked.tariff.effectiveFrom, census: census.code },
      });
      return toView(row);
    });
  }
}
