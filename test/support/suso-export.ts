import yazl from 'yazl';

/**
 * A Survey Solutions Tabular export built from a plain description, in the documented layout
 * (docs.mysurvey.solutions, "System generated files"; Headquarters 24.x/25.x): the main file
 * with the identifying variables first and the system variables at the end, roster files with
 * `interview__key`, `<roster>__id`, the roster's variables and `interview__id`, and the
 * system-generated `interview__actions.tab` and `interview__diagnostics.tab`.
 */
export interface Person {
  readonly abroad?: boolean;
}

export interface Household {
  readonly key: string;
  readonly ea: string;
  readonly login: string;
  /** status name, written as its code (130 = ApprovedByHeadquarters) */
  readonly status:
    | 'ApprovedByHeadquarters'
    | 'ApprovedBySupervisor'
    | 'Completed'
    | 'RejectedBySupervisor'
    | 'RejectedByHeadquarters'
    | 'InterviewerAssigned';
  readonly building: string;
  readonly dwelling: string;
  readonly persons: readonly Person[];
  readonly diasporaComplete: boolean;
  /** day of approval by headquarters (an action 6 in interview__actions) */
  readonly approvedOn?: string;
  /**
   * The interview's history in interview__actions instead of the default (assigned to `login`
   * on 2 November, completed by `login` on 3 November, approved on `approvedOn`); [] for none.
   */
  readonly actions?: readonly Action[];
}

/** One line of interview__actions: 1 = interviewer assigned (to `login`), 3 = completed (by `login`), 6 = approved by HQ. */
export interface Action {
  readonly date: string;
  readonly time: string;
  readonly action: 1 | 3 | 6 | 7;
  readonly login: string;
}

export interface ListingRow {
  readonly ea: string;
  readonly login: string;
  readonly status: Household['status'];
  readonly building: string;
}

export interface ExportVariant {
  readonly questionnaire: string;
  readonly personsRoster: string;
  /** `variable`: is_abroad in the persons roster; `roster`: persons abroad in a roster of their own */
  readonly diaspora: 'variable' | 'roster' | 'none';
  readonly diasporaRoster?: string;
  /** a listing questionnaire's main file in the same archive */
  readonly listing?: { readonly file: string; readonly rows: readonly ListingRow[] };
}

const CODE: Record<Household['status'], number> = {
  InterviewerAssigned: 60,
  RejectedBySupervisor: 65,
  Completed: 100,
  ApprovedBySupervisor: 120,
  RejectedByHeadquarters: 125,
  ApprovedByHeadquarters: 130,
};

const guid = (key: string): string => key.replace(/-/g, '').padEnd(32, 'a').slice(0, 32);
const tab = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  `${[header.join('\t'), ...rows.map((r) => r.join('\t'))].join('\r\n')}\r\n`;

export function mainFile(v: ExportVariant, households: readonly Household[]): string {
  return tab(
    [
      'interview__key',
      'interview__id',
      'ea_code',
      'building_no',
      'dwelling_no',
      'hh_head_name',
      'diaspora_complete',
      'sssys_irnd',
      'has__errors',
      'interview__status',
      'assignment__id',
      'responsible',
    ],
    households.map((h, i) => [
      h.key,
      guid(h.key),
      h.ea,
      h.building,
      h.dwelling,
      `Head ${i}`,
      h.diasporaComplete ? 1 : 0,
      '0.5',
      0,
      CODE[h.status],
      100 + i,
      h.login,
    ]),
  );
}

