// Installs and generates what a fresh clone lacks, using only Node's standard library (it
// runs before node_modules exists). Called by `npm start` and `npm test`; cheap when nothing
// changed. npm 11 runs no install scripts of dependencies, so everything a package would do
// in a postinstall hook (Prisma client generation) is done here explicitly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

function run(cmd, args, env = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${res.status ?? res.signal})`);
    process.exit(res.status ?? 1);
  }
}

export function ensureDependencies() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(marker) || mtime(path.join(root, 'package-lock.json')) > mtime(marker)) {
    console.log('• installing dependencies (npm ci)…');
    run('npm', ['ci', '--no-audit', '--no-fund'], { PUPPETEER_SKIP_DOWNLOAD: 'true' });
  }
}

export function ensurePrismaClient() {
  const generated = path.join(root, 'src', 'generated', 'prisma', 'client.ts');
  if (
    mtime(generated) >= mtime(path.join(root, 'prisma', 'schema.prisma')) &&
    mtime(generated) >= mtime(path.join(root, 'node_modules', '.package-lock.json'))
  )
    return;
  console.log('• generating the Prisma client…');
  // `prisma generate` needs no schema engine, but the CLI insists on locating one; the
  // binary cannot be downloaded here, so point it at a placeholder file.
  const cache = path.join(root, 'node_modules', '.cache', 'terren');
  mkdirSync(cache, { recursive: true });
  const placeholder = path.join(cache, 'schema-engine-placeholder');
  if (!existsSync(placeholder)) writeFileSync(placeholder, '');
  run('npx', ['--no-install', 'prisma', 'generate'], { PRISMA_SCHEMA_ENGINE_BINARY: placeholder, PRISMA_HIDE_UPDATE_MESSAGE: '1' });
}

/**
 * PDF reports drive Debian's Chromium (puppeteer-core downloads no browser). A fresh machine
 * lacks it: install it with the fonts the templates use when we may (root), else say how.
 * CHROMIUM_PATH points elsewhere when the browser lives somewhere else.
 */
export const CHROMIUM_APT =
  'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-dejavu-core fonts-dejavu-extra fonts-liberation';

export function ensureChromium() {
  const exe = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(exe)) return;
  if (process.env.CHROMIUM_PATH) {
    console.error(`! CHROMIUM_PATH=${exe} does not exist: PDF reports will fail until it does.`);
    return;
  }
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log('• installing Chromium and fonts for PDF reports (apt-get)…');
    run('sh', ['-c', CHROMIUM_APT]);
    return;
  }
  console.error(`! Chromium is missing (${exe}); PDF reports need it. Install it as root with:\n  sudo sh -c '${CHROMIUM_APT}'`);
}

export function build() {
  console.log('• compiling TypeScript…');
  run('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json']);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureDependencies();
  ensurePrismaClient();
  ensureChromium();
  if (process.argv.includes('--build')) build();
}
