/**
 * Serbian is written in Cyrillic and in Latin with a one-to-one alphabet (Вук Караџић's and
 * Ljudevit Gaj's): a name stored in one script is printed in the other by this table. The
 * Latin digraphs lj, nj and dž are one letter each (Љ, Њ, Џ).
 */
const CYR = 'абвгдђежзијклљмнњопрстћуфхцчџш';
const LAT = [
  'a',
  'b',
  'v',
  'g',
  'd',
  'đ',
  'e',
  'ž',
  'z',
  'i',
  'j',
  'k',
  'l',
  'lj',
  'm',
  'n',
  'nj',
  'o',
  'p',
  'r',
  's',
  't',
  'ć',
  'u',
  'f',
  'h',
  'c',
  'č',
  'dž',
  'š',
];

const toLatin = new Map<string, string>();
const toCyrillic = new Map<string, string>();
for (const [i, c] of [...CYR].entries()) {
  const l = LAT[i] ?? '';
  toLatin.set(c, l);
  toCyrillic.set(l, c);
}

function matchCase(out: string, source: string, next: string | undefined): string {
  if (source === source.toLowerCase()) return out;
  // Љ before a lower-case letter (or alone) is "Lj", before a capital "LJ"
  const allCaps = next !== undefined && next !== next.toLowerCase();
  return allCaps ? out.toUpperCase() : out.charAt(0).toUpperCase() + out.slice(1);
}

export function cyrillicToLatin(text: string): string {
  const chars = [...text];
  return chars
    .map((ch, i) => {
      const l = toLatin.get(ch.toLowerCase());
      return l === undefined ? ch : matchCase(l, ch, chars[i + 1]);
    })
    .join('');
}

export function latinToCyrillic(text: string): string {
  let out = '';
  const chars = [...text.normalize('NFC')];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const pair = (ch + (chars[i + 1] ?? '')).toLowerCase();
    if (pair === 'lj' || pair === 'nj' || pair === 'dž') {
      const c = toCyrillic.get(pair) ?? '';
      out += ch === ch.toLowerCase() ? c : c.toUpperCase();
      i++;
      continue;
    }
    const c = toCyrillic.get(ch.toLowerCase());
    out += c === undefined ? ch : ch === ch.toLowerCase() ? c : c.toUpperCase();
  }
  return out;
}

/** Whether a text is written (mostly) in Cyrillic letters. */
export function isCyrillic(text: string): boolean {
  let cyr = 0;
  let lat = 0;
  for (const ch of text) {
    if (/\p{Script=Cyrillic}/u.test(ch)) cyr++;
    else if (/\p{Script=Latin}/u.test(ch)) lat++;
  }
  return cyr > lat;
}

/** A Serbian name in the script of the reader's locale, whichever script it was stored in. */
export function serbianInScript(text: string, script: 'Cyrl' | 'Latn'): string {
  const cyr = isCyrillic(text);
  if (script === 'Cyrl') return cyr ? text : latinToCyrillic(text);
  return cyr ? cyrillicToLatin(text) : text;
}

/**
 * Words printed as they are in every script: codes and abbreviations of the census and the
 * payment (IBAN, EUR, ASK, KKR, EA), e-mail addresses, anything with a digit (numbers, IBANs,
 * dates) and placeholders (`{n}`, `{{x}}`).
 */
const CODES = new Set(['IBAN', 'EUR', 'ASK', 'KKR', 'EA', 'ID', 'PDF']);
const KEPT = /(\{\{[^}]*\}\}|\{[^}]*\}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*|\p{Lu}{2,}(?![\p{Ll}]))/u;

/** Serbian Latin text in Cyrillic, keeping codes, numbers, e-mail addresses and placeholders. */
export function serbianCyrillic(text: string): string {
  return text
    .split(new RegExp(KEPT.source, 'gu'))
    .map((part, i) => (i % 2 === 1 ? (/^\p{Lu}+$/u.test(part) && !CODES.has(part) ? latinToCyrillic(part) : part) : latinToCyrillic(part)))
    .join('');
}
