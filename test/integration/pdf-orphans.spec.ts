import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROFILE_PREFIX, startTicksOf } from '../../src/common/pdf/chromium-profiles.js';
import { Role } from '../../src/generated/prisma/enums.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildWorker, spawnWorker, type WorkerProcess } from '../support/worker-process.js';

/**
 * No orphans: a worker process killed with SIGKILL while it renders leaves no Chromium behind,
 * and a new worker kills what a dead predecessor left (and nothing of a live process).
 * Workers are real processes (src/worker.ts) with their own temporary directory, where their
 * browser profiles live, so that nothing here touches another test's browsers.
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Live processes whose --user-data-dir starts with `prefix` (every Chromium process carries it). */
async function chromiumUsing(prefix: string): Promise<number[]> {
  const pids: number[] = [];
  for (const e of await readdir('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    const cmdline = await readFile(`/proc/${e}/cmdline`, 'utf8').catch(() => '');
    const stat = await readFile(`/proc/${e}/stat`, 'utf8').catch(() => '');
    // a zombie (state Z) is dead, only not yet reaped by its parent
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue;
    if (cmdline.split('\0').some((a) => a.startsWith(`--user-data-dir=${prefix}`))) pids.push(Number(e));
  }
  return pids;
}

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const started = Date.now();
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

describe('Chromium dies with its worker', () => {
  let t: TestApp;
  let tmp: string;
  let build: Awaited<ReturnType<typeof buildWorker>>;
  let finance: string;
  const workers: WorkerProcess[] = [];
  const strays: number[] = [];

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'terren-orphans-'));
    await mkdir(path.join(tmp, 'reports'));
    t = await startTestApp({ WORKER_IN_PROCESS: 'false', REPORTS_DIR: path.join(tmp, 'reports') });
    finance = await t.tokenFor(Role.FINANCE);
    build = await buildWorker();
  }, 300_000);

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    for (const pid of strays) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await t.close();
    await build.remove();
    await rm(tmp, { recursive: true, force: true });
  });

  const worker = () => {
    const w = spawnWorker(build.entry, {
      NODE_ENV: 'test',
      DATABASE_URL: t.db.url,
      REDIS_URL: t.config.redisUrl,
      REDIS_PREFIX: t.config.redisPrefix,
      ...(t.config.jwtSecret ? { JWT_SECRET: t.config.jwtSecret } : {}),
      DATA_DIR: path.join(tmp, 'data'),
      // the worker says it is running at info (spawnWorker waits for that line)
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      DEMO_DATA: 'false',
      MIGRATE_ON_START: 'false',
      REPORTS_DIR: path.join(tmp, 'reports'),
      CHROMIUM_PATH: t.config.reports.chromiumPath,
      // profiles (and Chromium's own temporary files) go here
      TMPDIR: tmp,
    });
    workers.push(w);
    return w;
  };

  it('a worker killed with SIGKILL while it renders leaves no Chromium alive 10 s later', async () => {
    const w = worker();
    await w.ready();
    const mun = await t.db.municipalityId('prizren');
    await t.db.prisma.kkrMember.create({
      data: { municipalityId: mun, position: 1, fullName: 'Arben Orphan', currentJob: 'Drejtor', kkrRole: 'CHAIR', isMunicipalStaff: true },
    });
    const res = await t
      .http()
      .post('/api/v1/reports')
      .set('authorization', finance)
      .send({ type: 'kkr-members', params: { municipalityCode: 'prizren' } });
    expect(res.status).toBe(202);

    const prefix = path.join(tmp, `${PROFILE_PREFIX}${w.pid}-`);
    const browsers = await until(
      'the worker’s Chromium',
      async () => ((await chromiumUsing(prefix)).length > 0 ? chromiumUsing(prefix) : null),
      90_000,
    );
    expect(browsers.length).toBeGreaterThan(0);

    process.kill(w.pid, 'SIGKILL');
    await until('the worker to exit', async () => (w.child.exitCode !== null || w.child.signalCode !== null ? true : null), 10_000);
    await sleep(10_000);
    expect(await chromiumUsing(prefix)).toEqual([]);
  }, 240_000);

  it('a new worker kills the browser of a dead predecessor and removes its profile, and leaves a live owner’s browser alone', async () => {
    // A dead owner: a process that has exited.
    const gone = spawn('true');
    await new Promise((r) => gone.on('exit', r));
    const deadPid = gone.pid as number;
    const orphanDir = path.join(tmp, `${PROFILE_PREFIX}${deadPid}-leftover`);
    const liveDir = path.join(tmp, `${PROFILE_PREFIX}${process.pid}-live`);
    await mkdir(orphanDir);
    await mkdir(liveDir);
    await writeFile(path.join(orphanDir, 'owner.json'), JSON.stringify({ pid: deadPid, startTicks: 1 }));
    await writeFile(path.join(liveDir, 'owner.json'), JSON.stringify({ pid: process.pid, startTicks: await startTicksOf(process.pid) }));
    for (const dir of [orphanDir, liveDir]) {
      // Launched as Puppeteer's WebSocket mode does (detached, no pipe): it outlives whoever started it.
      const c = spawn(
        t.config.reports.chromiumPath,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          `--user-data-dir=${dir}`,
          '--remote-debugging-port=0',
          'about:blank',
        ],
        { detached: true, stdio: 'ignore' },
      );
      c.unref();
      strays.push(c.pid as number);
    }
    await until(
      'both browsers',
      async () => ((await chromiumUsing(orphanDir)).length && (await chromiumUsing(liveDir)).length ? true : null),
      60_000,
    );

    const w = worker();
    await w.ready();
    await until('the leftover browser to be killed', async () => ((await chromiumUsing(orphanDir)).length === 0 ? true : null), 30_000);
    await until('the leftover profile to be removed', async () => ((await exists(orphanDir)) ? null : true), 30_000);
    expect(await exists(orphanDir)).toBe(false);
    expect((await chromiumUsing(liveDir)).length).toBeGreaterThan(0);
    expect(await exists(liveDir)).toBe(true);
  }, 240_000);
});
