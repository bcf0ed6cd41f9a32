import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../../common/i18n/locales.js';

/** A language messages are written in: the tag of a catalogue in messages/. */
export type MessageLanguage = Locale;

/** The keys every catalogue defines (checked when the catalogues are loaded). */
export const MESSAGE_KEYS = [
  'date.months',
  'date.weekdays',
  'date.day',
  'date.range',
  'event.title',
  'invitation.subject',
  'invitation.greeting',
  'invitation.intro',
  'invitation.changed',
  'invitation.when',
  'invitation.where',
  'invitation.directions',
  'invitation.class',
  'invitation.bring',
  'invitation.bringDefault',
  'invitation.closing',
  'invitation.sms',
  'change.class',
  'change.room',
  'change.time',
  'change.new',
  'statement.subject',
  'statement.body',
  'cancellation.subject',
  'cancellation.body',
  'cancellation.sms',
] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];

type Values = Readonly<Record<string, string | number>>;

/**
 * ICU MessageFormat catalogues, one per language, compiled once. Dates are written with the
 * catalogue's own month and weekday names (`date.*`), not the runtime's locale data, so the
 * text is the same on any Node build.
 */
export class Catalogues {
  private readonly compiled = new Map<string, IntlMessageFormat>();

  constructor(private readonly sources: Readonly<Record<MessageLanguage, Readonly<Record<string, unknown>>>>) {
    const problems: string[] = [];
    for (const [lang, src] of Object.entries(sources)) {
      for (const key of MESSAGE_KEYS) {
        const text = src[key];
        if (typeof text !== 'string') {
          problems.push(`${lang}: ${key} is missing`);
          continue;
        }
        try {
          this.compiled.set(`${lang}\u0000${key}`, new IntlMessageFormat(text, lang));
        } catch (err) {
          problems.push(`${lang}: ${key} does not parse (${(err as Error).message})`);
        }
      }
    }
    if (problems.length) throw new Error(`message catalogues are incomplete:\n  ${problems.join('\n  ')}`);
  }

  format(lang: MessageLanguage, key: MessageKey, values: Values = {}): string {
    const m = this.compiled.get(`${lang}\u0000${key}`) as IntlMessageFormat;
    return String(m.format(values));
  }

  /** A calendar date `YYYY-MM-DD` in words, e.g. sq "e hënë, 16 tetor 2023". */
  date(lang: MessageLanguage, isoDate: string): string {
    const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
    const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    const months = String(this.sources[lang]?.['date.months']).split('|');
    const weekdays = String(this.sources[lang]?.['date.weekdays']).split('|');
    return this.format(lang, 'date.day', { weekday: weekdays[weekday] ?? '', day: d, month: months[m - 1] ?? '', year: String(y) });
  }

  /** One day, or first – last day. */
  days(lang: MessageLanguage, from: string, to: string): string {
    return from === to ? this.date(lang, from) : this.format(lang, 'date.range', { from: this.date(lang, from), to: this.date(lang, to) });
  }
}
