import { PDFDocument } from 'pdf-lib';

/**
 * Pages of a PDF Chromium printed, without parsing it: Chromium (Skia) writes its page tree as
 * plain dictionaries, `<</Type /Pages /Kids [...] /Count n>>`, the root holding the largest
 * count. A full pdf-lib parse of every one-page document costs more CPU than the rest of the
 * job's Node work (measured: docs/reports.md). Anything else — no page tree found in plain
 * text, e.g. object streams — falls back to pdf-lib, so the figure is always the real one.
 */
export async function countPages(pdf: Uint8Array): Promise<number> {
  return quickCount(pdf) ?? (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

/** The root page tree's /Count when the page tree is in plain text, else null. */
export function quickCount(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const pagesDict = /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g;
  let max = 0;
  for (const m of text.matchAll(pagesDict)) max = Math.max(max, Number(m[1] ?? m[2]));
  return max > 0 ? max : null;
}
