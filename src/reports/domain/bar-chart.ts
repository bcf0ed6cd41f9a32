/**
 * A horizontal bar chart as inline SVG, built on the server (report pages run no scripts).
 * Labels are escaped here because the result is inserted into templates unescaped.
 */
export interface Bar {
  readonly label: string;
  /** integer cents */
  readonly value: bigint;
  /** text printed after the bar, e.g. "1,234.50" */
  readonly caption: string;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export function barChartSvg(bars: readonly Bar[], o: { width?: number; barHeight?: number; labelWidth?: number } = {}): string {
  const width = o.width ?? 640;
  const barHeight = o.barHeight ?? 16;
  const labelWidth = o.labelWidth ?? 170;
  const captionWidth = 90;
  const gap = 6;
  const plot = width - labelWidth - captionWidth;
  const max = bars.reduce((m, b) => (b.value > m ? b.value : m), 0n);
  const height = Math.max(1, bars.length) * (barHeight + gap);
  const rows = bars.map((b, i) => {
    const y = i * (barHeight + gap);
    // Integer arithmetic on cents; the pixel width is the only rounding.
    const w = max > 0n && b.value > 0n ? Math.max(1, Number((b.value * BigInt(Math.round(plot * 100))) / max) / 100) : 0;
    const ty = y + barHeight - 4;
    return (
      `<text x="${labelWidth - 6}" y="${ty}" text-anchor="end" font-size="10">${escapeXml(b.label)}</text>` +
      `<rect x="${labelWidth}" y="${y}" width="${w.toFixed(2)}" height="${barHeight}" fill="#2f6f9f"/>` +
      `<text x="${(labelWidth + w + 4).toFixed(2)}" y="${ty}" font-size="10">${escapeXml(b.caption)}</text>`
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans" role="img">${rows.join('')}</svg>`;
}
