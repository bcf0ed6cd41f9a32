import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Chromium profiles (user-data-dirs) owned by a process, and the sweep of those whose owner is
 * gone. Every browser this process launches gets a profile named
 * `terren-chromium-<owner pid>-<random>` holding `owner.json` (pid and start time of the owner,
 * so a recycled pid is not mistaken for it). Chromium passes `--user-data-dir` to every one of
 * its processes (zygotes, renderers, utilities), which is how the sweep finds them in /proc.
 *
 * Launching over a pipe makes Chromium exit when its owner dies, even by SIGKILL (measured:
 * docs/reports.md). The sweep is the second line: a browser that still outlived its owner
 * (a wedged one, or one launched by an older build) is killed by the next process that starts
 * a renderer, and its profile removed. A profile whose owner is alive is never touched.
 */
export const PROFILE_PREFIX = 'terren-chromium-';

interface Owner {
  readonly pid: number;
  /** start time in clock ticks since boot (/proc/<pid>/stat field 22); null where there is no /proc */
  readonly startTicks: number | null;
}

export async function startTicksOf(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function ownerAlive(owner: Owner): Promise<boolean> {
  if (!pidAlive(owner.pid)) return false;
  if (owner.startTicks === null) return true;
  return (await startTicksOf(owner.pid)) === owner.startTicks;
}

async function readOwner(dir: string): Promise<Owner | null> {
  try {
    const o = JSON.parse(await readFile(join(dir, 'owner.json'), 'utf8')) as Partial<Owner>;
    return typeof o.pid === 'number' ? { pid: o.pid, startTicks: typeof o.startTicks === 'number' ? o.startTicks : null } : null;
  } catch {
    return null;
  }
}

/** A fresh profile directory owned by this process. */
export async function createProfile(base: string = tmpdir()): Promise<string> {
  const dir = await mkdtemp(join(base, `${PROFILE_PREFIX}${process.pid}-`));
  const owner: Owner = { pid: process.pid, startTicks: await startTicksOf(process.pid) };
  await writeFile(join(dir, 'owner.json'), JSON.stringify(owner), { mode: 0o600 });
  return dir;
}

export async function removeProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Process ids whose command line names one of these profiles (Linux: /proc; elsewhere none). */
async function processesUsing(dirs: ReadonlySet<string>): Promise<number[]> {
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return [];
  }
  const found: number[] = [];
  await Promise.all(
    entries
      .filter((e) => /^\d+$/.test(e))
      .map(async (e) => {
        const cmdline = await readFile(`/proc/${e}/cmdline`, 'utf8').catch(() => '');
        const arg = cmdline.split('\0').find((a) => a.startsWith('--user-data-dir='));
        if (arg && dirs.has(arg.slice('--user-data-dir='.length))) found.push(Number(e));
      }),
  );
  return found;
}

export interface SweepResult {
  readonly profiles: number;
  readonly processesKilled: number;
}

/**
 * Kill the browsers of profiles whose owner is dead and remove those profiles. A profile
 * without a readable owner file is left alone unless it is older than a minute (it may be
 * being created right now).
 */
export async function sweepOrphanedProfiles(base: string = tmpdir()): Promise<SweepResult> {
  const names = (await readdir(base).catch(() => [] as string[])).filter((n) => n.startsWith(PROFILE_PREFIX));
  const orphaned = new Set<string>();
  for (const name of names) {
    const dir = join(base, name);
    const owner = await readOwner(dir);
    if (owner ? !(await ownerAlive(owner)) : await olderThanAMinute(dir, name)) orphaned.add(dir);
  }
  if (orphaned.size === 0) return { profiles: 0, processesKilled: 0 };
  let killed = 0;
  const pids = await processesUsing(orphaned);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
      killed++;
    } catch {
      // already gone
    }
  }
  // A killed browser may still write into its profile until it is gone: remove it after.
  await untilGone(pids, 5_000);
  await Promise.all([...orphaned].map((d) => removeProfile(d).catch(() => undefined)));
  return { profiles: orphaned.size, processesKilled: killed };
}

async function untilGone(pids: readonly number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(pidAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

async function olderThanAMinute(dir: string, name: string): Promise<boolean> {
  // No owner file: the name still carries the owner's pid.
  const pid = Number(/^terren-chromium-(\d+)-/.exec(name)?.[1]);
  if (Number.isInteger(pid) && pidAlive(pid)) return false;
  const s = await stat(dir).catch(() => null);
  return s !== null && Date.now() - s.mtimeMs > 60_000;
}
