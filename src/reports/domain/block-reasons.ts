import { serbianCyrillic } from '../../common/i18n/serbian-script.js';

/**
 * A pay run stores why a person is blocked as the payroll rules word it (English, several
 * reasons joined by "; "). Documents print it in their own language: each known reason is
 * matched at the start of what is left, so a reason that itself contains "; " stays whole; an
 * unknown one is printed as stored. Cyrillic Serbian is the Latin wording transliterated.
 */
type Words = Readonly<Record<'sq' | 'sr' | 'en', (amount: string) => string>>;

const REASONS: readonly (readonly [RegExp, Words])[] = [
  [/^no valid IBAN/, { sq: () => 'pa IBAN të vlefshëm', sr: () => 'nema važeći IBAN', en: () => 'no valid IBAN' }],
  [
    /^engagement dates missing/,
    { sq: () => 'mungojnë datat e angazhimit', sr: () => 'nedostaju datumi angažovanja', en: () => 'engagement dates missing' },
  ],
  [
    /^engagement does not cover any pay month/,
    {
      sq: () => 'angazhimi nuk mbulon asnjë muaj pagese',
      sr: () => 'angažovanje ne obuhvata nijedan mesec isplate',
      en: () => 'engagement does not cover any pay month',
    },
  ],
  [
    /^no EA assignment/,
    { sq: () => 'pa qark regjistrues të caktuar', sr: () => 'bez dodeljenog popisnog kruga', en: () => 'no EA assignment' },
  ],
  [
    /^deductions exceed gross pay by (-?\d+\.\d{2}) EUR/,
    {
      sq: (a) => `zbritjet e tejkalojnë pagën bruto për ${a} EUR`,
      sr: (a) => `odbici premašuju bruto iznos za ${a} EUR`,
      en: (a) => `deductions exceed gross pay by ${a} EUR`,
    },
  ],
  [
    /^already paid (-?\d+\.\d{2}) EUR more than due; recover outside the payroll/,
    {
      sq: (a) => `janë paguar ${a} EUR më shumë se sa i takon; kthimi bëhet jashtë listës së pagave`,
      sr: (a) => `isplaćeno je ${a} EUR više nego što pripada; povraćaj se vrši van obračuna plata`,
      en: (a) => `already paid ${a} EUR more than due; recover outside the payroll`,
    },
  ],
  [
    /^no signed contract covering the paid period/,
    {
      sq: () => 'pa kontratë të nënshkruar që mbulon periudhën e paguar',
      sr: () => 'nema potpisan ugovor koji obuhvata plaćeni period',
      en: () => 'no signed contract covering the paid period',
    },
  ],
  [
    /^bank details awaiting confirmation/,
    {
      sq: () => 'të dhënat bankare presin konfirmimin',
      sr: () => 'bankovni podaci čekaju potvrdu',
      en: () => 'bank details awaiting confirmation',
    },
  ],
];

/** The document's language (a server locale). */
type Lang = 'sq' | 'sr-Latn' | 'sr-Cyrl' | 'en';

export function blockReasonText(stored: string | null, lang: Lang): string {
  if (!stored) return '';
  const out: string[] = [];
  let rest = stored.trim();
  while (rest.length > 0) {
    let matched = false;
    for (const [re, words] of REASONS) {
      const m = re.exec(rest);
      if (!m) continue;
      out.push(lang === 'sr-Cyrl' ? serbianCyrillic(words.sr(m[1] ?? '')) : words[lang === 'sr-Latn' ? 'sr' : lang](m[1] ?? ''));
      rest = rest.slice(m[0].length).replace(/^;\s*/, '');
      matched = true;
      break;
    }
    if (!matched) {
      const cut = rest.indexOf('; ');
      out.push(cut < 0 ? rest : rest.slice(0, cut));
      rest = cut < 0 ? '' : rest.slice(cut + 2);
    }
  }
  return out.join('; ');
}
