import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { AppError } from '../common/errors/app-error.js';
import { PermanentJobError } from '../common/jobs/job-handler.js';
import { countPages } from '../common/pdf/pdf-pages.js';
import { PdfRenderer } from '../common/pdf/pdf-renderer.js';
import { Transactions } from '../common/prisma/transaction.js';
import { shortHash } from './domain/content-hash.js';
import { expiresAt } from './domain/retention.js';
import { formatInstant } from '../common/i18n/format.js';
import { reportText, storedLanguages, type ReportLanguage } from './report-language.js';
import { makeContext, requesterOf } from './report-context.js';
import { ReportTemplates } from './report-templates.js';
import type { ReportData, ReportTypeDefinition } from './report-type.js';
import { ReportTypes } from './report-types.js';
import { ReportRepository, type ReportRow } from './report.repository.js';

export type Progress = (percent: number) => Promise<void>;

/** When the document was made, in its language, on the UTC clock: "24 nëntor 2026, 23:30 UTC". */
function stamp(now: Date, lang: ReportLanguage): string {
  return reportText(lang, 'report.generatedAtUtc', { at: formatInstant(now, lang, 'UTC') });
}

/**
 * The font of the page counter stamped on merged documents: DejaVu Sans (Debian's
 * fonts-dejavu-core, which Chromium prints the documents with too), so a Cyrillic document is
 * numbered in Cyrillic. Only the glyphs used are embedded (a subset).
 */
const STAMP_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
let stampFont: Promise<Uint8Array> | null = null;
const stampFontBytes = (): Promise<Uint8Array> => (stampFont ??= readFile(STAMP_FONT));

/** Sections of one document (one per language) in one file, in order. */
async function concatenate(sections: readonly { pdf: Uint8Array; title: string }[]): Promise<{ pdf: Uint8Array; pages: number }> {
  const merged = await PDFDocument.create({ updateMetadata: false });
  merged.setTitle(sections.map((s) => s.title).join(' / '));
  merged.setProducer('terren');
  for (const section of sections) {
    const src = await PDFDocument.load(section.pdf, { updateMetadata: false });
    for (const p of await merged.copyPages(src, src.getPageIndices())) merged.addPage(p);
  }
  return { pdf: await merged.save({ useObjectStreams: true }), pages: merged.getPageCount() };
}

/** Stored relative path of a request's file: one name per request, whatever the attempt. */
export function reportFilePath(r: { id: string; createdAt: Date }): string {
  return path.join(r.createdAt.toISOString().slice(0, 7), `${r.id}.pdf`);
}

/**
 * The worker side: render one request into exactly one file and one completed record.
 * Idempotent by request id: the file name is the request's, written to a temporary name and
 * renamed over it (atomic), then the record is completed in one transaction (with its audit
 * event). A worker killed anywhere in between leaves at most a temporary file (removed by the
 * next attempt) or the final file without a completed record (overwritten by the next attempt).
 */
@Injectable()
export class ReportRenderService {
  private readonly logger = new Logger('reports');
  private templates: ReportTemplates | null = null;

  constructor(
    private readonly transactions: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: ReportRepository,
    private readonly audit: AuditService,
    private readonly renderer: PdfRenderer,
    private readonly types: ReportTypes,
  ) {}

  private get tpl(): ReportTemplates {
    this.templates ??= new ReportTemplates();
    return this.templates;
  }

  /**
   * One small document rendered to memory for `principal`, without a request record or file
   * (a statement attached to an e-mail). Chunked types are not rendered this way.
   */
  async renderToMemory(type: string, rawParams: unknown, principal: Principal, language: ReportLanguage, now = new Date()): Promise<Uint8Array> {
    const def = this.types.get(type);
    const params = def.params.parse(rawParams);
    const data = await def.load(makeContext(principal, params, language, now));
    if (data.items) throw new Error(`report type ${type} is rendered in chunks, not to memory`);
    const hash = createHash('sha256').update(`${type}:${JSON.stringify(params)}:${now.toISOString()}`).digest('hex');
    const base = { lang: language, title: data.title, generatedAt: stamp(now, language), hash: shortHash(hash), ...data.model };
    const parts = this.tpl.pageParts(base);
    return this.renderer.render({
      html: this.tpl.render(data.template ?? def.template, base),
      headerTemplate: parts.header,
      footerTemplate: parts.footer,
      tagged: def.tagged,
      landscape: def.landscape,
    });
  }

