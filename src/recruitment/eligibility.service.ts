import { Injectable } from '@nestjs/common';
import { fromDate } from '../common/http/zod.pipe.js';
import type { Tx } from '../common/prisma/transaction.js';
import { AppError } from '../common/errors/app-error.js';
import { zodProblem } from '../common/errors/zod-problem.js';
import { checkEligibility, eligibilityKey, eligibilitySettings, type Ineligibility } from './domain/eligibility.js';
import { EligibilityRepository } from './eligibility.repository.js';
import type { CompetitionRow } from './recruitment.repository.js';

export interface EligibilityInput {
  readonly nationalId: string;
  readonly municipalityId: string;
  readonly dateOfBirth: string | null;
  readonly documents: readonly string[];
  readonly email: string | null;
  readonly phone: string | null;
}

/** Load → check (domain/eligibility.ts): the reasons an application is not eligible, at application time. */
@Injectable()
export class EligibilityService {
  constructor(private readonly repo: EligibilityRepository) {}

  /** The rules and reference date of a competition's census; a competition without a census uses the defaults at its field work start. */
  async rulesOf(tx: Tx, c: CompetitionRow) {
    const census = await this.repo.census(tx, c.censusId);
    const parsed = eligibilitySettings.safeParse(eligibilityKey(census?.settings));
    if (!parsed.success)
      throw new AppError(
        'CENSUS_SETTINGS_INVALID',
        'the eligibility settings of the census are not valid',
        parsed.error.issues.map((i) => zodProblem(i, ['settings', 'eligibility', ...i.path].join('.'))),
      );
    return {
      rules: parsed.data,
      referenceDate: fromDate(census?.referenceDate ?? c.fieldworkFrom) as string,
    };
  }

  async assess(tx: Tx, rules: Awaited<ReturnType<EligibilityService['rulesOf']>>, a: EligibilityInput): Promise<Ineligibility[]> {
    const engagedIn = rules.rules.notEngagedElsewhere ? await this.repo.engagedElsewhere(tx, a.nationalId, a.municipalityId) : [];
    const kkrOf = rules.rules.notKkrMember ? await this.repo.kkrOf(tx, a.email, a.phone) : [];
    return checkEligibility(rules.rules, rules.referenceDate, { dateOfBirth: a.dateOfBirth, documents: a.documents, engagedIn, kkrOf });
  }
}
