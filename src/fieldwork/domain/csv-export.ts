import { EA_CODE_PATTERN } from '../../geography/domain/ea-code.js';
import { countParams, parseCount } from '../../payroll/counts/domain/count-rows.js';
import type { NoticeParam } from '../../common/text/notice.js';
import type { CsvMapping } from './field-mapping.js';
import type { TabProblem } from './tab-file.js';

/**
 * A CSWeb / ODK Central CSV export read through a CSV mapping: one record at a time, summed
 * per (EA, login) over the records in a counted status. Memory grows with the number of
 * (EA, login) pairs and interview keys, not with the figures. Pure.
 */
type Figure = 'buildings' | 'dwellings' | 'households' | 'individuals' | 'diasporaPersons';
const FIGURES: readonly Figure[] = ['buildings', 'dwellings', 'households', 'individuals', 'diasporaPersons'];
/** Most one interview or case can report of any figure (a case may be a whole EA). */
const MAX_PER_RECORD = 100_000;

export interface CsvPair {
  readonly eaCode: string;
  readonly login: string;
  /** line of the first counted record of the pair */
  readonly firstLine: number;
  buildings: number;
  dwellings: number;
  households: number;
  individuals: number;
  diasporaPersons: number;
  diasporaListComplete: boolean;
}

export class CsvExportReader {
  readonly pairs = new Map<string, CsvPair>();
  readonly problems: TabProblem[] = [];
  records = 0;
  counted = 0;
  /** first line of each login, for a 422 naming a login linked to no enumerator */
  readonly loginLines = new Map<string, number>();
  private readonly positions: Partial<Record<keyof CsvMapping['columns'], number>> = {};
  private readonly counts: ReadonlySet<string>;
  private readonly yes: ReadonlySet<string>;
  private readonly keys = new Map<string, number>();

  private constructor(
    private readonly file: string,
    private readonly m: CsvMapping,
  ) {
    this.counts = new Set(m.countedStatuses.map((s) => s.toLowerCase()));
    this.yes = new Set(m.completeYes.map((s) => s.toLowerCase()));
  }

  /** Reads the header; every configured column must be in it (line 1 names the missing ones). */
  static open(file: string, m: CsvMapping, header: readonly string[]): CsvExportReader {
    const r = new CsvExportReader(file, m);
    for (const [field, name] of Object.entries(m.columns) as [keyof CsvMapping['columns'], string | undefined][]) {
      if (name === undefined) continue;
      const i = header.indexOf(name);
      if (i === -1) r.problems.push({ file, line: 1, variable: name, code: 'HEADER_NO_COLUMN', params: { column: name } });
      else r.positions[field] = i;
    }
    return r;
  }

  private problem(line: number, variable: string, code: string, params: Readonly<Record<string, NoticeParam>> = {}): void {
    if (this.problems.length < 1000) this.problems.push({ file: this.file, line, variable, code, params });
  }

  private cell(cells: readonly string[], field: keyof CsvMapping['columns']): string | undefined {
    const i = this.positions[field];
    return i === undefined ? undefined : (cells[i] ?? '').trim();
  }

  /** One record (cells in file order) at its line. */
  add(cells: readonly string[], line: number): void {
    this.records++;
    const c = this.m.columns;
    const before = this.problems.length;
    const ea = this.cell(cells, 'eaCode') as string;
    if (ea === '') this.problem(line, c.eaCode, 'CELL_EMPTY');
    else if (!EA_CODE_PATTERN.test(ea)) this.problem(line, c.eaCode, 'NOT_EA_CODE', { value: ea });
    const login = this.cell(cells, 'login') as string;
    if (login === '') this.problem(line, c.login, 'CELL_EMPTY');
    const status = (this.cell(cells, 'status') as string).toLowerCase();
    if (status === '') this.problem(line, c.status, 'CELL_EMPTY');
    const key = this.cell(cells, 'interviewKey');
    if (key !== undefined) {
      if (key === '') this.problem(line, c.interviewKey as string, 'CELL_EMPTY');
      else {
        const first = this.keys.get(key);
        if (first !== undefined) this.problem(line, c.interviewKey as string, 'REPEATS_KEY', { key, first });
        else this.keys.set(key, line);
      }
    }
    const figures: Record<Figure, number> = { buildings: 0, dwellings: 0, households: 1, individuals: 0, diasporaPersons: 0 };
    for (const f of FIGURES) {
      const v = this.cell(cells, f);
      if (v === undefined) continue;
      const n = parseCount(v, MAX_PER_RECORD);
      if (typeof n === 'string') this.problem(line, c[f] as string, n, countParams(n, MAX_PER_RECORD));
      else figures[f] = n;
    }
    const complete = this.cell(cells, 'diasporaListComplete');
    if (this.problems.length > before) return;
    if (!this.loginLines.has(login)) this.loginLines.set(login, line);
    if (!this.counts.has(status)) return;
    this.counted++;
    const eaCode = ea.toUpperCase();
    const k = `${eaCode}\t${login}`;
    let p = this.pairs.get(k);
    if (!p) {
      p = {
        eaCode,
        login,
        firstLine: line,
        buildings: 0,
        dwellings: 0,
        households: 0,
        individuals: 0,
        diasporaPersons: 0,
        diasporaListComplete: true,
      };
      this.pairs.set(k, p);
    }
    for (const f of FIGURES) p[f] += figures[f];
    // Without a completion column a diaspora list counts as complete (nothing says otherwise).
    if (complete !== undefined && !this.yes.has(complete.toLowerCase())) p.diasporaListComplete = false;
  }
}
