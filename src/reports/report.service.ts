import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger, StreamableFile } from '@nestjs/common';
import { z } from 'zod';
import { actorOf } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { ERROR_STATUS } from '../common/errors/error-codes.js';
import { zodProblem } from '../common/errors/zod-problem.js';
import { LOCALES, messageCatalogue } from '../common/i18n/catalogue.js';
import type { Locale } from '../common/i18n/locales.js';
import { JobClient } from '../common/jobs/job-client.js';
import type { Prisma } from '../common/prisma/prisma.module.js';
import type { ReportStatus } from '../generated/prisma/enums.js';
import { canonicalJson, contentHash } from './domain/content-hash.js';
import type { ReportLanguage } from './report-language.js';
import { makeContext } from './report-context.js';
import { ReportTypes } from './report-types.js';
import { audienceOf, ReportRepository, type ReportRow } from './report.repository.js';

/** Bump when templates change so that files rendered before are not served for new requests. */
export const TEMPLATE_VERSION = '4';

export const requestBody = z.strictObject({
  type: z.string().trim().min(1).max(64),
  params: z.record(z.string(), z.unknown()).default({}),
  language: z
    .enum(['sr', ...LOCALES] as [string, ...string[]])
    .optional()
    .describe(
      "A language of the catalogues: sq, sr-Latn (Serbian in Latin; sr is taken for it, as stored requests wrote it), sr-Cyrl (Serbian in Cyrillic), en. Absent: a municipality's document is printed in the municipality's document languages (both in one file when it has two), a national one in sq",
    )
    .transform((l): ReportLanguage | undefined => (l === 'sr' ? 'sr-Latn' : l)),
});
export type RequestBody = z.output<typeof requestBody>;

export const reportNotFound = (): AppError => new AppError('REPORT_UNKNOWN', 'report not found');

/**
 * Why a report failed, for the reader: a stored error code (the rendering refused with an
 * AppError, or its failure went unrecorded) in their language; any other text is the
 * renderer's own and is shown as stored.
 */
export function failureWords(failure: string | null, locale: Locale): string | null {
  return failure !== null && failure in ERROR_STATUS ? messageCatalogue().format(locale, `error.${failure}`) : failure;
}

/** A report view with its failure in the reader's language. */
export const inLanguage = <V extends { readonly error: string | null }>(v: V, locale: Locale): V => ({
  ...v,
  error: failureWords(v.error, locale),
});

export function reportView(r: ReportRow, extra: { reused?: boolean } = {}) {
  return {
    id: r.id,
    type: r.type,
    params: r.params,
    language: r.language,
    municipalityId: r.municipalityId,
    audience: r.audience,
    status: r.status,
    progress: r.progress,
    pages: r.pages,
    attempts: r.attempts,
    error: r.failedReason,
    contentHash: r.contentHash,
    fileSize: r.fileSize,
    sha256: r.sha256,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    completedAt: r.completedAt?.toISOString() ?? null,
    file: r.status === 'COMPLETED' ? `/api/v1/reports/${r.id}/file` : null,
    ...extra,
  };
}

