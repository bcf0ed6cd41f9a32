import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { actorOf } from '../../audit/audit.service.js';
import type { Principal } from '../../auth/principal.js';
import { AppError, problem } from '../../common/errors/app-error.js';
import { fromDate } from '../../common/http/zod.pipe.js';
import { CountImportRepository } from '../../payroll/counts/count-import.repository.js';
import { openRecords } from '../../common/tabular/records.js';
import { CSV_FILE } from '../../common/tabular/tabular-import.js';
import { referenceProblems } from '../../payroll/counts/domain/count-rows.js';
import { CountFlagRepository } from '../../payroll/counts/quality/count-flag.repository.js';
import { TariffRepository } from '../../payroll/tariffs/tariff.repository.js';
import { CsvExportReader, type CsvPair } from '../domain/csv-export.js';
import { fileDetail, LOGINS_ROUTE, pairProblem, type TabProblem } from '../domain/tab-file.js';
import { FieldMappingRepository } from '../field-mapping.repository.js';
import type { FieldImportResult } from '../suso/suso-import.service.js';
import { CsvImportRepository } from './csv-import.repository.js';

const invalid = (problems: readonly TabProblem[]) =>
  new AppError(
    'IMPORT_INVALID',
    `the export cannot be counted: ${problems.length >= 1000 ? 'more than 1000' : problems.length} problem${problems.length === 1 ? '' : 's'}`,
    problems.slice(0, 1000).map((p) => fileDetail(p.file, p)),
  );

/**
 * CSWeb / ODK Central CSV export → EA counts through a CSV mapping: the records are summed per
 * (EA, login), logins become enumerators, and the rows go through the counts import's session
 * (references, versions, batch, audit, quality flags) with the import record, all or nothing.
 * The same file twice (same bytes, same mapping) changes nothing.
 */
@Injectable()
export class CsvImportService {
  constructor(
    private readonly counts: CountImportRepository,
    private readonly tariffs: TariffRepository,
    private readonly mappings: FieldMappingRepository,
    private readonly repo: CsvImportRepository,
    private readonly flags: CountFlagRepository,
  ) {}

