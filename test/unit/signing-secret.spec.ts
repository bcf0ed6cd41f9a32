import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/common/config/config.js';
import { resolveSigningSecret, SIGNING_SECRET_FILE, SigningSecretError } from '../../src/auth/signing-secret.js';

describe('signing secret', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'terren-secret-'));
  });
  afterEach(async () => {
    await chmod(dir, 0o700).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses to start in production without JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'false' })).toThrow(/JWT_SECRET is required when NODE_ENV=production/);
  });

  it('uses JWT_SECRET when set and writes nothing', async () => {
    const secret = 'an-operator-provided-secret-of-40-chars!';
    const config = loadConfig({ JWT_SECRET: secret, DATA_DIR: dir });
    await expect(resolveSigningSecret(config)).resolves.toBe(secret);
    await expect(stat(path.join(dir, SIGNING_SECRET_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('generates a random secret at the first start in development, mode 0600, and reuses it afterwards', async () => {
    const config = loadConfig({ DATA_DIR: path.join(dir, 'data') });
    expect(config.jwtSecret).toBeNull();
    const first = await resolveSigningSecret(config);
    const file = path.join(dir, 'data', SIGNING_SECRET_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(first).toMatch(/^[A-Za-z0-9_-]{64}$/); // 48 random bytes, base64url
    expect((await readFile(file, 'utf8')).trim()).toBe(first);
    await expect(resolveSigningSecret(config)).resolves.toBe(first);
    // Another data directory, another secret: nothing is shared through the source.
    const other = await resolveSigningSecret(loadConfig({ DATA_DIR: path.join(dir, 'other') }));
    expect(other).not.toBe(first);
  });

  it('gives processes starting together the same secret', async () => {
    const config = loadConfig({ DATA_DIR: dir });
    const secrets = await Promise.all(Array.from({ length: 8 }, () => resolveSigningSecret(config)));
    expect(new Set(secrets).size).toBe(1);
  });

  it('refuses a secret file other users can read, a truncated one, and a data directory it cannot write', async () => {
    const file = path.join(dir, SIGNING_SECRET_FILE);
    await writeFile(file, 'x'.repeat(64), { mode: 0o644 });
    await chmod(file, 0o644);
    await expect(resolveSigningSecret(loadConfig({ DATA_DIR: dir }))).rejects.toThrow(
      /readable by other users \(mode 644\); run chmod 600/,
    );
    await chmod(file, 0o600);
    await writeFile(file, 'short\n');
    await expect(resolveSigningSecret(loadConfig({ DATA_DIR: dir }))).rejects.toThrow(/shorter than 32 characters/);

    const locked = path.join(dir, 'locked');
    await writeFile(locked, 'a file where a directory should be');
    const err = await resolveSigningSecret(loadConfig({ DATA_DIR: path.join(locked, 'data') })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SigningSecretError);
    expect((err as Error).message).toMatch(/JWT_SECRET is not set and the signing secret .* cannot be read or created/);
  });
});
