import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { formatAmount, formatCount, formatDay, formatMoney } from '../common/i18n/format.js';
import { reportText, type ReportLanguage } from './report-language.js';

/** Where the .hbs files live: `templates/` at the project root (cwd of every entry point and test). */
export const TEMPLATES_DIR = path.resolve(process.cwd(), 'templates');

export interface PageParts {
  readonly header: string;
  readonly footer: string;
}

type Options = Handlebars.HelperOptions;
const langOf = (options: Options): ReportLanguage => (options.data as { root: { lang: ReportLanguage } }).root.lang;

/**
 * Handlebars templates of the reports. Data is always escaped (`{{x}}`); the only unescaped
 * inserts are `{{{svg}}}`-style values built and escaped by our own code (bar charts, the page
 * counter), never data. Partials in templates/partials (the shared `layout`). Every word comes
 * from the message catalogues in the document's language (`{{t "report.key" name=value}}`,
 * a key built from a code with `{{t (key "report.role." kind)}}`); numbers, money and days
 * through the CLDR formatter (`count`, `amount`, `money`, `day`). Compiled once per process.
 */
export class ReportTemplates {
  private readonly hb = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  constructor(private readonly dir = TEMPLATES_DIR) {
    const partials = path.join(dir, 'partials');
    for (const f of readdirSync(partials)) {
      if (f.endsWith('.hbs')) this.hb.registerPartial(f.slice(0, -4), readFileSync(path.join(partials, f), 'utf8'));
    }
    this.hb.registerHelper('t', (key: string, options: Options) =>
      reportText(langOf(options), key, options.hash as Record<string, string | number>),
    );
    this.hb.registerHelper('key', (prefix: string, code: unknown) => `${prefix}${String(code)}`);
    this.hb.registerHelper('day', (iso: string | null, options: Options) => (iso ? formatDay(iso, langOf(options), 'short') : ''));
    this.hb.registerHelper('count', (n: number, options: Options) => (typeof n === 'number' ? formatCount(n, langOf(options)) : ''));
    // decimal strings ("1137.20") and their currency: money never passes through a float
    this.hb.registerHelper('amount', (s: string | null, options: Options) => (s ? formatAmount(s, langOf(options)) : ''));
    this.hb.registerHelper('money', (s: string | null, currency: unknown, options: Options) =>
      s ? formatMoney(s, langOf(options), { currency: typeof currency === 'string' ? currency : 'EUR' }) : '',
    );
    // "page x of y" with Chromium's counters in place of the numbers
    this.hb.registerHelper('pageOf', (options: Options) => {
      const text = Handlebars.escapeExpression(reportText(langOf(options), 'report.pageOf', { page: '\u0001', pages: '\u0002' }));
      return new Handlebars.SafeString(
        text.replace('\u0001', "<span class='pageNumber'></span>").replace('\u0002', "<span class='totalPages'></span>"),
      );
    });
    this.hb.registerHelper('inc', (n: number) => n + 1);
    this.hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  }

  private template(name: string): Handlebars.TemplateDelegate {
    let t = this.compiled.get(name);
    if (!t) {
      if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad template name ${name}`);
      t = this.hb.compile(readFileSync(path.join(this.dir, `${name}.hbs`), 'utf8'), { strict: false });
      this.compiled.set(name, t);
    }
    return t;
  }

  render(name: string, model: Readonly<Record<string, unknown>>): string {
    // the document's language as the HTML lang attribute
    return this.template(name)({ htmlLang: model.lang, ...model });
  }

  /** Puppeteer header and footer (agency, title, date; page x of y and the short hash). */
  pageParts(model: { lang: ReportLanguage; title: string; generatedAt: string; hash: string }): PageParts {
    return { header: this.render('page-header', model), footer: this.render('page-footer', model) };
  }
}
