import { Logger } from '@nestjs/common';
import puppeteer, { type Browser, type CDPSession, type HTTPRequest, type Page } from 'puppeteer-core';
import { createProfile, removeProfile, sweepOrphanedProfiles } from './chromium-profiles.js';

const MM_PER_INCH = 25.4;
const A4_INCHES = { width: 8.2677, height: 11.6929 } as const;

export interface PdfRendererOptions {
  readonly executablePath: string;
  /** pages rendering at once (2 on the 2-core machine: see docs/reports.md) */
  readonly poolSize: number;
  /** replace the browser after this many renders */
  readonly rendersPerBrowser: number;
  readonly timeoutMs: number;
  /** where browser profiles live (default: the system temporary directory) */
  readonly profilesDir?: string;
}

export interface PdfRenderInput {
  /** a complete HTML document; everything it needs is inline (no network, no scripts) */
  readonly html: string;
  /** Puppeteer header/footer templates (spans .pageNumber/.totalPages are filled by Chromium) */
  readonly headerTemplate?: string;
  readonly footerTemplate?: string;
  /** tagged (accessible) PDF: about twice the size and slower; chosen per report type */
  readonly tagged: boolean;
  readonly landscape?: boolean;
  /**
   * A chunk of a long document: the page is emptied after printing, so that an idle pool page
   * does not keep a hundred pages of DOM and layout until its next render.
   */
  readonly large?: boolean;
}

/** Chromium flags for a headless renderer that talks to nothing (we run as root in containers). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--disable-sync',
  '--mute-audio',
] as const;

class Generation {
  renders = 0;
  active = 0;
  retired = false;
  readonly idle: Page[] = [];
  constructor(
    readonly browser: Browser,
    readonly profile: string,
  ) {}
}

/**
 * The one boundary around Puppeteer. One browser per process (launched on first use), at most
 * `poolSize` pages rendering at once and kept open between renders, JavaScript disabled, every
 * request refused except the document itself (block by default: the HTML is set with
 * setContent on about:blank, so nothing legitimately needs the network). The browser is
 * replaced after `rendersPerBrowser` renders and when it crashes or disconnects. A render that
 * exceeds the timeout has its page closed; pages and browsers are always closed.
 */
export class PdfRenderer {
  private readonly logger = new Logger('pdf');
  private current: Generation | null = null;
  private launching: Promise<Generation> | null = null;
  private inUse = 0;
  private readonly waiters: (() => void)[] = [];
  private closed = false;
  /** each pooled page's own DevTools session and main frame (for setDocumentContent and printToPDF); gone with the page */
  private readonly sessions = new WeakMap<Page, { session: CDPSession; frameId: string }>();
  /** requests refused since start (the SSRF test and operators read it) */
  blockedRequests = 0;
  browsersLaunched = 0;

  constructor(private readonly options: PdfRendererOptions) {}

  async render(input: PdfRenderInput): Promise<Uint8Array> {
    if (this.closed) throw new Error('the PDF renderer is closed');
    await this.acquireSlot();
    let gen: Generation | null = null;
    let page: Page | null = null;
    let healthy = false;
    try {
      gen = await this.generation();
      gen.active++;
      gen.renders++;
      page = gen.idle.pop() ?? (await this.newPage(gen.browser));
      const pdf = await this.withTimeout(this.print(page, input), page);
      healthy = true;
      return pdf;
    } finally {
      if (gen) {
        gen.active--;
        if (page) {
          if (healthy && !gen.retired && !page.isClosed()) gen.idle.push(page);
          else await page.close().catch(() => undefined);
        }
        if (gen.renders >= this.options.rendersPerBrowser) this.retire(gen);
        if (gen.retired && gen.active === 0) await this.closeGeneration(gen);
      }
      this.releaseSlot();
    }
  }

  private async print(page: Page, input: PdfRenderInput): Promise<Uint8Array> {
    const { session, frameId } = this.sessionOf(page);
    // The document in one round trip (Page.setDocumentContent: document.open/write/close by the
    // browser), then its load event, as page.setContent({waitUntil: 'load'}) waits for it —
    // which instead serialises the HTML into a script evaluated in the page and tracks the
    // frame's lifecycle in Puppeteer (measured: docs/reports.md). Nothing it references loads:
    // every request but the document is refused; scripts stay disabled.
    const loaded = new Promise<void>((resolve) => session.once('Page.loadEventFired', () => resolve()));
    await session.send('Page.setDocumentContent', { frameId, html: input.html });
    await loaded;
    const withHeader = input.headerTemplate !== undefined || input.footerTemplate !== undefined;
    const margin = withHeader ? { top: 18, bottom: 16, left: 14, right: 14 } : { top: 12, bottom: 12, left: 14, right: 14 };
    // Page.printToPDF as page.pdf() sends it (A4 as Puppeteer's paper formats give it, margins in inches), but with
    // the PDF in the answer: page.pdf() asks for a stream and reads it back (IO.read, IO.close),
    // two more round trips to Chromium per document for a PDF of a few dozen KB. The
    // per-render timeout still applies (withTimeout closes the page).
    // System fonts only (DejaVu Sans): nothing to wait for (page.pdf's waitForFonts needs scripts).
    const { data } = await session.send('Page.printToPDF', {
      transferMode: 'ReturnAsBase64',
      paperWidth: A4_INCHES.width,
      paperHeight: A4_INCHES.height,
      landscape: input.landscape ?? false,
      printBackground: true,
      generateTaggedPDF: input.tagged,
      generateDocumentOutline: false,
      displayHeaderFooter: withHeader,
      headerTemplate: input.headerTemplate ?? '<span></span>',
      footerTemplate: input.footerTemplate ?? '<span></span>',
      marginTop: margin.top / MM_PER_INCH,
      marginBottom: margin.bottom / MM_PER_INCH,
      marginLeft: margin.left / MM_PER_INCH,
      marginRight: margin.right / MM_PER_INCH,
    });
    if (input.large) await session.send('Page.setDocumentContent', { frameId, html: '' });
    return Buffer.from(data, 'base64');
  }

