import { Readable } from 'node:stream';
import { Logger, StreamableFile } from '@nestjs/common';

const logger = new Logger('exports');

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Reads the first chunk before answering, so that a failure while preparing the file (a
 * query, a reconciliation check) is still an ordinary error response. A chunk may be a
 * string or a Buffer.
 */
export async function primed(chunks: AsyncIterable<string | Buffer>): Promise<Readable> {
  const it = chunks[Symbol.asyncIterator]();
  const first = await it.next();
  async function* rest(): AsyncGenerator<string | Buffer> {
    if (first.done) return;
    yield first.value;
    for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
  }
  return Readable.from(rest());
}

/**
 * A download. Once bytes are on the wire an error can no longer become a status code: the
 * connection is cut instead (the client sees an incomplete transfer, never a file that looks
 * complete) and the cause is logged with the run id, no pay data.
 */
export function fileResponse(stream: Readable, type: string, filename: string, runId: string): StreamableFile {
  return new StreamableFile(stream, { type, disposition: `attachment; filename="${filename}"` })
    .setErrorHandler((err, res) => {
      logger.error({ err, runId, file: filename }, 'export failed while streaming');
      if (res.destroyed) return;
      if (!res.headersSent) {
        res.statusCode = 500;
        res.send(JSON.stringify({ error: { code: 'INTERNAL', message: 'internal error' } }));
        return;
      }
      if (res.destroy) res.destroy(err);
      else res.end();
    })
    .setErrorLogger((err) => logger.error({ err, runId, file: filename }, 'export stream error'));
}
