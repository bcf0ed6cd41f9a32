import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppError } from '../../common/errors/app-error.js';
import { KkrRepository } from '../../commissions/kkr.repository.js';
import { Role } from '../../generated/prisma/enums.js';
import { PayExportsRepository } from '../../payroll/exports/pay-exports.repository.js';
import { RETENTION } from '../domain/retention.js';
import { reportText } from '../report-language.js';
import { type ReportContext, ReportType, type ReportTypeDefinition } from '../report-type.js';
import { municipalityName } from './names.js';

/**
 * (5) Table 1 of the letter: a municipality's KKR members and its two contact persons. Tagged:
 * a one-page letter that is sent on and read on screen. A working list (kept 14 days): it is
 * rendered again whenever the list changes.
 */
const params = z.strictObject({ municipalityCode: z.string().trim().min(1).max(64) });
type Params = z.output<typeof params>;

@ReportType()
@Injectable()
export class KkrMembersReport implements ReportTypeDefinition<Params> {
  constructor(
    private readonly kkrRepository: KkrRepository,
    private readonly payExportsRepository: PayExportsRepository,
  ) {}

  private async resolve(ctx: ReportContext<Params>) {
    const m = await this.kkrRepository.municipality(ctx.scope, ctx.params.municipalityCode);
    if (!m) throw new AppError('MUNICIPALITY_UNKNOWN', 'municipality not found');
    return m;
  }

  readonly type = 'kkr-members';
  readonly params = params;
  readonly roles = [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY];
  readonly template = 'kkr-members';
  readonly retentionDays = RETENTION.draft;
  readonly tagged = true;
  async municipality(ctx: ReportContext<Params>) {
    return (await this.resolve(ctx)).id;
  }
  async fingerprint(ctx: ReportContext<Params>) {
    const m = await this.resolve(ctx);
    const members = await this.kkrRepository.members(ctx.scope, m.id);
    return { municipality: m.id, members: members.map((x) => [x.position, x.updatedAt]) };
  }
  async load(ctx: ReportContext<Params>) {
    const m = await this.resolve(ctx);
    const [members, municipalities] = await Promise.all([
      this.kkrRepository.members(ctx.scope, m.id),
      this.payExportsRepository.municipalities(),
    ]);
    const name = municipalityName(municipalities.get(m.id), ctx.language);
    return {
      title: `${reportText(ctx.language, 'report.kkrTitle')} – ${name}`,
      model: { municipality: { code: m.code, name }, members, contacts: members.filter((x) => x.isContactPerson) },
    };
  }
}
