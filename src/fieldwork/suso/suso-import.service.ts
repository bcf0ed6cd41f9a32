import { Injectable } from '@nestjs/common';
import { actorOf } from '../../audit/audit.service.js';
import type { Principal } from '../../auth/principal.js';
import { AppError, problem } from '../../common/errors/app-error.js';
import { fromDate } from '../../common/http/zod.pipe.js';
import { CountImportRepository } from '../../payroll/counts/count-import.repository.js';
import { referenceProblems } from '../../payroll/counts/domain/count-rows.js';
import { CountFlagRepository } from '../../payroll/counts/quality/count-flag.repository.js';
import { TariffRepository } from '../../payroll/tariffs/tariff.repository.js';
import {
  ACTION_APPROVED_BY_HQ,
  ACTION_COMPLETED,
  ACTION_INTERVIEWER_ASSIGNED,
  countedStatusNames,
  statusName,
  type SurveySolutionsMapping,
} from '../domain/field-mapping.js';
import { copyValue, fileDetail, headerPositions, LOGINS_ROUTE, pairProblem, splitLine, type TabProblem } from '../domain/tab-file.js';
import { FieldMappingRepository } from '../field-mapping.repository.js';
import { type CrossProblem, type DerivedRow, type StagingTable, SusoStagingRepository } from './suso-staging.repository.js';
import type { NoticeParam } from '../../common/text/notice.js';
import { ZipArchive } from './zip-archive.js';

/** At most this many problems are listed in a 422 answer. */
const MAX_PROBLEMS = 1000;
/** COPY text is sent in pieces of about this many characters. */
const CHUNK = 1 << 18;

export interface UploadedFile {
  readonly path: string;
  readonly name: string;
  readonly sha256: string;
}

export interface FieldImportResult {
  readonly mappingId: string;
  readonly fileName: string;
  readonly unchanged: boolean;
  readonly interviews: number;
  readonly counted: number;
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly batchId: string | null;
  readonly importId: string | null;
}

/** What one staged file reads: the variables it needs and how one line becomes a COPY line. */
interface FileSpec {
  readonly stem: string;
  readonly table: StagingTable;
  readonly variables: readonly string[];
  /** cells of the wanted variables in order → COPY text line, or a problem */
  toCopy(v: readonly string[], line: number): string | TabProblem;
}

/** A cross-file problem's params: the login it names, or the interview key (and the line it repeats). */
const crossParams = (x: CrossProblem): Record<string, NoticeParam> => {
  if (x.code === 'LOGIN_NOT_LINKED') return { login: x.key, route: LOGINS_ROUTE };
  return x.first === null ? { key: x.key } : { key: x.key, first: x.first };
};

const invalid = (problems: readonly TabProblem[]) =>
  new AppError(
    'IMPORT_INVALID',
    `the export cannot be counted: ${problems.length >= MAX_PROBLEMS ? `more than ${MAX_PROBLEMS}` : problems.length} problem${problems.length === 1 ? '' : 's'}`,
    problems.slice(0, MAX_PROBLEMS).map((p) => fileDetail(`${p.file}.tab`, p)),
  );

/**
 * Survey Solutions Tabular export → EA counts (issue "Counts straight from the field system").
 * Every file the mapping needs streams from the zip into staging tables on the counts import's
 * own connection and transaction; SQL checks them across files and derives the counts per
 * (EA, enumerator) from the interviews in a counted status; those rows go through the same
 * session as the CSV import (references, versions, batch, audit), then the interviews' state
 * and the import record are written in that transaction. Any problem: nothing is written.
 */
@Injectable()
export class SusoImportService {
  constructor(
    private readonly counts: CountImportRepository,
    private readonly tariffs: TariffRepository,
    private readonly mappings: FieldMappingRepository,
    private readonly staging: SusoStagingRepository,
    private readonly flags: CountFlagRepository,
  ) {}

