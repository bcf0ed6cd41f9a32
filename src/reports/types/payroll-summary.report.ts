import { z } from 'zod';
import { formatCents } from '../../common/money/money.js';
import { Role } from '../../generated/prisma/enums.js';
import { PayExportsRepository } from '../../payroll/exports/pay-exports.repository.js';
import { runNotFound } from '../../payroll/exports/pay-exports.service.js';
import { barChartSvg } from '../domain/bar-chart.js';
import { RETENTION } from '../domain/retention.js';
import { translate } from '../domain/strings.js';
import { defineReport, type ReportContext } from '../report-type.js';
import { municipalityName } from './names.js';

/**
 * (2) Summary of a pay run: totals per municipality (table and a bar chart of net pay, inline
 * SVG drawn on the server) and one row per person, chunked by 500 rows. Untagged: a finance
 * working document of up to thousands of pages, printed and archived.
 */
const params = z.strictObject({ runId: z.uuid() });
type Params = z.output<typeof params>;

async function run(ctx: ReportContext<Params>) {
  const r = await ctx.get(PayExportsRepository).findRun(ctx.scope, ctx.params.runId);
  if (!r) throw runNotFound();
  return r;
}

export const payrollSummaryReport = defineReport<Params>({
  type: 'payroll-summary',
  params,
  roles: [Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY],
  template: 'payroll-summary',
  retentionDays: RETENTION.payroll,
  tagged: false,
  chunkSize: 500,
  async municipality(ctx) {
    return (await run(ctx)).municipalityId;
  },
  async fingerprint(ctx) {
    const r = await run(ctx);
    return [r.id, r.status, r.computedAt, r.approvedAt, r.peopleCount, r.grossCents, r.deductionsCents, r.netCents];
  },
  async load(ctx) {
    const r = await run(ctx);
    const repo = ctx.get(PayExportsRepository);
    const [rows, municipalities] = await Promise.all([repo.municipalityTotals(ctx.scope, r.id), repo.municipalities()]);
    const byMunicipality = new Map<string, { people: number; gross: bigint; deductions: bigint; net: bigint }>();
    for (const row of rows) {
      const t = byMunicipality.get(row.municipalityId) ?? { people: 0, gross: 0n, deductions: 0n, net: 0n };
      t.people += row.people;
      t.gross += row.grossCents;
      t.deductions += row.deductionsCents;
      t.net += row.netCents;
      byMunicipality.set(row.municipalityId, t);
    }
    const ids = [...byMunicipality.keys()].sort((a, b) => (municipalities.get(a)?.sortOrder ?? 0) - (municipalities.get(b)?.sortOrder ?? 0));
    const list = ids.map((id) => {
      const t = byMunicipality.get(id) as { people: number; gross: bigint; deductions: bigint; net: bigint };
      return { id, name: municipalityName(municipalities.get(id), ctx.language), ...t };
    });
    const sum = list.reduce(
      (s, m) => ({ people: s.people + m.people, gross: s.gross + m.gross, deductions: s.deductions + m.deductions, net: s.net + m.net }),
      { people: 0, gross: 0n, deductions: 0n, net: 0n },
    );
    const chart = barChartSvg(list.map((m) => ({ label: m.name, value: m.net, caption: formatCents(m.net) })));
    const names = new Map(ids.map((id) => [id, municipalityName(municipalities.get(id), ctx.language)]));
    async function* batches(): AsyncGenerator<unknown[]> {
      for await (const people of repo.peopleBatches(ctx.scope, r.id, ids, {}, 1_000)) {
        yield people.map((p) => ({
          name: p.fullName,
          kind: p.kind,
          municipality: names.get(p.municipalityId) ?? '',
          status: p.status,
          gross: formatCents(p.grossCents),
          deductions: formatCents(p.deductionsCents),
          net: formatCents(p.netCents),
        }));
      }
    }
    return {
      title: translate('summaryTitle', ctx.language),
      model: {
        run: {
          id: r.id,
          kind: r.kind,
          status: r.status,
          approved: r.status === 'APPROVED',
          tariffVersion: r.tariff.version,
          tariffName: r.tariff.name,
          peopleCount: r.peopleCount,
        },
        chart,
        municipalities: list.map((m) => ({
          name: m.name,
          people: m.people,
          gross: formatCents(m.gross),
          deductions: formatCents(m.deductions),
          net: formatCents(m.net),
        })),
        totals: { people: sum.people, gross: formatCents(sum.gross), deductions: formatCents(sum.deductions), net: formatCents(sum.net) },
      },
      items: { total: sum.people, batches: batches() },
    };
  },
});
