import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transformFile } from '@swc/core';

/**
 * src/worker.ts as a real operating-system process, for tests that kill it. The sources are
 * compiled with swc (as the tests themselves are) into test-artifacts/, under the repository
 * so that packages resolve from its node_modules; paths the code reads are relative to the
 * working directory, which stays the repository.
 */
const ROOT = process.cwd();

async function tsFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await tsFiles(p)));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

export async function buildWorker(): Promise<{ readonly dir: string; readonly entry: string; remove(): Promise<void> }> {
  const dir = path.join(ROOT, 'test-artifacts', `worker-build-${process.pid}-${Date.now()}`);
  const src = path.join(ROOT, 'src');
  const files = await tsFiles(src);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const file of files) {
    const { code } = await transformFile(file, {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'es6' },
      sourceMaps: false,
    });
    const out = path.join(dir, path.relative(src, file)).replace(/\.ts$/, '.js');
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, code);
  }
  return { dir, entry: path.join(dir, 'worker.js'), remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface WorkerProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  output(): string;
  /** Resolves when the worker printed that it is running. */
  ready(timeoutMs?: number): Promise<void>;
}

export function spawnWorker(entry: string, env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, [entry], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  if (child.pid === undefined) throw new Error('the worker process did not start');
  return {
    child,
    pid: child.pid,
    output: () => out,
    ready: (timeoutMs = 90_000) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const poll = setInterval(() => {
          if (out.includes('terren worker is running')) {
            clearInterval(poll);
            resolve();
          } else if (child.exitCode !== null || Date.now() - started > timeoutMs) {
            clearInterval(poll);
            reject(new Error(`the worker did not start (exit ${child.exitCode}):\n${out}`));
          }
        }, 100);
      }),
  };
}
