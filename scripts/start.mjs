// `npm start`: install what is missing, build, then run the API (which finds or starts its
// PostgreSQL, chooses the queue store, migrates, seeds the geography and the demo data, and
// prints the URL and demo sign-ins last). Nothing needs to be running beforehand: without a
// PostgreSQL server it starts an embedded one (./data/postgres), without Redis the queues and
// counters live in PostgreSQL.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, ensureChromium, ensureDependencies, ensureEmbeddedPostgresLinks, ensurePrismaClient } from './ensure-setup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const t0 = Date.now();

ensureDependencies();
ensureEmbeddedPostgresLinks();
ensurePrismaClient();
ensureChromium();
build();
console.log(`• ready to start (install and build checked in ${Date.now() - t0} ms)`);

const child = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], { cwd: root, stdio: 'inherit' });
// A terminal's Ctrl-C reaches the whole process group already; a signal sent to this process
// alone (kill, a process manager) is passed on.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