  private sessionOf(page: Page): { session: CDPSession; frameId: string } {
    const session = this.sessions.get(page);
    if (!session) throw new Error('PDF page without its DevTools session');
    return session;
  }

  private async withTimeout<T>(work: Promise<T>, page: Page): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        void page.close().catch(() => undefined);
        reject(new Error(`PDF render timed out after ${this.options.timeoutMs} ms`));
      }, this.options.timeoutMs);
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
      work.catch(() => undefined);
    }
  }

  private async newPage(browser: Browser): Promise<Page> {
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (req: HTTPRequest) => {
        // Allow-list of one: the document itself (about:blank, filled by setContent). Anything
        // else (images, stylesheets, fonts, frames, prefetches) is refused, whatever its URL.
        const url = req.url();
        if (req.isNavigationRequest() && req.frame() === page.mainFrame() && url === 'about:blank') {
          void req.continue().catch(() => undefined);
          return;
        }
        this.blockedRequests++;
        void req.abort('blockedbyclient').catch(() => undefined);
      });
      page.setDefaultTimeout(this.options.timeoutMs);
      const session = await page.createCDPSession();
      await session.send('Page.enable');
      const { frameTree } = await session.send('Page.getFrameTree');
      this.sessions.set(page, { session, frameId: frameTree.frame.id });
      return page;
    } catch (err) {
      await page.close().catch(() => undefined);
      throw err;
    }
  }

  private async generation(): Promise<Generation> {
    if (this.current && !this.current.retired && this.current.browser.connected) return this.current;
    this.launching ??= this.launch().finally(() => {
      this.launching = null;
    });
    return this.launching;
  }

  /** Kill browsers (and remove profiles) left by processes that died without closing them. */
  async sweepOrphans(): Promise<void> {
    const swept = await sweepOrphanedProfiles(this.options.profilesDir);
    if (swept.profiles > 0)
      this.logger.warn(`removed ${swept.profiles} Chromium profile(s) of dead processes, killing ${swept.processesKilled} process(es)`);
  }

  onModuleInit(): void {
    // At start, so a restarted worker cleans up after its predecessor before any render.
    void this.sweepOrphans().catch((err: unknown) => this.logger.warn(`sweeping Chromium leftovers failed: ${String(err)}`));
  }

  private async launch(): Promise<Generation> {
    await this.sweepOrphans();
    const profile = await createProfile(this.options.profilesDir);
    let browser: Browser;
    try {
      browser = await puppeteer.launch({
        executablePath: this.options.executablePath,
        headless: true,
        args: [...CHROMIUM_ARGS],
        userDataDir: profile,
        // DevTools over a pipe (fds 3 and 4) instead of a WebSocket: Chromium shuts down when
        // the pipe closes, so it dies with this process even on SIGKILL, whose death closes it.
        pipe: true,
        // Our own shutdown closes the browser; Puppeteer's signal handlers would race it.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
    } catch (err) {
      await removeProfile(profile).catch(() => undefined);
      throw err;
    }
    this.browsersLaunched++;
    const gen = new Generation(browser, profile);
    browser.on('disconnected', () => {
      if (!gen.retired) this.logger.warn('Chromium disconnected; the next render starts a new browser');
      gen.retired = true;
      if (this.current === gen) this.current = null;
      // Closed or crashed: its profile is of no further use.
      void removeProfile(profile).catch(() => undefined);
    });
    if (this.closed) {
      await browser.close().catch(() => undefined);
      throw new Error('the PDF renderer is closed');
    }
    this.current = gen;
    return gen;
  }

  private retire(gen: Generation): void {
    gen.retired = true;
    if (this.current === gen) this.current = null;
  }

  private async closeGeneration(gen: Generation): Promise<void> {
    gen.idle.length = 0;
    await gen.browser.close().catch(() => undefined);
    await removeProfile(gen.profile).catch(() => undefined);
  }

  private acquireSlot(): Promise<void> {
    if (this.inUse < this.options.poolSize) {
      this.inUse++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private releaseSlot(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.inUse--;
  }

  /** The Chromium process ids (for memory measurements). */
  chromiumPid(): number | undefined {
    return this.current?.browser.process()?.pid;
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }

  async close(): Promise<void> {
    this.closed = true;
    const gen = this.current ?? (this.launching ? await this.launching.catch(() => null) : null);
    this.current = null;
    if (gen) {
      gen.retired = true;
      await this.closeGeneration(gen);
    }
  }
}
