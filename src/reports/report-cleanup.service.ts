import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { AppError } from '../common/errors/app-error.js';
import { Transactions } from '../common/prisma/transaction.js';
import { ReportRepository } from './report.repository.js';
import { resolveReportFile } from './report.service.js';

/** Temporary files older than this belong to attempts that died while writing. */
const STALE_TMP_MS = 6 * 3_600_000;

/**
 * Retention: each completed report whose expiresAt has passed loses its file and becomes
 * EXPIRED (GET still shows the record; the download answers 410). Runs as the periodic
 * `report.cleanup` job.
 */
@Injectable()
export class ReportCleanupService {
  private readonly logger = new Logger('reports');

  constructor(
    private readonly transactions: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: ReportRepository,
    private readonly audit: AuditService,
  ) {}

  async run(now: Date): Promise<{ expired: number; temporaries: number }> {
    let expired = 0;
    for (;;) {
      const batch = await this.repo.expired(now);
      if (batch.length === 0) break;
      for (const r of batch) {
        if (r.filePath) {
          try {
            await unlink(resolveReportFile(this.config.reports.dir, r.filePath));
          } catch (err) {
            // Already gone (or a path outside the directory, which is never deleted): just mark it.
            if (!(err instanceof AppError) && (err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
          }
        }
        await this.transactions.run(async (tx) => {
          if (await this.repo.markExpired(tx, r.id)) {
            expired++;
            await this.audit.record(tx, SYSTEM_ACTOR, {
              action: 'expired',
              entity: 'ReportRequest',
              entityIds: [r.id],
              municipalityId: r.municipalityId,
            });
          }
        });
      }
    }
    const temporaries = await this.removeStaleTemporaries(now);
    if (expired || temporaries) this.logger.log({ expired, temporaries }, 'report retention clean-up');
    return { expired, temporaries };
  }

  private async removeStaleTemporaries(now: Date): Promise<number> {
    let removed = 0;
    const root = path.resolve(this.config.reports.dir);
    const dirs = await readdir(root, { withFileTypes: true }).catch(() => []);
    for (const d of dirs) {
      if (!d.isDirectory()) continue;
      for (const f of await readdir(path.join(root, d.name))) {
        if (!f.endsWith('.tmp')) continue;
        const file = path.join(root, d.name, f);
        const s = await stat(file).catch(() => null);
        if (s && now.getTime() - s.mtimeMs > STALE_TMP_MS) {
          await unlink(file).catch(() => undefined);
          removed++;
        }
      }
    }
    return removed;
  }
}
