// `npm start`: install what is missing, build, check Redis, then run the API (which migrates,
// seeds the geography and the demo data, and prints the URL and demo sign-ins).
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, ensureChromium, ensureDependencies, ensurePrismaClient } from './ensure-setup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function reachable(url) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname || '127.0.0.1', port: Number(u.port || 6379), timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

ensureDependencies();
ensurePrismaClient();
ensureChromium();
build();

const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
if (!(await reachable(redisUrl))) {
  console.error(`
✗ Redis is not reachable at ${redisUrl}. terren needs it (sign-in rate limits, job queues).
  Start a local one (nothing kept on disk) with:

      redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no

  (Debian/Ubuntu: sudo apt-get install -y redis-server) — or set REDIS_URL to your server.
`);
  process.exit(1);
}

const child = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], { cwd: root, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
