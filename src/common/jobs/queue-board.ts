import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NextFunction, Request, Response } from 'express';
import { Role } from '../../generated/prisma/enums.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { JOB_NAMES } from './job-catalogue.js';
import { JOB_TRANSPORT, type JobQueue, type JobTransport } from './job-transport.js';

/** Where the bull-board dashboard lives (its pages, API and static assets, all behind sign-in). */
export const BOARD_PATH = '/api/v1/admin/queues';
export const BOARD_COOKIE = 'terren_board';
const BOARD_AUDIENCE = 'terren-board';
const BOARD_TTL_SECONDS = 600;

function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

function deny(res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ error: { code, message } }));
}

/**
 * How the dashboard checks a token and issues its own: bound in src/wiring to the API's access
 * tokens (the same checks as the API's guard: signature, expiry, a current, active user).
 */
export abstract class BoardSignIn {
  /** The user of a valid token (of `audience`, else the API's); throws when it is not valid. */
  abstract principalOf(token: string, opts?: { audience?: string }): Promise<{ readonly userId: string; readonly role: Role }>;
  /** A token of another audience for a signed-in user. */
  abstract issueFor(userId: string, opts: { audience: string; expiresIn: number }): Promise<string>;
}

/**
 * The admin queue dashboard (bull-board) on the API's HTTP server. A browser cannot attach a
 * bearer header to page loads and asset requests, so an ADMIN first calls
 * POST /api/v1/admin/queue-board/session with their token and receives a short-lived (10 min)
 * httpOnly, SameSite=Strict cookie scoped to the dashboard path, holding a JWT of its own
 * audience (useless against the API). Every dashboard request, assets included, needs that
 * cookie or an ADMIN bearer token; anything else is 401/403 before bull-board sees it.
 */
@Injectable()
export class QueueBoard implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('jobs');
  private readonly queues: JobQueue[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    @Inject(JOB_TRANSPORT) private readonly transport: JobTransport,
    private readonly tokens: BoardSignIn,
  ) {}

  onModuleInit(): void {
    const http = this.adapterHost.httpAdapter as { getInstance?: () => unknown } | undefined;
    const app = http?.getInstance?.() as { use: (...args: unknown[]) => void } | undefined;
    if (!app) return; // the worker entry point has no HTTP server
    const server = new ExpressAdapter();
    server.setBasePath(BOARD_PATH);
    for (const name of JOB_NAMES) {
      const q = this.transport.queue(name);
      q.on('error', (err: Error) => this.logger.warn({ queue: name, err: err.message }, 'dashboard queue connection error'));
      this.queues.push(q);
    }
    createBullBoard({
      queues: this.queues.map((q) => new BullMQAdapter(q as never)),
      // @bull-board/express bundles its own copy of @bull-board/api (9.10.1 vs 9.10.2): same shape.
      serverAdapter: server as never,
      options: { uiConfig: { boardTitle: `terren jobs (${this.transport.backend === 'redis' ? 'Redis' : 'PostgreSQL'})` } },
    });
    app.use(BOARD_PATH, (req: Request, res: Response, next: NextFunction) => void this.guard(req, res, next), server.getRouter());
  }

  private async guard(req: Request, res: Response, next: NextFunction): Promise<void> {
    const bearer = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(req.headers.authorization ?? '')?.[1];
    const fromCookie = cookie(req, BOARD_COOKIE);
    // The same checks as the API's guard: signature, expiry, and a current, active user.
    let principal: { readonly role: Role } | null = null;
    try {
      if (bearer) principal = await this.tokens.principalOf(bearer);
      else if (fromCookie) principal = await this.tokens.principalOf(fromCookie, { audience: BOARD_AUDIENCE });
    } catch {
      principal = null;
    }
    if (!principal) return deny(res, 401, 'UNAUTHENTICATED', 'sign in as an administrator (bearer token or dashboard session)');
    if (principal.role !== Role.ADMIN) return deny(res, 403, 'FORBIDDEN', 'the queue dashboard is for administrators');
    next();
  }

  /** A dashboard session for this administrator: a cookie only the dashboard path receives. */
  async session(userId: string, res: Response): Promise<{ expiresAt: string; url: string }> {
    const token = await this.tokens.issueFor(userId, { audience: BOARD_AUDIENCE, expiresIn: BOARD_TTL_SECONDS });
    res.cookie(BOARD_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.nodeEnv === 'production',
      path: BOARD_PATH,
      maxAge: BOARD_TTL_SECONDS * 1000,
    });
    return { expiresAt: new Date(Date.now() + BOARD_TTL_SECONDS * 1000).toISOString(), url: `${BOARD_PATH}/` };
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close()));
    this.queues.length = 0;
  }
}
