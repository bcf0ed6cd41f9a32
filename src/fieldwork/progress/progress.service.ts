import { Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal.js';
import { type RowProblem, rowProblem } from '../../common/tabular/columns.js';
import { openRecords } from '../../common/tabular/records.js';
import { refuseRows } from '../../common/tabular/tabular-import.js';
import { EXPECTATION_COLUMNS, EXPECTATION_IMPORT, type ExpectationRow, percent, readExpectation } from '../domain/expectations.js';
import { pageArray } from '../../common/http/lists.js';
import { type EaProgressRow, ProgressRepository } from './progress.repository.js';

interface Totals {
  eas: number;
  started: number;
  finished: number;
  withExpectation: number;
  reported: { dwellings: number; households: number; individuals: number };
  expected: { dwellings: number; households: number; individuals: number };
}

const emptyTotals = (): Totals => ({
  eas: 0,
  started: 0,
  finished: 0,
  withExpectation: 0,
  reported: { dwellings: 0, households: 0, individuals: 0 },
  expected: { dwellings: 0, households: 0, individuals: 0 },
});

function add(t: Totals, r: EaProgressRow): void {
  t.eas++;
  if (r.started) t.started++;
  if (r.finished) t.finished++;
  t.reported.dwellings += r.reportedDwellings;
  t.reported.households += r.reportedHouseholds;
  t.reported.individuals += r.reportedIndividuals;
  if (r.expectedHouseholds !== null) {
    t.withExpectation++;
    t.expected.dwellings += r.expectedDwellings ?? 0;
    t.expected.households += r.expectedHouseholds;
    t.expected.individuals += r.expectedIndividuals ?? 0;
  }
}

const view = (t: Totals) => ({
  ...t,
  startedPercent: percent(t.started, t.eas),
  finishedPercent: percent(t.finished, t.eas),
  householdsPercent: percent(t.reported.households, t.expected.households),
  individualsPercent: percent(t.reported.individuals, t.expected.individuals),
});

/** Expected figures per EA and progress of the field work against them (per EA, municipality, nation; daily). */
@Injectable()
export class ProgressService {
  constructor(private readonly repo: ProgressRepository) {}

  async importExpectations(p: Principal, body: unknown) {
    const records = openRecords(EXPECTATION_IMPORT, body, undefined);
    const idx = EXPECTATION_COLUMNS.map((c) => records.columns.indexOf(c));
    const problems: RowProblem[] = [];
    const rows: ExpectationRow[] = [];
    while (records.next()) {
      const r = readExpectation(records.cells, idx, records.row, problems);
      if (r) rows.push(r);
    }
    const eas = await this.repo.eas(
      p.scope,
      rows.map((r) => r.eaCode),
    );
    const seen = new Map<string, number>();
    for (const r of rows) {
      if (!eas.has(r.eaCode)) problems.push(rowProblem(r.row, 'EA_NOT_IN_SCOPE', {}, 'ea_code'));
      const first = seen.get(r.eaCode);
      if (first !== undefined) problems.push(rowProblem(r.row, 'REPEATS_LINE', { first }, 'ea_code'));
      else seen.set(r.eaCode, r.row);
    }
    refuseRows(problems, 1000);
    return this.repo.saveExpectations(
      p,
      rows.map((r) => ({
        ...r,
        ...(eas.get(r.eaCode) as { id: string; municipalityId: string }),
        eaId: (eas.get(r.eaCode) as { id: string }).id,
      })),
    );
  }

  /** Nation (or the caller's municipality), each municipality, and the daily approvals. */
  async summary(p: Principal, municipalityCode: string | undefined) {
    const [eas, daily] = await Promise.all([this.repo.perEa(p.scope, municipalityCode), this.repo.daily(p.scope, municipalityCode)]);
    const total = emptyTotals();
    const byMunicipality = new Map<string, Totals>();
    for (const r of eas) {
      add(total, r);
      let m = byMunicipality.get(r.municipalityCode);
      if (!m) byMunicipality.set(r.municipalityCode, (m = emptyTotals()));
      add(m, r);
    }
    let cumulative = 0;
    return {
      scope: p.scope.kind === 'national' && !municipalityCode ? 'national' : 'municipal',
      total: view(total),
      municipalities: [...byMunicipality.entries()].map(([code, t]) => ({ municipalityCode: code, ...view(t) })),
      daily: daily.map((d) => ({ ...d, cumulativeInterviews: (cumulative += d.approvedInterviews) })),
    };
  }

  async perEa(p: Principal, q: { municipality?: string | undefined; limit: number; cursor?: string | undefined }) {
    return pageArray(await this.repo.perEa(p.scope, q.municipality), q);
  }
}
