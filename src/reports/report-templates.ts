import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { formatDay, translate, type ReportLanguage } from './domain/strings.js';

/** Where the .hbs files live: `templates/` at the project root (cwd of every entry point and test). */
export const TEMPLATES_DIR = path.resolve(process.cwd(), 'templates');

export interface PageParts {
  readonly header: string;
  readonly footer: string;
}

/**
 * Handlebars templates of the reports. Data is always escaped (`{{x}}`); the only unescaped
 * inserts are `{{{svg}}}`-style values built and escaped by our own code (bar charts), never
 * data. Partials in templates/partials (the shared `layout`), helpers for translation and
 * formatting. Compiled once per process.
 */
export class ReportTemplates {
  private readonly hb = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  constructor(private readonly dir = TEMPLATES_DIR) {
    const partials = path.join(dir, 'partials');
    for (const f of readdirSync(partials)) {
      if (f.endsWith('.hbs')) this.hb.registerPartial(f.slice(0, -4), readFileSync(path.join(partials, f), 'utf8'));
    }
    this.hb.registerHelper('t', (key: string, options: Handlebars.HelperOptions) =>
      translate(key, (options.data as { root: { lang: ReportLanguage } }).root.lang),
    );
    this.hb.registerHelper('day', (iso: string | null) => formatDay(iso));
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
    // the document's language as the HTML lang attribute: sr is Serbian in Latin
    const htmlLang = model.lang === 'sr' ? 'sr-Latn' : model.lang;
    return this.template(name)({ htmlLang, ...model });
  }

  /** Puppeteer header and footer (agency, title, date; page x of y and the short hash). */
  pageParts(model: { lang: ReportLanguage; title: string; generatedAt: string; hash: string }): PageParts {
    return { header: this.render('page-header', model), footer: this.render('page-footer', model) };
  }
}
