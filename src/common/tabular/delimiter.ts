/**
 * Delimiter of a CSV file, read from its header line: the one of `,` `;` and tab it uses most
 * (spreadsheets in Kosovo's locales often save with ';'); `,` when it uses none. Used by both
 * CSV readers (parse-table.ts and the streaming csv-scanner.ts).
 */
export function detectDelimiter(firstLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    const n = firstLine.split(d).length - 1;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}
