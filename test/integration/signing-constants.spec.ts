import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import ts from 'typescript';
import { SIGNING_SECRET_FILE } from '../../src/auth/signing-secret.js';
import { Role } from '../../src/generated/prisma/enums.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * No constant in the repository signs a token the service accepts. Every string literal of 16
 * characters or more in the source (src/, scripts/, web/, test/support/) and the configuration
 * files is tried as the HS256 secret of an ADMIN token for a real, active administrator; a
 * development start (no JWT_SECRET) must refuse every one with 401.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const MIN_LENGTH = 16;
const SOURCE_DIRS = ['src', 'scripts', 'web', 'test/support'];
const CONFIG_FILES = [
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  '.prettierrc.json',
  'eslint.config.js',
  'jest.config.js',
  'prisma.config.ts',
  'web/tsconfig.json',
  'prisma/schema.prisma',
  '.ci/run',
];
// Generated at build time from prisma/schema.prisma, not part of the repository.
const SKIPPED = new Set(['src/generated']);

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (SKIPPED.has(rel) || entry.name === 'node_modules' || entry.name === 'dist') continue;
    if (entry.isDirectory()) out.push(...(await filesUnder(rel)));
    else out.push(rel);
  }
  return out;
}

function literalsOfScript(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : undefined);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    )
      found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function literalsOfJson(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(literalsOfJson);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...literalsOfJson(v)]);
  return [];
}

async function repositoryConstants(): Promise<Set<string>> {
  const files = [...(await Promise.all(SOURCE_DIRS.map(filesUnder))).flat(), ...CONFIG_FILES];
  const found = new Set<string>();
  for (const file of files) {
    const text = await readFile(path.join(ROOT, file), 'utf8');
    let literals: string[];
    if (/\.(ts|tsx|js|mjs|cjs)$/.test(file)) literals = literalsOfScript(file, text);
    else if (file.endsWith('.json')) literals = literalsOfJson(JSON.parse(text));
    // Anything else (shell, Prisma schema, HTML, CSS): quoted strings and whole lines.
    else literals = [...[...text.matchAll(/"([^"\n]*)"|'([^'\n]*)'/g)].map((m) => m[1] ?? m[2] ?? ''), ...text.split('\n')];
    for (const l of literals) {
      if (l.length >= MIN_LENGTH) found.add(l);
      if (l.trim().length >= MIN_LENGTH) found.add(l.trim());
    }
  }
  return found;
}

describe('no signing secret in the source', () => {
  let t: TestApp;
  let dataDir: string;
  let constants: Set<string>;
  let adminId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'terren-data-'));
    // A development start as `npm start` does it: no JWT_SECRET (empty counts as unset).
    t = await startTestApp({ NODE_ENV: 'development', JWT_SECRET: '', DATA_DIR: dataDir });
    constants = await repositoryConstants();
    adminId = t.userIdOf(await t.tokenFor(Role.ADMIN));
  }, 60_000);

  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const claims = (): object => ({ sub: adminId, email: 'forger@example.org', role: 'ADMIN', mun: null, ver: 0 });
  const sign = (secret: string): Promise<string> =>
    new JwtService({ secret }).signAsync(claims(), { algorithm: 'HS256', issuer: 'terren', audience: 'terren-api', expiresIn: 600 });

  it('collects the constants it is meant to (the walker is not silently empty)', () => {
    expect(t.config.jwtSecret).toBeNull();
    expect(constants.size).toBeGreaterThan(2_000);
    // Literals known to be in src/common/config/config.ts and scripts/start.mjs.
    expect(constants).toContain('must be at least 32 characters');
    expect(constants).toContain('redis://127.0.0.1:6379');
  });

  it('accepts the same token signed with the generated secret (the forgery is otherwise valid)', async () => {
    const secret = (await readFile(path.join(dataDir, SIGNING_SECRET_FILE), 'utf8')).trim();
    expect(constants.has(secret)).toBe(false);
    const res = await t
      .http()
      .get('/api/v1/users')
      .set('authorization', `Bearer ${await sign(secret)}`);
    expect(res.status).toBe(200);
  });

  it('refuses an ADMIN token signed with any string constant of the repository', async () => {
    const accepted: string[] = [];
    const candidates = [...constants];
    const CONCURRENCY = 8;
    for (let i = 0; i < candidates.length; i += CONCURRENCY) {
      await Promise.all(
        candidates.slice(i, i + CONCURRENCY).map(async (secret) => {
          const res = await t
            .http()
            .get('/api/v1/users')
            .set('authorization', `Bearer ${await sign(secret)}`);
          if (res.status !== 401 || res.body.error?.code !== 'TOKEN_INVALID') accepted.push(`${JSON.stringify(secret)} → ${res.status}`);
        }),
      );
    }
    expect(accepted).toEqual([]);
  }, 300_000);

  it('refuses unsigned and wrongly-algorithmed tokens', async () => {
    const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const body = b64({ ...claims(), iss: 'terren', aud: 'terren-api', iat: now, exp: now + 600 });
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${body}.`;
    await t.http().get('/api/v1/users').set('authorization', `Bearer ${unsigned}`).expect(401);
    const hs512 = await new JwtService({ secret: 'x'.repeat(64) }).signAsync(claims(), {
      algorithm: 'HS512',
      issuer: 'terren',
      audience: 'terren-api',
    });
    await t.http().get('/api/v1/users').set('authorization', `Bearer ${hs512}`).expect(401);
  });
});