  async render(requestId: string, progress: Progress, now: Date = new Date()): Promise<void> {
    // Claimed and read in one statement; null: finished by an earlier attempt, or gone. A type
    // or parameters that cannot work fail for good below (the claim is then moot).
    const r = await this.repo.claim(requestId, now);
    if (!r) return;
    let def: ReportTypeDefinition<unknown>;
    try {
      def = this.types.get(r.type);
    } catch {
      throw new PermanentJobError(`unknown report type ${r.type}`);
    }
    const params = def.params.safeParse(r.params);
    if (!params.success) throw new PermanentJobError(`stored parameters of report ${r.id} are invalid`);
    const languages = storedLanguages(r.language);
    const report = async (pct: number, pages: number) => {
      await this.repo.progress(r.id, pct, pages);
      await progress(pct);
    };
    // A municipality that prints two languages gets one file: the document once per language,
    // one after the other, each numbered on its own.
    const sections: { pdf: Uint8Array; pages: number; title: string }[] = [];
    let chunked = false;
    for (const [i, language] of languages.entries()) {
      const ctx = makeContext(requesterOf(r), params.data, language, now);
      let data: ReportData;
      try {
        data = await def.load(ctx);
      } catch (err) {
        // The data is gone or no longer visible (a 404 of the domain): retrying cannot help.
        if (err instanceof AppError) throw new PermanentJobError(err.message);
        throw err;
      }
      const base = { lang: language, title: data.title, generatedAt: stamp(now, language), hash: shortHash(r.contentHash), ...data.model };
      const template = data.template ?? def.template;
      const share = (pct: number, pages: number) =>
        report(Math.min(99, Math.floor((i * 100 + pct) / languages.length)), pages + sections.reduce((s, x) => s + x.pages, 0));
      if (!data.items) {
        const parts = this.tpl.pageParts(base);
        const pdf = await this.renderer.render({
          html: this.tpl.render(template, base),
          headerTemplate: parts.header,
          footerTemplate: parts.footer,
          tagged: def.tagged,
          landscape: def.landscape,
        });
        sections.push({ pdf, pages: await countPages(pdf), title: data.title });
      } else {
        chunked = true;
        sections.push({ ...(await this.renderChunks(def, data.items, template, base, language, share)), title: data.title });
      }
    }
    const { pdf, pages } = sections.length === 1 ? (sections[0] as { pdf: Uint8Array; pages: number }) : await concatenate(sections);

    const relative = reportFilePath(r);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    await this.writeAtomically(relative, pdf, r.attempts > 1);
    const completedAt = new Date();
    await this.repo.completeAudited(r.id, {
      filePath: relative,
      fileSize: pdf.byteLength,
      sha256,
      pages,
      expiresAt: expiresAt(completedAt, def.retentionDays),
      completedAt,
    });
    // BullMQ's progress of a chunked job reaches 100 % here; a single render has reported none,
    // and its job's completion says the same without one more Redis round trip per document.
    if (chunked) await progress(100);
  }

