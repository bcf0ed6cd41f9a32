// Runs a command against a throw-away embedded PostgreSQL server (the one `npm start` runs when
// nothing else is there): starts it in a temporary directory, passes its admin URL as
// TEST_DATABASE_SERVER (read by test/support/global-setup.mjs), stops and removes it after.
//   node scripts/with-embedded-postgres.mjs npm run test:only -- test/integration/pay-runs.spec.ts
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, ensureEmbeddedPostgresLinks } from './ensure-setup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: node scripts/with-embedded-postgres.mjs <command> [args…]');
  process.exit(64);
}

ensureEmbeddedPostgresLinks();
build();
const { startEmbeddedPostgres } = await import(path.join(root, 'dist/common/prisma/embedded-postgres.js'));

const free = await new Promise((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const dir = await mkdtemp(path.join(os.tmpdir(), 'terren-test-pg-'));
await chmod(dir, 0o755); // the server's system user must enter it when we are root
// Throw-away data: no need to survive a crash, so no flushes to disk.
const server = await startEmbeddedPostgres({
  dir: path.join(dir, 'postgres'),
  port: free,
  settings: ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'],
});
console.log(`• embedded PostgreSQL for tests on 127.0.0.1:${free} (${dir})`);
let status = 1;
try {
  status = await new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, TEST_DATABASE_SERVER: server.adminUrl } });
    for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
process.exit(status);
