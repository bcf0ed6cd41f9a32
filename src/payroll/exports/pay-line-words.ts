import { messageCatalogue } from '../../common/i18n/catalogue.js';
import { formatAmount, formatCount } from '../../common/i18n/format.js';
import type { Locale } from '../../common/i18n/locales.js';
import type { Notice } from '../../common/text/notice.js';
import { wordNotice } from '../../common/i18n/word-notice.js';

/** Figures a line's arithmetic carries as decimal strings, printed with the decimals they have. */
const DECIMAL_PARAM = /(^rate$|^percent$|^amount$|Amount$)/;

/**
 * A statement line's arithmetic (statement.ts `lineArithmetic`) in the reader's language: the
 * expression (`arith.<code>`) and how it ends (`arith.result.<result>`), every figure printed as
 * the reader writes numbers (`1 234 × 0,80 = 987,20` in sq, `1.234 × 0,80 = 987,20` in sr) from
 * the exact decimal strings, never through a float. A code the catalogue does not know shows its
 * amount only.
 */
export function wordArithmetic(locale: Locale, n: Notice): string {
  const catalogue = messageCatalogue();
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(n.params)) {
    if (typeof v === 'string' && DECIMAL_PARAM.test(k) && /^-?\d+(\.\d+)?$/.test(v))
      values[k] = formatAmount(v, locale, { fractionDigits: Math.max(2, v.split('.')[1]?.length ?? 0) });
    else if (typeof v === 'number' && k === 'quantity') values[k] = formatCount(v, locale);
    else values[k] = v;
  }
  const result = `arith.result.${String(n.params.result ?? 'EQUALS')}`;
  const tail = catalogue.has(result) ? catalogue.format(locale, result, values) : `= ${String(values.amount ?? '')}`;
  const key = `arith.${n.code}`;
  return catalogue.has(key) ? `${catalogue.format(locale, key, values)} ${tail}` : tail;
}

/** A pay line's stored note (`payNote.<code>`) in the reader's language; a LEGACY_TEXT note shows its text as stored. */
export function wordPayNote(locale: Locale, n: Notice): string {
  return wordNotice(locale, 'payNote', n);
}
