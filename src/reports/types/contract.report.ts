import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppError } from '../../common/errors/app-error.js';
import { ContractRepository } from '../../contracts/contract.repository.js';
import { fromDate } from '../../common/http/zod.pipe.js';
import { Role } from '../../generated/prisma/enums.js';
import { PayExportsRepository } from '../../payroll/exports/pay-exports.repository.js';
import { TariffRepository, toValues } from '../../payroll/tariffs/tariff.repository.js';
import { StaffRepository } from '../../staff/staff.repository.js';
import { RETENTION } from '../domain/retention.js';
import { reportText, type ReportLanguage } from '../report-language.js';
import { type ReportContext, ReportType, type ReportTypeDefinition } from '../report-type.js';
import { municipalityName } from './names.js';
import { formatAmount } from '../../common/i18n/format.js';

/**
 * (7) The contract between ASK and one person (letter point 5): the supervisor template (fixed
 * monthly pay per pay month) or the enumerator template (preparatory amount and piece rates),
 * filled from the staff record (engagement dates, team, EAs) and the tariff in effect on the
 * engagement start (or the version given). Tagged: a legal document read by its signatory.
 */
/** A piece rate ("0.8000", "0.0050") in the document's language: at least two decimals, none lost. */
function rateIn(lang: ReportLanguage) {
  return (rate: string): string => {
    const decimals = rate.includes('.') ? rate.replace(/0+$/, '').split('.')[1]?.length ?? 0 : 0;
    return formatAmount(rate, lang, { fractionDigits: Math.max(2, decimals) });
  };
}

const params = z.strictObject({ staffId: z.uuid(), tariffVersion: z.number().int().min(1).optional(), contractId: z.uuid().optional() });
type Params = z.output<typeof params>;

@ReportType()
@Injectable()
export class ContractReport implements ReportTypeDefinition<Params> {
  constructor(
    private readonly staffRepository: StaffRepository,
    private readonly tariffRepository: TariffRepository,
    private readonly contractRepository: ContractRepository,
    private readonly payExportsRepository: PayExportsRepository,
  ) {}

  private async resolve(ctx: ReportContext<Params>) {
    const staff = await this.staffRepository.find(ctx.scope, ctx.params.staffId);
    if (!staff) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
    const tariffs = this.tariffRepository;
    const tariff =
      ctx.params.tariffVersion !== undefined
        ? await tariffs.findVersion(ctx.params.tariffVersion)
        : await tariffs.effectiveOn(staff.engagementStart ?? ctx.now);
    if (!tariff) throw new AppError('TARIFF_MISSING', 'no tariff is in effect for this engagement');
    // The contract record it prints (number and period): the one named, else the person's newest.
    const contract = await this.contractRepository.forDocument(ctx.scope, staff.id, ctx.params.contractId);
    if (ctx.params.contractId !== undefined && !contract) throw new AppError('CONTRACT_UNKNOWN', 'contract not found');
    return { staff, tariff, contract };
  }

  readonly type = 'contract';
  readonly params = params;
  readonly roles = [Role.ADMIN, Role.FINANCE];
  readonly template = 'contract-enumerator';
  readonly retentionDays = RETENTION.payroll;
  readonly tagged = true;
  async municipality(ctx: ReportContext<Params>) {
    return (await this.resolve(ctx)).staff.municipalityId;
  }
  async fingerprint(ctx: ReportContext<Params>) {
    const { staff, tariff, contract } = await this.resolve(ctx);
    const related = await this.staffRepository.related(ctx.scope, staff.id, new Date('1900-01-01T00:00:00Z'));
    return { staff: [staff.id, staff.updatedAt, staff.team?.code], tariff: tariff.id, related, contract: contract ? [contract.id, contract.updatedAt] : null };
  }
  async load(ctx: ReportContext<Params>) {
    const { staff, tariff, contract } = await this.resolve(ctx);
    const [related, municipalities] = await Promise.all([
      this.staffRepository.related(ctx.scope, staff.id, new Date('1900-01-01T00:00:00Z')),
      this.payExportsRepository.municipalities(),
    ]);
    const v = toValues(tariff);
    const rateText = rateIn(ctx.language);
    const supervisor = staff.kind === 'SUPERVISOR';
    const teams = supervisor ? related.ledTeams.map((t) => t.code) : staff.team ? [staff.team.code] : [];
    return {
      title: `${reportText(ctx.language, supervisor ? 'report.contractSupervisorTitle' : 'report.contractEnumeratorTitle')} – ${staff.fullName}`,
      template: supervisor ? 'contract-supervisor' : 'contract-enumerator',
      model: {
        contract: contract ? { number: contract.number, periodFrom: fromDate(contract.periodFrom), periodTo: fromDate(contract.periodTo) } : null,
        person: {
          name: staff.fullName,
          kind: staff.kind,
          nationalId: staff.nationalId,
          municipality: municipalityName(municipalities.get(staff.municipalityId), ctx.language),
          engagementStart: fromDate(staff.engagementStart),
          engagementEnd: fromDate(staff.engagementEnd),
        },
        teams,
        eas: supervisor ? [] : related.currentAssignments.map((a) => ({ code: a.ea.code, from: fromDate(a.validFrom), to: fromDate(a.validTo) })),
        tariff: {
          version: tariff.version,
          name: tariff.name,
          currency: tariff.currency,
          supervisorMonthly: v.supervisorMonthly,
          months: v.payMonths.length,
          payMonths: v.payMonths,
          prepAmount: v.prepAmount,
          prepFrom: v.prepFrom,
          prepTo: v.prepTo,
          interviewFrom: v.interviewFrom,
          interviewTo: v.interviewTo,
          rates: [
            { unit: 'BUILDING', rate: rateText(v.rateBuilding) },
            { unit: 'DWELLING', rate: rateText(v.rateDwelling) },
            { unit: 'HOUSEHOLD', rate: rateText(v.rateHousehold) },
            { unit: 'INDIVIDUAL', rate: rateText(v.rateIndividual) },
            { unit: 'DIASPORA', rate: rateText(v.rateDiaspora) },
          ],
        },
      },
    };
  }
}
