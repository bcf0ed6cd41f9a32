import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/** The repository root: the nearest folder above this module with a package.json (works from src/ and dist/). */
function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

/** Where `scripts/ensure-setup.mjs` builds the console (web/ → dist/web). */
export const defaultConsoleDir = (): string => path.join(projectRoot(), 'dist', 'web');

/** Paths that answer with the console's index.html (client-side routes). Never /api, /health or /api/docs. */
export const isConsolePath = (p: string): boolean => p === '/' || p === '/app' || p.startsWith('/app/');

/**
 * Serve the built web console from terren itself: hashed assets under /assets (cached for a
 * year), and index.html for `/` and `/app/*` (SPA fallback, revalidated on every load). Static
 * files are public; every API call the console makes carries the bearer token. Anything else
 * falls through to Nest (so an unknown /assets file is the usual JSON 404).
 */
export function serveWebConsole(app: NestExpressApplication, dir: string = defaultConsoleDir()): void {
  const index = path.join(dir, 'index.html');
  app.use('/assets', express.static(path.join(dir, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: true }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isConsolePath(req.path)) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web console is not built yet: run `npm run build` (or `npm start`).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
