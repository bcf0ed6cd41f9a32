// Pure helpers of the API client (no DOM): also unit-tested from test/unit/web-http-helpers.spec.ts.

export type Query = Record<string, string | number | boolean | undefined | null>;

/** Append the query; undefined, null and empty values are left out (the API's defaults apply). */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** File name from Content-Disposition (RFC 6266: filename* first, then filename), else the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
}
