// `npm run bench`: compiles src/ and bench/ with swc (seconds, same settings as the tests'
// jest transform) into node_modules/.cache/terren-bench, then runs every bench/*.bench.*
// file in name order, one process each, so each reports its own time and peak memory.
// Benchmarks create and drop their own databases; they are not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformFile } from '@swc/core';
import { ensureDependencies, ensurePrismaClient } from '../scripts/ensure-setup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'node_modules', '.cache', 'terren-bench');

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

async function compile() {
  rmSync(out, { recursive: true, force: true });
  const files = [...tsFiles(path.join(root, 'src')), ...tsFiles(path.join(root, 'bench'))];
  await Promise.all(
    files.map(async (file) => {
      const { code } = await transformFile(file, {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'es6' },
      });
      const target = path.join(out, path.relative(root, file)).replace(/\.ts$/, '.js');
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, code);
    }),
  );
  // Data files that modules find relative to themselves (src/auth/password-policy.ts).
  cpSync(path.join(root, 'security'), path.join(out, 'security'), { recursive: true });
  // Below node_modules Node would take .js for CommonJS: say it is ESM.
  writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n');
}

ensureDependencies();
ensurePrismaClient();
await compile();
const only = process.argv.slice(2);
const benches = readdirSync(path.join(root, 'bench'))
  .filter((f) => /\.bench\.(ts|mjs|js)$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of benches) {
  const file = f.endsWith('.ts') ? path.join(out, 'bench', f.replace(/\.ts$/, '.js')) : path.join(root, 'bench', f);
  console.log(`\n=== ${f}`);
  const res = spawnSync(process.execPath, ['--max-old-space-size=4096', file], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) {
    failed++;
    console.error(`✗ ${f} failed (exit ${res.status ?? res.signal})`);
  }
}
if (failed) process.exit(1);