export function exportFiles(v: ExportVariant, households: readonly Household[]): Record<string, string> {
  const files: Record<string, string> = {};
  files[`${v.questionnaire}.tab`] = mainFile(v, households);
  const roster = v.personsRoster;
  files[`${roster}.tab`] = tab(
    ['interview__key', `${roster}__id`, 'member_name', ...(v.diaspora === 'variable' ? ['is_abroad'] : []), 'interview__id'],
    households.flatMap((h) =>
      h.persons
        .filter((p) => v.diaspora !== 'roster' || !p.abroad)
        .map((p, i) => [h.key, i + 1, `Person ${i + 1}`, ...(v.diaspora === 'variable' ? [p.abroad ? 1 : 2] : []), guid(h.key)]),
    ),
  );
  if (v.diaspora === 'roster') {
    const d = v.diasporaRoster as string;
    files[`${d}.tab`] = tab(
      ['interview__key', `${d}__id`, 'abroad_name', 'abroad_country', 'interview__id'],
      households.flatMap((h) => h.persons.filter((p) => p.abroad).map((_, i) => [h.key, i + 1, `Abroad ${i + 1}`, 'DE', guid(h.key)])),
    );
  }
  files['interview__actions.tab'] = tab(
    [
      'interview__key',
      'interview__id',
      'date',
      'time',
      'action',
      'originator',
      'role',
      'responsible__name',
      'responsible__role',
      'old__value',
      'new__value',
      'comment',
    ],
    households.flatMap((h) =>
      h.actions
        ? h.actions.map((a) =>
            a.action === 1
              ? [h.key, guid(h.key), a.date, a.time, 1, 'sup1', 2, a.login, 1, '', '', '']
              : a.action === 6
                ? [h.key, guid(h.key), a.date, a.time, 6, 'hq1', 3, 'hq1', 3, '', '', '']
                : a.action === 7
                  ? [h.key, guid(h.key), a.date, a.time, 7, 'sup1', 2, a.login, 1, '', '', 'fix the roster']
                  : [h.key, guid(h.key), a.date, a.time, 3, a.login, 1, 'sup1', 2, '', '', ''],
          )
        : [
            [h.key, guid(h.key), '2026-11-02', '09:00:00', 1, 'sup1', 2, h.login, 1, '', '', ''],
            [h.key, guid(h.key), '2026-11-03', '10:00:00', 3, h.login, 1, 'sup1', 2, '', '', ''],
            ...(h.approvedOn ? [[h.key, guid(h.key), h.approvedOn, '12:00:00', 6, 'hq1', 3, 'hq1', 3, '', '', '']] : []),
          ],
    ),
  );
  files['interview__diagnostics.tab'] = tab(
    [
      'interview__key',
      'interview__id',
      'interview__status',
      'responsible',
      'interviewers',
      'rejections__sup',
      'rejections__hq',
      'entities__errors',
      'questions__comments',
      'interview__duration',
    ],
    households.map((h) => [h.key, guid(h.key), CODE[h.status], h.login, 1, 0, 0, 0, 0, '00:25:00']),
  );
  if (v.listing)
    files[`${v.listing.file}.tab`] = tab(
      ['interview__key', 'interview__id', 'l_ea', 'l_building', 'l_dwelling', 'interview__status', 'assignment__id', 'responsible'],
      v.listing.rows.map((r, i) => [
        `90-00-00-${String(i).padStart(2, '0')}`,
        guid(`90${i}`),
        r.ea,
        r.building,
        i + 1,
        CODE[r.status],
        1,
        r.login,
      ]),
    );
  files['export__readme.txt'] = 'Exported from Survey Solutions Headquarters 25.06 (test fixture)\r\n';
  return files;
}

export function zipFiles(files: Record<string, string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(files)) zip.addBuffer(Buffer.from(text, 'utf8'), name);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** Independent count per (EA, login) of what an export should yield. */
export interface Expected {
  buildings: number;
  dwellings: number;
  households: number;
  individuals: number;
  diasporaPersons: number;
  diasporaListComplete: boolean;
}

export function expectedCounts(households: readonly Household[], listing?: readonly ListingRow[]): Map<string, Expected> {
  const out = new Map<string, Expected & { b: Set<string>; d: Set<string> }>();
  const get = (ea: string, login: string) => {
    const k = `${ea}|${login}`;
    let e = out.get(k);
    if (!e) {
      e = {
        buildings: 0,
        dwellings: 0,
        households: 0,
        individuals: 0,
        diasporaPersons: 0,
        diasporaListComplete: true,
        b: new Set(),
        d: new Set(),
      };
      out.set(k, e);
    }
    return e;
  };
  for (const h of households) {
    if (h.status !== 'ApprovedByHeadquarters') continue;
    const e = get(h.ea, h.login);
    e.households += 1;
    e.individuals += h.persons.filter((p) => !p.abroad).length;
    e.diasporaPersons += h.persons.filter((p) => p.abroad).length;
    e.diasporaListComplete = e.diasporaListComplete && h.diasporaComplete;
    if (!listing) {
      e.b.add(h.building);
      e.d.add(`${h.building}/${h.dwelling}`);
    }
  }
  for (const r of listing ?? []) {
    if (r.status !== 'ApprovedByHeadquarters') continue;
    const e = get(r.ea, r.login);
    e.b.add(r.building);
    e.dwellings += 1;
  }
  const result = new Map<string, Expected>();
  for (const [k, e] of out) {
    result.set(k, {
      buildings: e.b.size,
      dwellings: listing ? e.dwellings : e.d.size,
      households: e.households,
      individuals: e.individuals,
      diasporaPersons: e.diasporaPersons,
      diasporaListComplete: e.diasporaListComplete,
    });
  }
  return result;
}
