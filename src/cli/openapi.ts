import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createApp } from '../bootstrap.js';
import { loadConfig } from '../common/config/config.js';
import { buildOpenApiDocument } from '../common/http/openapi/openapi-document.js';
import { openPg } from '../common/prisma/database.js';

/**
 * `npm run openapi [-- <file>]`: write the API description built from the application's
 * routes, without listening and without touching the database (default: dist/openapi.json).
 */
async function main(): Promise<void> {
  const out = process.argv[2] ?? 'dist/openapi.json';
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', QUEUE_BACKEND: 'postgres' });
  const db = openPg(config.databaseUrl, 1);
  const app = await createApp(config, db, { shutdownHooks: false });
  const doc = buildOpenApiDocument(app);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`${out}: ${Object.keys(doc.paths).length} paths`);
  await app.close();
  await db.close();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