  async run(p: Principal, mappingId: string, body: unknown, fileName: string, now = new Date()): Promise<FieldImportResult> {
    if (typeof body !== 'string' || body.trim() === '')
      throw new AppError('IMPORT_FORMAT', 'send the export as text/csv (UTF-8)', [problem('FILE_EMPTY', {}, { row: 1 })]);
    const mapping = await this.mappings.get(mappingId);
    if (mapping.source !== 'CSV')
      throw new AppError('IMPORT_INVALID', 'this mapping reads Survey Solutions archives: send the zip to /imports', [
        problem('MAPPING_SOURCE', { source: mapping.source }, { field: 'source' }),
      ]);
    const tariff = await this.tariffs.effectiveOn(now);
    if (!tariff)
      throw new AppError(
        'TARIFF_NOT_IN_EFFECT',
        `no tariff is in effect on ${fromDate(now)}: counts are checked against its interview period; create one first`,
      );
    const window = { from: fromDate(tariff.interviewFrom) as string, to: fromDate(tariff.interviewTo) as string };
    const reader = this.read(fileName, mapping.definition, body);
    const fileHash = createHash('sha256').update(body).digest('hex');
    return this.counts.run(async (session) => {
      const same = await session.withClient(
        async (c) =>
          (
            await c.query<{ h: string }>(
              'SELECT "fileHash" AS h FROM "FieldImport" WHERE "mappingId" = $1::uuid ORDER BY "createdAt" DESC LIMIT 1',
              [mappingId],
            )
          ).rows[0]?.h === fileHash,
      );
      if (same)
        return {
          mappingId,
          fileName,
          unchanged: true,
          interviews: 0,
          counted: 0,
          rows: 0,
          created: 0,
          updated: 0,
          batchId: null,
          importId: null,
        };
      const { people, previous } = await session.withClient(async (c) => ({
        people: await this.repo.logins(c, [...reader.loginLines.keys()]),
        previous: await this.repo.previousPairs(c, mappingId),
      }));
      const unlinked = [...reader.loginLines].filter(([login]) => !people.has(login));
      if (unlinked.length)
        throw invalid(
          unlinked.map(([login, line]) => ({
            file: fileName,
            line,
            variable: mapping.definition.columns.login,
            code: 'LOGIN_NOT_LINKED',
            params: { login, route: LOGINS_ROUTE },
          })),
        );
      const rows: { pair: CsvPair | null; eaCode: string; nationalId: string }[] = [];
      const seen = new Set<string>();
      for (const pair of reader.pairs.values()) {
        const nationalId = (people.get(pair.login) as { nationalId: string }).nationalId;
        const k = `${pair.eaCode}\t${nationalId}`;
        if (seen.has(k)) {
          // two logins of one enumerator in one EA: one row
          const r = rows.find((x) => `${x.eaCode}\t${x.nationalId}` === k)?.pair as CsvPair;
          for (const f of ['buildings', 'dwellings', 'households', 'individuals', 'diasporaPersons'] as const) r[f] += pair[f];
          r.diasporaListComplete = r.diasporaListComplete && pair.diasporaListComplete;
          continue;
        }
        seen.add(k);
        rows.push({ pair, eaCode: pair.eaCode, nationalId });
      }
      // A pair this mapping counted before and the file counts no longer goes to zero.
      for (const x of previous) if (!seen.has(`${x.eaCode}\t${x.nationalId}`)) rows.push({ pair: null, ...x });
      rows.forEach((r, i) =>
        session.add({
          row: i + 1,
          eaCode: r.eaCode,
          nationalId: r.nationalId,
          counts: {
            buildings: r.pair?.buildings ?? 0,
            dwellings: r.pair?.dwellings ?? 0,
            households: r.pair?.households ?? 0,
            individuals: r.pair?.individuals ?? 0,
            diasporaPersons: r.pair?.diasporaPersons ?? 0,
            diasporaListComplete: r.pair?.diasporaListComplete ?? true,
          },
        }),
      );
      await session.flush();
      const resolution = await session.resolve(p.scope, window, 1000);
      if (resolution.problems.length)
        throw invalid(
          resolution.problems.flatMap((x) => {
            const r = rows[x.row - 1] as (typeof rows)[number];
            const c = mapping.definition.columns;
            return referenceProblems(x.row, x.eaCode, x.ref, window).map((rp) =>
              pairProblem(fileName, r.pair?.firstLine ?? 0, rp.field === 'ea_code' ? c.eaCode : c.login, rp, {
                ea: r.eaCode,
                login: r.pair?.login ?? '?',
                nationalId: r.nationalId,
              }),
            );
          }),
        );
      let batchId: string | null = null;
      if (resolution.created + resolution.updated > 0)
        batchId = await session.persist({
          format: 'field-csv',
          fileHash,
          rowCount: rows.length,
          created: resolution.created,
          updated: resolution.updated,
          unchanged: resolution.unchanged,
          actor: actorOf(p),
          municipalityId: resolution.municipalityIds.length === 1 ? (resolution.municipalityIds[0] as string) : null,
          details: { kind: 'counts', format: 'field-csv', mappingId, fileName, rows: rows.length },
        });
      const importId = await session.withClient(async (c) => {
        const id = await this.repo.record(c, {
          mappingId,
          fileName,
          fileHash,
          records: reader.records,
          counted: reader.counted,
          batchId,
          actorId: p.userId,
          now,
        });
        if (batchId) await this.flags.evaluateBatch(c, batchId, now);
        return id;
      });
      session.keep();
      return {
        mappingId,
        fileName,
        unchanged: false,
        interviews: reader.records,
        counted: reader.counted,
        rows: rows.length,
        created: resolution.created,
        updated: resolution.updated,
        batchId,
        importId,
      };
    });
  }

  /** Every record of the file through the mapping; any problem is a 422 naming line and column. */
  private read(fileName: string, m: Parameters<typeof CsvExportReader.open>[1], text: string): CsvExportReader {
    const records = openRecords({ ...CSV_FILE, columns: null }, text, 'text/csv');
    const reader = CsvExportReader.open(fileName, m, records.columns);
    if (reader.problems.length) throw invalid(reader.problems);
    while (records.next()) reader.add(records.cells, records.row);
    if (reader.problems.length) throw invalid(reader.problems);
    return reader;
  }
}
