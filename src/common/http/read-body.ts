import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../errors/app-error.js';

/**
 * Reads a request body into memory up to `limit` bytes. A Content-Length above the limit is
 * refused before a byte is read; a body that grows past it while streaming (chunked) is
 * refused as soon as it does. Either way the connection is closed after the 413 answer, so the
 * rest of the body is neither buffered nor waited for (body-parser reads it to the end first).
 * Compressed bodies are refused (a few kB can inflate to gigabytes).
 */
export async function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Buffer> {
  const tooLarge = () => {
    req.pause();
    res.setHeader('Connection', 'close');
    return new AppError('PAYLOAD_TOO_LARGE', `request body too large: this route takes at most ${limit} bytes`);
  };
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) throw tooLarge();
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') throw new AppError('UNSUPPORTED_MEDIA_TYPE', `compressed request bodies (${encoding}) are not accepted`);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        cleanup();
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, received));
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onAborted = () => {
      cleanup();
      reject(new AppError('VALIDATION_FAILED', 'the request body was not sent completely'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

/** A request announces a body (RFC 9112 §6.3: Transfer-Encoding, or a Content-Length). */
export const hasBody = (req: IncomingMessage): boolean =>
  req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '');

/** The media type of the request, lower case, without parameters. */
export const mediaType = (req: IncomingMessage): string => (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

export const isJsonType = (type: string): boolean => type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);

/** The charset parameter, when the client names one. */
export const charsetOf = (req: IncomingMessage): string | undefined =>
  /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();

/** body-parser's error shape for malformed JSON: 400 VALIDATION_FAILED, or IMPORT_FORMAT on an import route (the body reader decides). */
export class JsonParseError extends Error {
  readonly status = 400;
  readonly type = 'entity.parse.failed';
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** JSON as body-parser's strict mode reads it: an object or an array; an empty body is `{}`. */
export function parseJsonBody(bytes: Buffer): unknown {
  let text: string;
  try {
    // fatal: a byte that is not UTF-8 is an error, never a replacement character.
    text = UTF8.decode(bytes);
  } catch {
    throw new JsonParseError('the JSON body is not valid UTF-8');
  }
  if (text.trim() === '') return {};
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') throw new JsonParseError('the JSON body must be an object or an array');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new JsonParseError((err as Error).message);
  }
}
