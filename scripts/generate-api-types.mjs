// `npm run api:types`: build the API description without a server (dist/cli/openapi.js) and
// write the console's types from it to web/src/generated/api.d.ts. Expects a compiled dist/
// (the npm script runs `node scripts/ensure-setup.mjs --build` first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_TYPES_FILE, renderApiTypes } from './api-types.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(tmpdir(), 'terren-openapi-'));
try {
  const docFile = path.join(dir, 'openapi.json');
  const res = spawnSync(process.execPath, [path.join(root, 'dist/cli/openapi.js'), docFile], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
  const out = path.join(root, API_TYPES_FILE);
  const text = await renderApiTypes(JSON.parse(readFileSync(docFile, 'utf8')));
  let before = '';
  try {
    before = readFileSync(out, 'utf8');
  } catch {
    // first generation
  }
  if (before === text) console.log(`${API_TYPES_FILE}: up to date`);
  else {
    writeFileSync(out, text);
    console.log(`${API_TYPES_FILE}: written`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
