import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/principal.js';
import { COUNTERS, type CounterStore } from '../common/counters/counter-store.js';
import { NationalResource } from '../common/http/resource.js';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import { HealthResponse } from './health.schemas.js';
import { JobClient } from '../common/jobs/job-client.js';
import { DATABASE } from '../common/prisma/prisma.module.js';
import type { DatabaseHandle } from '../common/prisma/database.js';

type Check = { status: 'up' } | { status: 'down'; error: string };

async function timed(fn: () => Promise<unknown>, ms = 2_000): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([fn(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)))]);
    return { status: 'up' };
  } catch (err) {
    return { status: 'down', error: (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@Controller('health')
@NationalResource()
export class HealthController {
  constructor(
    @Inject(DATABASE) private readonly db: DatabaseHandle,
    @Inject(COUNTERS) private readonly counters: CounterStore,
    private readonly jobs: JobClient,
  ) {}

  @Public()
  @Get()
  @ApiOperation({
    summary: 'Liveness and dependencies: 200 when PostgreSQL and the queue store (Redis or PostgreSQL) answer, 503 otherwise',
  })
  @ApiResponses({
    200: HealthResponse,
    503: { description: 'A dependency does not answer', content: { 'application/json': HealthResponse } },
  })
  @ApiErrors('SERVICE_UNAVAILABLE')
  async health(@Res({ passthrough: true }) res: Response) {
    const [database, queue] = await Promise.all([
      timed(() => this.db.prisma.$queryRaw`SELECT 1`),
      timed(() => Promise.all([this.jobs.ping(), this.counters.ping()])),
    ]);
    const ok = database.status === 'up' && queue.status === 'up';
    res.status(ok ? 200 : 503);
    return {
      status: ok ? 'ok' : 'degraded',
      database: { ...database, engine: this.db.kind },
      queue: { ...queue, backend: this.jobs.backend },
    };
  }
}