  /**
   * Chunked rendering: items regrouped into chunks of `chunkSize`, each rendered as its own
   * document (so Chromium holds one chunk at a time, per pool page), up to the pool size in
   * parallel, and appended in order to one merged PDF. Page numbers run across chunks, so
   * "page x of y" is stamped after merging (Chromium's counters would restart per chunk).
   */
  private async renderChunks(
    def: ReportTypeDefinition<unknown>,
    items: NonNullable<ReportData['items']>,
    template: string,
    base: Readonly<Record<string, unknown>> & { lang: ReportLanguage; title: string; generatedAt: string; hash: string },
    language: ReportLanguage,
    report: (pct: number, pages: number) => Promise<void>,
  ): Promise<{ pdf: Uint8Array; pages: number }> {
    const size = def.chunkSize ?? 200;
    const parts = this.tpl.pageParts(base);
    const footer = this.tpl.render('page-footer-chunk', base);
    const merged = await PDFDocument.create({ updateMetadata: false });
    merged.setTitle(base.title);
    merged.setProducer('terren');
    const inFlight: { promise: Promise<Uint8Array>; count: number }[] = [];
    let done = 0;
    let first = true;
    const total = Math.max(1, items.total);

    const flush = async () => {
      const next = inFlight.shift();
      if (!next) return;
      const src = await PDFDocument.load(await next.promise, { updateMetadata: false });
      const copied = await merged.copyPages(src, src.getPageIndices());
      for (const p of copied) merged.addPage(p);
      done += next.count;
      await report(Math.min(99, Math.floor((done / total) * 100)), merged.getPageCount());
    };
    const start = (chunk: readonly unknown[]) => {
      const html = this.tpl.render(template, { ...base, items: chunk, first });
      first = false;
      const promise = this.renderer.render({
        html,
        headerTemplate: parts.header,
        footerTemplate: footer,
        tagged: def.tagged,
        landscape: def.landscape,
        large: true,
      });
      promise.catch(() => undefined); // awaited in order by flush
      inFlight.push({ promise, count: chunk.length });
    };

    let pending: unknown[] = [];
    for await (const batch of items.batches) {
      for (const item of batch) {
        pending.push(item);
        if (pending.length >= size) {
          if (inFlight.length >= this.config.reports.pagePool) await flush();
          start(pending);
          pending = [];
        }
      }
    }
    if (pending.length > 0 || first) start(pending);
    while (inFlight.length > 0) await flush();

    const pages = merged.getPageCount();
    merged.registerFontkit(fontkit);
    const font = await merged.embedFont(await stampFontBytes(), { subset: true });
    const label = (i: number) => reportText(language, 'report.pageOf', { page: i + 1, pages });
    merged.getPages().forEach((page, i) => {
      page.drawText(label(i), { x: 40, y: 22, size: 7, font, color: rgb(0.33, 0.33, 0.33) });
    });
    return { pdf: await merged.save({ useObjectStreams: true }), pages };
  }

  /**
   * `retry`: an earlier attempt of this request was claimed and may have been killed while
   * writing, so its temporaries are removed first. A first attempt has none to remove (its
   * claim made it the first), which saves listing a directory of a month's reports per job;
   * the hourly clean-up removes any temporary older than 6 hours anyway.
   */
  private async writeAtomically(relative: string, pdf: Uint8Array, retry: boolean): Promise<void> {
    const file = path.join(this.config.reports.dir, relative);
    const dir = path.dirname(file);
    if (retry) await this.removeTemporaries(dir, path.basename(file));
    const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    // The month's directory exists but for the first file of a month: mkdir only then.
    const fh = await open(tmp, 'w').catch(async (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
      await mkdir(dir, { recursive: true });
      return open(tmp, 'w');
    });
    try {
      await fh.writeFile(pdf);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  }

  /** Leftovers of attempts killed while writing this request's file. */
  private async removeTemporaries(dir: string, name: string): Promise<void> {
    const names = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [];
      throw err;
    });
    for (const f of names) {
      if (f.startsWith(`${name}.`) && f.endsWith('.tmp')) await unlink(path.join(dir, f)).catch(() => undefined);
    }
  }

  /** The last attempt failed (or the failure is permanent): record why, for GET to show. */
  async fail(requestId: string, reason: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const r: ReportRow | null = await this.repo.fail(tx, requestId, reason);
      if (r) {
        await this.audit.record(tx, SYSTEM_ACTOR, {
          action: 'failed',
          entity: 'ReportRequest',
          entityIds: [r.id],
          municipalityId: r.municipalityId,
          details: { type: r.type },
        });
      }
    });
    this.logger.warn({ requestId }, 'report failed for good');
  }
}