  async run(p: Principal, mappingId: string, file: UploadedFile, now = new Date()): Promise<FieldImportResult> {
    const mapping = await this.mappings.get(mappingId);
    if (mapping.source !== 'SURVEY_SOLUTIONS')
      throw new AppError('IMPORT_INVALID', 'this mapping reads CSV exports: send the file to /csv-imports', [
        problem('MAPPING_SOURCE', { source: mapping.source }, { field: 'source' }),
      ]);
    const m = mapping.definition;
    const { names: counted, unknown } = countedStatusNames(m);
    if (unknown.length)
      throw new AppError('IMPORT_INVALID', 'the mapping names unknown interview statuses', [
        problem('UNKNOWN_STATUSES', { statuses: unknown.join(', ') }, { field: 'countedStatuses' }),
      ]);
    const tariff = await this.tariffs.effectiveOn(now);
    if (!tariff)
      throw new AppError(
        'TARIFF_NOT_IN_EFFECT',
        `no tariff is in effect on ${fromDate(now)}: counts are checked against its interview period; create one first`,
      );
    const window = { from: fromDate(tariff.interviewFrom) as string, to: fromDate(tariff.interviewTo) as string };
    const zip = await ZipArchive.open(file.path, file.name);
    try {
      const specs = this.specs(m);
      const missing = specs.filter((s) => s.table !== 'action' && !zip.tabs.has(s.stem));
      if (missing.length)
        throw invalid(
          missing.map((s) => ({
            file: s.stem,
            line: 0,
            code: 'TAB_NOT_IN_NAMED_ARCHIVE',
            params: { tab: `${s.stem}.tab`, archive: file.name },
          })),
        );
      return await this.counts.run(async (session) => {
        const same = await session.withClient(async (c) => (await this.staging.lastHash(c, mappingId)) === file.sha256);
        if (same)
          return {
            mappingId,
            fileName: file.name,
            unchanged: true,
            interviews: 0,
            counted: 0,
            rows: 0,
            created: 0,
            updated: 0,
            batchId: null,
            importId: null,
          };
        const derived = await session.withClient(async (c) => {
          await this.staging.create(c);
          const problems: TabProblem[] = [];
          for (const spec of specs) await this.stage(c, zip, spec, problems);
          if (problems.length) throw invalid(problems);
          await this.staging.credit(c, mappingId, fromDate(now) as string);
          const cross = await this.staging.crossProblems(c);
          if (cross.length)
            throw invalid(
              cross.map((x) => ({
                file: this.stemOf(specs, x.table),
                line: x.line,
                variable: x.column,
                code: x.code,
                params: crossParams(x),
              })),
            );
          return this.staging.derive(c, {
            mappingId,
            counted,
            diasporaYes: m.diaspora.source === 'personVariable' ? m.diaspora.yes : null,
            completeYes: m.diasporaCompleteVariable ? m.diasporaCompleteYes : null,
            dwellingsFrom: m.dwellings.source,
          });
        });
        derived.forEach((r, i) => {
          session.add({
            row: i + 1,
            eaCode: r.eaCode,
            nationalId: r.nationalId,
            counts: {
              buildings: r.buildings,
              dwellings: r.dwellings,
              households: r.households,
              individuals: r.individuals,
              diasporaPersons: r.diaspora,
              diasporaListComplete: r.complete,
            },
          });
        });
        await session.flush();
        const resolution = await session.resolve(p.scope, window, MAX_PROBLEMS);
        if (resolution.problems.length)
          throw invalid(
            resolution.problems.flatMap((x) => {
              const r = derived[x.row - 1] as DerivedRow;
              return referenceProblems(x.row, x.eaCode, x.ref, window).map((rp) =>
                pairProblem(m.mainFile, r.firstLine, rp.field === 'ea_code' ? m.eaVariable : 'responsible', rp, {
                  ea: r.eaCode,
                  login: r.login || '?',
                  nationalId: r.nationalId,
                }),
              );
            }),
          );
        let batchId: string | null = null;
        if (resolution.created + resolution.updated > 0)
          batchId = await session.persist({
            format: 'suso',
            fileHash: file.sha256,
            rowCount: derived.length,
            created: resolution.created,
            updated: resolution.updated,
            unchanged: resolution.unchanged,
            actor: actorOf(p),
            municipalityId: resolution.municipalityIds.length === 1 ? (resolution.municipalityIds[0] as string) : null,
            details: { kind: 'counts', format: 'suso', mappingId, fileName: file.name, rows: derived.length },
          });
        const rec = await session.withClient(async (c) => {
          const r = await this.staging.record(c, {
            mappingId,
            fileName: file.name,
            fileHash: file.sha256,
            batchId,
            actorId: p.userId,
            now,
          });
          if (batchId) await this.flags.evaluateBatch(c, batchId, now);
          return r;
        });
        session.keep();
        return {
          mappingId,
          fileName: file.name,
          unchanged: false,
          interviews: rec.interviews,
          counted: rec.counted,
          rows: derived.length,
          created: resolution.created,
          updated: resolution.updated,
          batchId,
          importId: rec.importId,
        };
      });
    } finally {
      zip.close();
    }
  }

