import type { ErrorDetail, WireDetail } from '../errors/app-error.js';
import type { Notice, NoticeParam } from '../text/notice.js';
import { messageCatalogue } from './catalogue.js';
import { formatAmount, formatDay, formatMoney } from './format.js';
import type { Locale } from './locales.js';

/**
 * Catalogue areas of notices: the key of a notice is `<area>.<code>` in messages/*.json.
 * A notice whose code the catalogue does not know (a stored text from before codes, a code of
 * a newer version) is shown as its `text` parameter, or as its code.
 */
export type NoticeArea = 'block' | 'flag' | 'notice' | 'payLine' | 'payNote' | 'problem' | 'qualityFlag';

/** Parameters named like this are days (`YYYY-MM-DD`) or money (decimal strings); `rules` are quality rule codes. */
const DAY_PARAM = /(^day$|^due$|Day$|^from$|^to$)/;
const MONEY_PARAM = /(^amount$|Amount$)/;
/** Parameters named like this are municipality codes (`municipality`, `roomMunicipality`, ...). */
const MUNICIPALITY_PARAM = /(^municipality$|Municipality$)/;
/** A percentage or a ratio as a decimal string (`"10.00"`, `"5.4"`), printed with its decimals. */
const DECIMAL_PARAM = /(^percent$|Percent$|^ratio$|Ratio$)/;

export interface WordOptions {
  /** a municipality's name in the reader's language, for params named `municipality` or `…Municipality` (its code) */
  readonly municipalityName?: (code: string) => string | undefined;
}

/** The parameters as the reader writes them: days and money worded, counts kept as numbers for ICU plurals. */
export function wordParams(
  locale: Locale,
  params: Readonly<Record<string, NoticeParam>>,
  opts: WordOptions = {},
): Record<string, string | number> {
  const catalogue = messageCatalogue();
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'string' && DAY_PARAM.test(k) && /^\d{4}-\d{2}-\d{2}$/.test(v)) out[k] = formatDay(v, locale);
    else if (typeof v === 'string' && MONEY_PARAM.test(k) && /^-?\d+(\.\d+)?$/.test(v)) out[k] = formatMoney(v, locale);
    else if (typeof v === 'string' && DECIMAL_PARAM.test(k) && /^-?\d+(\.\d+)?$/.test(v))
      out[k] = formatAmount(v, locale, { fractionDigits: v.split('.')[1]?.length ?? 0 });
    else if (typeof v === 'string' && MUNICIPALITY_PARAM.test(k)) out[k] = opts.municipalityName?.(v) ?? v;
    else if (typeof v === 'string' && k === 'language' && catalogue.has(`report.classLanguage.${v}`))
      out[k] = catalogue.format(locale, `report.classLanguage.${v}`);
    else if (typeof v === 'string' && k === 'rules') out[k] = qualityRules(locale, v);
    else out[k] = v;
  }
  return out;
}

/** Quality rule codes, comma-separated (a held pay line's), each named from `qualityRule.<code>`. */
function qualityRules(locale: Locale, codes: string): string {
  const catalogue = messageCatalogue();
  return codes
    .split(',')
    .filter((c) => c !== '')
    .map((c) => (catalogue.has(`qualityRule.${c}`) ? catalogue.format(locale, `qualityRule.${c}`) : c))
    .join(', ');
}

/**
 * Params that name another code of the same area, worded inside the notice with the same
 * params: a problem at a line of a file (`IN_FILE_CELL` with `problem: 'CELL_EMPTY'`), and
 * its `cause` (a login's pair whose EA is out of scope). The cause is worded first.
 */
const NESTED = ['cause', 'problem'] as const;

/** One notice in the reader's language. */
export function wordNotice(locale: Locale, area: NoticeArea, n: Notice, opts: WordOptions = {}): string {
  const catalogue = messageCatalogue();
  const key = `${area}.${n.code}`;
  if (!catalogue.has(key)) {
    const text = n.params.text;
    return typeof text === 'string' ? text : n.code;
  }
  const params = wordParams(locale, n.params, opts);
  for (const name of NESTED) {
    const inner = n.params[name];
    if (typeof inner === 'string' && inner !== n.code && catalogue.has(`${area}.${inner}`))
      params[name] = catalogue.format(locale, `${area}.${inner}`, params);
  }
  return catalogue.format(locale, key, params);
}

/** Several notices (a person's block reasons) joined as one line. */
export function wordNotices(locale: Locale, area: NoticeArea, notices: readonly Notice[], opts: WordOptions = {}): string {
  return notices.map((n) => wordNotice(locale, area, n, opts)).join('; ');
}

/** Problems of a request or a file in the reader's language (`problem.<code>`), codes and params kept. */
export function wordDetails(locale: Locale, details: readonly ErrorDetail[], opts: WordOptions = {}): WireDetail[] {
  return details.map((d) => {
    const params = d.params ?? {};
    return { ...d, params, reason: wordNotice(locale, 'problem', { code: d.code, params }, opts) };
  });
}
