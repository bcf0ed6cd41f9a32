import { DiscoveryService } from '@nestjs/core';
import type { z } from 'zod';
import type { Principal } from '../auth/principal.js';
import type { Scope } from '../common/scope/scope.js';
import type { Role } from '../generated/prisma/enums.js';
import type { ReportLanguage } from './report-language.js';

/**
 * What a report type's functions receive. `scope` is the requester's scope (the worker rebuilds
 * it from the stored request), and every query a type makes puts it in its WHERE clause, so a
 * report never contains what its requester could not read. A type's data sources are its
 * constructor's parameters.
 */
export interface ReportContext<P> {
  readonly params: P;
  readonly scope: Scope;
  /** the requester as the data services expect it (statements mask ids for municipal users) */
  readonly principal: Principal;
  readonly language: ReportLanguage;
  readonly now: Date;
}

export interface ReportData {
  /** the document title (header, file name) */
  readonly title: string;
  /** a template other than the type's default (e.g. contracts: supervisor or enumerator) */
  readonly template?: string;
  /** what the template receives (plus `lang`, `title`, `generatedAt`, `hash`, and for chunks `items`) */
  readonly model: Readonly<Record<string, unknown>>;
  /**
   * Chunked types: the repeated part (statements, table rows), a batch at a time. The pipeline
   * regroups them into chunks of `chunkSize`, renders each chunk as its own PDF (bounded
   * Chromium memory) and merges them. `total` drives the progress percentage.
   */
  readonly items?: { readonly total: number; readonly batches: AsyncIterable<readonly unknown[]> };
}

/** One report type: an `@ReportType()` provider (report-types.ts says how to add one). */
export interface ReportTypeDefinition<P = unknown> {
  readonly type: string;
  readonly params: z.ZodType<P>;
  /** who may request it (the route's @Roles is the union; this narrows per type) */
  readonly roles: readonly Role[];
  /** file in templates/ (without .hbs) */
  readonly template: string;
  /** days a rendered file is kept */
  readonly retentionDays: number;
  /** tagged (accessible) PDF: about twice the size, ~15 % slower (docs/reports.md says why per type) */
  readonly tagged: boolean;
  readonly landscape?: boolean;
  /** items per rendered chunk; absent: the document is rendered in one piece */
  readonly chunkSize?: number;
  /**
   * The municipality the report belongs to (null: national), resolved from the params within
   * the caller's scope. Throw a 404 AppError when the object is not visible to the caller.
   */
  municipality(ctx: ReportContext<P>): Promise<string | null>;
  /**
   * Payroll documents: the pay run the document is about. Its record then follows the payroll
   * API's visibility of that run (a municipality never reads a document of a run it cannot see).
   */
  payRun?(params: P): string;
  /** A cheap summary of the inputs (ids, versions, update times, counts): same fingerprint, same content. */
  fingerprint(ctx: ReportContext<P>): Promise<unknown>;
  load(ctx: ReportContext<P>): Promise<ReportData>;
}

/** Marks a provider implementing {@link ReportTypeDefinition}; ReportTypes finds it at start-up. */
export const ReportType = DiscoveryService.createDecorator<undefined>();
