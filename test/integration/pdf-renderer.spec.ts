import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { loadConfig } from '../../src/common/config/config.js';
import { countPages, quickCount } from '../../src/common/pdf/pdf-pages.js';
import { PdfRenderer } from '../../src/common/pdf/pdf-renderer.js';

/** The Puppeteer boundary against the real Debian Chromium. */

async function textOf(pdf: Uint8Array): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  return text;
}

const doc = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:'DejaVu Sans'}</style></head><body>${body}</body></html>`;

describe('PdfRenderer (real Chromium)', () => {
  let server: Server;
  let port: number;
  const hits: string[] = [];
  let renderer: PdfRenderer;

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
    const config = loadConfig({});
    renderer = new PdfRenderer({ executablePath: config.reports.chromiumPath, poolSize: 2, rendersPerBrowser: 3, timeoutMs: 20_000 });
  });

  afterAll(async () => {
    await renderer.close();
    await new Promise((r) => server.close(r));
  });

  it('prints Albanian and Serbian letters (Latin and Cyrillic) with the footer page x of y', async () => {
    const pdf = await renderer.render({
      html: doc('<p>ë ç č ć đ š ž Ë Ç Č Ć Đ Š Ž — Приштина Грачаница</p>'),
      footerTemplate: '<div style="font-size:8px">faqe <span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      tagged: false,
    });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = await textOf(pdf);
    for (const s of ['ë', 'ç', 'č', 'ć', 'đ', 'š', 'ž', 'Ë', 'Č', 'Đ', 'Приштина', 'Грачаница', 'faqe 1 / 1']) expect(text).toContain(s);
  });

  it('refuses every network request and runs no script', async () => {
    const before = renderer.blockedRequests;
    const base = `http://127.0.0.1:${port}`;
    const pdf = await renderer.render({
      html: doc(
        `<img src="${base}/img"><link rel="stylesheet" href="${base}/css"><iframe src="${base}/frame"></iframe>` +
          `<script>document.write('SCRIPT-RAN'); fetch('${base}/fetch')</script><p>static text</p>`,
      ),
      tagged: false,
    });
    const text = await textOf(pdf);
    expect(text).toContain('static text');
    expect(text).not.toContain('SCRIPT-RAN');
    await new Promise((r) => setTimeout(r, 200));
    expect(hits).toEqual([]);
    expect(renderer.blockedRequests).toBeGreaterThan(before);
  });

  it('replaces the browser after N renders and after a crash, and keeps rendering', async () => {
    const launched = renderer.browsersLaunched;
    for (let i = 0; i < 4; i++) await renderer.render({ html: doc(`<p>doc ${i}</p>`), tagged: false });
    expect(renderer.browsersLaunched).toBeGreaterThan(launched);
    await renderer.render({ html: doc('<p>warm</p>'), tagged: false });
    const pid = renderer.chromiumPid();
    expect(pid).toBeDefined();
    process.kill(pid as number, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    const again = await renderer.render({ html: doc('<p>after crash</p>'), tagged: true });
    expect(await textOf(again)).toContain('after crash');
  });

  it('renders in parallel up to the pool size', async () => {
    const pdfs = await Promise.all([1, 2, 3, 4, 5].map((i) => renderer.render({ html: doc(`<p>parallel ${i}</p>`), tagged: false })));
    expect(await Promise.all(pdfs.map(textOf))).toEqual([1, 2, 3, 4, 5].map((i) => expect.stringContaining(`parallel ${i}`)));
  });

  it('counts the pages of what Chromium prints without parsing it, as pdf-lib does', async () => {
    const pageBreak = '<div style="page-break-after:always">page</div>';
    for (const [n, tagged, landscape] of [
      [1, true, false],
      [1, false, false],
      [3, true, true],
      [120, false, false],
      [120, true, false],
    ] as const) {
      const pdf = await renderer.render({
        html: doc(pageBreak.repeat(n - 1) + '<p>last</p>'),
        footerTemplate: '<div style="font-size:8px"><span class="pageNumber"></span></div>',
        tagged,
        landscape,
      });
      const parsed = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
      expect(parsed).toBe(n);
      expect(quickCount(pdf)).toBe(n);
      expect(await countPages(pdf)).toBe(n);
    }
  });

  it('falls back to a full parse when the page tree is not in plain text', async () => {
    const made = await PDFDocument.create();
    for (let i = 0; i < 4; i++) made.addPage();
    const packed = await made.save({ useObjectStreams: true });
    expect(quickCount(packed)).toBeNull();
    expect(await countPages(packed)).toBe(4);
  });
});
