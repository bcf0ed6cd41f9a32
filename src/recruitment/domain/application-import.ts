import { z } from 'zod';
import type { Table } from '../../common/tabular/parse-table.js';
import { type ColumnSpec, duplicateKeys, RowReader, type RowProblem } from '../../common/tabular/columns.js';
import { CSV_OR_JSON, type TabularImport } from '../../common/tabular/tabular-import.js';
import type { Community, Language, StaffKind } from '../../generated/prisma/enums.js';
import { DATE_ONLY } from '../../common/dates/date-only.js';
import { DOCUMENT_CODE } from './eligibility.js';
import { COMMUNITY, EMAIL, FULL_NAME, LANGUAGE, NATIONAL_ID, PHONE, STAFF_KIND } from '../../staff/domain/staff-fields.js';

/**
 * Bulk import of online applications (e.g. the export of ASK's web form), all or nothing:
 * every bad row is reported with its line and column, and nothing is stored until the whole
 * file is clean. Same field rules as the single-application API.
 *
 * | column            | required | rule                                               |
 * |-------------------|----------|----------------------------------------------------|
 * | national_id       | yes      | 5–20 letters or digits; one application per competition |
 * | full_name         | yes      | as for staff                                       |
 * | community         | yes      | ALBANIAN, SERB, ...                                |
 * | language          | yes      | language of work: SQ, SR, TR, BS, EN               |
 * | municipality_code | yes      | e.g. `prishtine`                                   |
 * | kind              | no       | ENUMERATOR (default) or SUPERVISOR                 |
 * | phone, email      | no       | as for staff                                       |
 * | date_of_birth     | no       | YYYY-MM-DD; without it the age rule fails (eligibility) |
 * | documents         | no       | document codes separated by `;`, e.g. `ID_CARD;DIPLOMA` |
 */
export const APPLICATION_COLUMNS: ColumnSpec = {
  required: ['national_id', 'full_name', 'community', 'language', 'municipality_code'],
  optional: ['kind', 'phone', 'email', 'date_of_birth', 'documents'],
};

/** `ID_CARD; diploma` → ['ID_CARD', 'DIPLOMA']; each code as in the single-application API. */
const DOCUMENT_LIST = z
  .string()
  .transform((s) =>
    s
      .split(';')
      .map((x) => x.trim())
      .filter((x) => x.length > 0),
  )
  .pipe(z.array(DOCUMENT_CODE).max(30));

const MUNICIPALITY_CODE = z.string().trim().toLowerCase().min(1).max(64);

export interface ApplicationRowIn {
  readonly row: number;
  readonly nationalId: string;
  readonly fullName: string;
  readonly community: Community;
  readonly languageOfWork: Language;
  readonly municipalityCode: string;
  readonly kind: StaffKind;
  readonly phone: string | null;
  readonly email: string | null;
  readonly dateOfBirth: string | null;
  readonly documents: readonly string[];
}

export function readApplicationRows(table: Table): { rows: ApplicationRowIn[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const rows: ApplicationRowIn[] = [];
  for (const row of table.rows) {
    const r = new RowReader(row);
    const nationalId = r.required('national_id', NATIONAL_ID);
    const fullName = r.required('full_name', FULL_NAME);
    const community = r.required('community', COMMUNITY);
    const languageOfWork = r.required('language', LANGUAGE);
    const municipalityCode = r.required('municipality_code', MUNICIPALITY_CODE);
    const kind = r.optional('kind', STAFF_KIND);
    const phone = r.optional('phone', PHONE);
    const email = r.optional('email', EMAIL);
    const dateOfBirth = r.optional('date_of_birth', DATE_ONLY);
    const documents = r.optional('documents', DOCUMENT_LIST);
    problems.push(...r.problems);
    if (
      r.ok &&
      nationalId !== undefined &&
      fullName !== undefined &&
      community !== undefined &&
      languageOfWork !== undefined &&
      municipalityCode !== undefined
    )
      rows.push({
        row: row.row,
        nationalId,
        fullName,
        community,
        languageOfWork,
        municipalityCode,
        kind: kind ?? 'ENUMERATOR',
        phone: phone ?? null,
        email: email ?? null,
        dateOfBirth: dateOfBirth ?? null,
        documents: documents ?? [],
      });
  }
  problems.push(...duplicateKeys(rows, (x) => x.nationalId, 'national_id', 'national id').problems);
  return { rows, problems };
}

/** The applications import, declared: CSV or JSON rows, its columns, its row rules. */
export const APPLICATION_IMPORT: TabularImport<ApplicationRowIn> = {
  ...CSV_OR_JSON,
  columns: APPLICATION_COLUMNS,
  rows: readApplicationRows,
};