/** The HTTP side of reports: request (record + job), read status, download. */
@Injectable()
export class ReportService {
  private readonly logger = new Logger('reports');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: ReportRepository,
    private readonly jobs: JobClient,
    private readonly types: ReportTypes,
  ) {}

  /**
   * Ask for a report. The type checks the params and resolves the municipality within the
   * caller's scope (another municipality's object is a 404 here already). Identical content for
   * the same audience — same type, params, language, masking level and inputs — is served from a
   * finished file, or joins the request already in flight (same id, same job); otherwise a new
   * request and its job. A national copy is never answered to a municipality, nor the reverse.
   */
  async request(p: Principal, body: RequestBody, now: Date) {
    const def = this.types.get(body.type);
    if (!def.roles.includes(p.role)) throw new AppError('FORBIDDEN', `report type ${def.type} needs one of the roles ${def.roles.join(', ')}`);
    const parsed = def.params.safeParse(body.params);
    if (!parsed.success) {
      throw new AppError(
        'VALIDATION_FAILED',
        'report parameters are invalid',
        parsed.error.issues.map((i) => zodProblem(i, `params.${i.path.join('.')}`)),
      );
    }
    const ctx = makeContext(p, parsed.data, body.language ?? 'sq', now);
    const municipalityId = await def.municipality(ctx);
    // No language asked for: the municipality's document languages (stored joined by commas).
    const languages = body.language ? [body.language] : municipalityId ? await this.repo.documentLocales(municipalityId) : ['sq'];
    const language = languages.join(',');
    const fingerprint = await def.fingerprint(ctx);
    const params = JSON.parse(canonicalJson(parsed.data)) as Prisma.InputJsonValue;
    // Rendered for the requester's masking level: one copy per (content, audience).
    const audience = audienceOf(p.scope);
    const hash = contentHash({
      type: def.type,
      params,
      language,
      municipalityId,
      audience,
      fingerprint,
      templateVersion: TEMPLATE_VERSION,
    });
    const { row, created } = await this.repo.findOrCreate(
      p.scope,
      {
        type: def.type,
        params,
        language,
        municipalityId,
        requestedById: p.userId,
        requesterRole: p.role,
        audience,
        payRunId: def.payRun?.(parsed.data) ?? null,
        contentHash: hash,
      },
      actorOf(p),
      now,
    );
    if (created || row.status === 'QUEUED') await this.enqueue(row.id);
    return reportView(row, { reused: !created });
  }

  /** Redis down: the request is recorded and the recoverer queues it once Redis is back. */
  private async enqueue(requestId: string): Promise<void> {
    try {
      await this.jobs.enqueue('report.render', { requestId });
    } catch (err) {
      this.logger.warn({ requestId, err: (err as Error).message }, 'report job not queued now; the recoverer will queue it');
    }
  }

  async get(p: Principal, id: string) {
    const r = await this.repo.find(p.scope, id);
    if (!r) throw reportNotFound();
    return reportView(r);
  }

  async list(p: Principal, f: { status?: ReportStatus; type?: string; limit: number; offset: number }) {
    const { items, total } = await this.repo.list(p.scope, f);
    return { items: items.map((r) => reportView(r)), total };
  }

  /** The PDF, found through the record only (never a caller's path). */
  async file(p: Principal, id: string): Promise<StreamableFile> {
    const r = await this.repo.find(p.scope, id);
    if (!r) throw reportNotFound();
    switch (r.status) {
      case 'QUEUED':
      case 'RUNNING':
        throw new AppError('REPORT_NOT_READY', 'the report is not rendered yet', [
          problem('REPORT_PROGRESS', { status: r.status, progress: r.progress }, { field: 'status' }),
        ]);
      case 'FAILED':
        // a stored error code is the message itself; the renderer's own words of a failure are kept as it gave them
        throw new AppError(
          'REPORT_FAILED',
          'the report could not be rendered',
          r.failedReason === null || r.failedReason in ERROR_STATUS
            ? []
            : [problem('REPORT_RENDER_FAILED', { text: r.failedReason }, { field: 'error' })],
        );
      case 'EXPIRED':
        throw new AppError('REPORT_EXPIRED', 'the report file was deleted after its retention period; request it again');
      case 'COMPLETED':
        break;
      default: {
        const never: never = r.status;
        throw new Error(`unknown report status ${String(never)}`);
      }
    }
    const file = resolveReportFile(this.config.reports.dir, r.filePath);
    const size = await stat(file).then(
      (s) => s.size,
      () => null,
    );
    if (size === null) throw new AppError('REPORT_FILE_MISSING', 'the report file is missing; request it again');
    return new StreamableFile(createReadStream(file), {
      type: 'application/pdf',
      length: size,
      disposition: `attachment; filename="${r.type}-${r.id.slice(0, 8)}.pdf"`,
    });
  }
}

/** Absolute path of a stored relative file path; refuses anything that would leave the reports directory. */
export function resolveReportFile(dir: string, relative: string | null): string {
  const root = path.resolve(dir);
  const file = path.resolve(root, relative ?? '');
  if (!relative || !file.startsWith(root + path.sep)) throw new AppError('REPORT_FILE_MISSING', 'the report file is missing');
  return file;
}