  private stemOf(specs: readonly FileSpec[], table: StagingTable): string {
    return specs.find((s) => s.table === table)?.stem ?? table;
  }

  /** The files the mapping reads and how each line is staged. */
  private specs(m: SurveySolutionsMapping): FileSpec[] {
    const out: FileSpec[] = [];
    const dw = m.dwellings;
    const mainVars = [
      'interview__key',
      'interview__id',
      m.eaVariable,
      'responsible',
      'interview__status',
      ...(dw.source === 'main' ? [dw.buildingVariable, dw.dwellingVariable] : []),
      ...(m.diasporaCompleteVariable ? [m.diasporaCompleteVariable] : []),
    ];
    out.push({
      stem: m.mainFile,
      table: 'main',
      variables: mainVars,
      toCopy: (v, line) => {
        const [key, iid, ea, login, st] = v as [string, string, string, string, string];
        if (key.trim() === '') return { file: m.mainFile, line, variable: 'interview__key', code: 'CELL_EMPTY' };
        const status = statusName(st);
        if (status === null)
          return { file: m.mainFile, line, variable: 'interview__status', code: 'NOT_INTERVIEW_STATUS', params: { value: st } };
        if (login.trim() === '') return { file: m.mainFile, line, variable: 'responsible', code: 'CELL_EMPTY' };
        if (ea.trim() === '' && status !== 'Deleted') return { file: m.mainFile, line, variable: m.eaVariable, code: 'CELL_EMPTY' };
        const b = dw.source === 'main' ? v[5] : null;
        const d = dw.source === 'main' ? v[6] : null;
        const complete = m.diasporaCompleteVariable ? v[dw.source === 'main' ? 7 : 5] : null;
        return `${line}\t${copyValue(key.trim())}\t${copyValue(iid)}\t${copyValue(ea.trim())}\t${copyValue(login.trim())}\t${status}\t${copyValue(b)}\t${copyValue(d)}\t${copyValue(complete?.trim())}\n`;
      },
    });
    /** A roster: one row per item; the persons roster also stages its diaspora cell (empty without one). */
    const roster = (stem: string, table: 'person' | 'diaspora', diasporaVariable: string | null): FileSpec => ({
      stem,
      table,
      variables: ['interview__key', `${stem}__id`, ...(diasporaVariable ? [diasporaVariable] : [])],
      toCopy: (v, line) => {
        const key = (v[0] as string).trim();
        if (key === '') return { file: stem, line, variable: 'interview__key', code: 'CELL_EMPTY' };
        if (table === 'diaspora') return `${line}\t${copyValue(key)}\n`;
        return `${line}\t${copyValue(key)}\t${diasporaVariable ? copyValue((v[2] as string).trim()) : '\\N'}\n`;
      },
    });
    out.push(roster(m.personsRoster, 'person', m.diaspora.source === 'personVariable' ? m.diaspora.variable : null));
    if (m.diaspora.source === 'roster') out.push(roster(m.diaspora.roster, 'diaspora', null));
    if (dw.source === 'listing')
      out.push({
        stem: dw.file,
        table: 'listing',
        variables: [dw.eaVariable, 'responsible', 'interview__status', dw.buildingVariable],
        toCopy: (v, line) => {
          const [ea, login, st, b] = v as [string, string, string, string];
          const status = statusName(st);
          if (status === null)
            return { file: dw.file, line, variable: 'interview__status', code: 'NOT_INTERVIEW_STATUS', params: { value: st } };
          if (login.trim() === '') return { file: dw.file, line, variable: 'responsible', code: 'CELL_EMPTY' };
          return `${line}\t${copyValue(ea.trim())}\t${copyValue(login.trim())}\t${status}\t${copyValue(b.trim())}\n`;
        },
      });
    // interview__actions (optional file): assignments and first completion decide who is
    // credited with an interview's units; approvals by headquarters date the progress.
    out.push({
      stem: 'interview__actions',
      table: 'action',
      variables: ['interview__key', 'date', 'time', 'action', 'originator', 'responsible__name'],
      toCopy: (v, line) => {
        const [key, date, time, action, originator, responsible] = v as [string, string, string, string, string, string];
        const a = action.trim();
        if (a !== ACTION_INTERVIEWER_ASSIGNED && a !== ACTION_COMPLETED && a !== ACTION_APPROVED_BY_HQ) return '';
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date.trim()))
          return { file: 'interview__actions', line, variable: 'date', code: 'NOT_A_DATE_VALUE', params: { value: date } };
        const login = (a === ACTION_INTERVIEWER_ASSIGNED ? responsible : a === ACTION_COMPLETED ? originator : '').trim();
        if (a !== ACTION_APPROVED_BY_HQ && login === '')
          return {
            file: 'interview__actions',
            line,
            variable: a === ACTION_COMPLETED ? 'originator' : 'responsible__name',
            code: 'CELL_EMPTY',
          };
        return `${line}\t${copyValue(key.trim())}\t${date.trim()}\t${copyValue(time.trim())}\t${a}\t${copyValue(login)}\n`;
      },
    });
    return out;
  }

  /** Streams one file of the archive into its staging table, collecting line problems. */
  private async stage(c: Parameters<SusoStagingRepository['create']>[0], zip: ZipArchive, spec: FileSpec, problems: TabProblem[]) {
    if (!zip.tabs.has(spec.stem)) {
      if (spec.table === 'action') return;
      problems.push({ file: spec.stem, line: 0, code: 'TAB_NOT_IN_ARCHIVE', params: { tab: `${spec.stem}.tab` } });
      return;
    }
    const lines = zip.lines(spec.stem);
    async function* chunks(): AsyncGenerator<string> {
      let lineNo = 0;
      let positions: number[] = [];
      let width = 0;
      let buf = '';
      for await (const text of lines) {
        lineNo++;
        if (lineNo === 1) {
          const h = headerPositions(spec.stem, text, spec.variables);
          if (!h.ok) {
            problems.push(...h.problems);
            return;
          }
          positions = h.positions;
          width = h.width;
          continue;
        }
        if (text === '' || text === '\r') continue;
        const cells = splitLine(text, width);
        if (cells === null) {
          if (problems.length < MAX_PROBLEMS)
            problems.push({ file: spec.stem, line: lineNo, code: 'CELL_COUNT', params: { cells: text.split('\t').length, width } });
          continue;
        }
        const out = spec.toCopy(
          positions.map((i) => cells[i] as string),
          lineNo,
        );
        if (typeof out !== 'string') {
          if (problems.length < MAX_PROBLEMS) problems.push(out);
          continue;
        }
        if (problems.length) continue;
        buf += out;
        if (buf.length >= CHUNK) {
          yield buf;
          buf = '';
        }
      }
      if (lineNo === 0) problems.push({ file: spec.stem, line: 1, code: 'FILE_EMPTY' });
      if (buf) yield buf;
    }
    await this.staging.copy(c, spec.table, chunks());
  }
}
