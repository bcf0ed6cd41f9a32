import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../common/config/config.js';

/** File in DATA_DIR holding the generated signing secret when JWT_SECRET is not set. */
export const SIGNING_SECRET_FILE = 'jwt-secret';
const MIN_LENGTH = 32;

export class SigningSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningSecretError';
  }
}

/**
 * The HS256 secret tokens are signed with: JWT_SECRET when set, otherwise 48 random bytes
 * generated at the first start and kept in `DATA_DIR/jwt-secret` (mode 0600), so tokens survive
 * a restart. There is no built-in fallback: if the file cannot be created or read safely, the
 * service refuses to start rather than sign with something guessable. Production requires
 * JWT_SECRET (config.ts), so replicas share it.
 */
export async function resolveSigningSecret(config: Pick<AppConfig, 'jwtSecret' | 'dataDir'>): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  const file = path.resolve(config.dataDir, SIGNING_SECRET_FILE);
  try {
    return await readSecret(file);
  } catch (err) {
    if (err instanceof SigningSecretError) throw err;
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw unusable(file, err);
  }
  try {
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    // Written under a private name and linked into place: link() fails if another process
    // (API and worker starting together) won the race, and nobody ever reads a half-written file.
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(tmp, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    try {
      await link(tmp, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      await unlink(tmp);
    }
  } catch (err) {
    throw unusable(file, err);
  }
  return readSecret(file);
}

function unusable(file: string, err: unknown): SigningSecretError {
  return new SigningSecretError(
    `JWT_SECRET is not set and the signing secret ${file} cannot be read or created (${(err as Error).message}); set JWT_SECRET or DATA_DIR`,
  );
}

async function readSecret(file: string): Promise<string> {
  const info = await stat(file);
  // Like ssh with its keys: a secret others may read is not a secret.
  if (process.platform !== 'win32' && (info.mode & 0o077) !== 0) {
    throw new SigningSecretError(
      `the signing secret ${file} is readable by other users (mode ${(info.mode & 0o777).toString(8)}); run chmod 600 on it`,
    );
  }
  const secret = (await readFile(file, 'utf8')).trim();
  if (secret.length < MIN_LENGTH) {
    throw new SigningSecretError(`the signing secret ${file} is shorter than ${MIN_LENGTH} characters; delete it to generate a new one`);
  }
  return secret;
}
