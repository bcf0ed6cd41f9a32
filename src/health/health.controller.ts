import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { Public } from '../auth/principal.js';
import { NationalResource } from '../common/http/resource.js';
import { DATABASE } from '../common/prisma/prisma.module.js';
import type { DatabaseHandle } from '../common/prisma/database.js';
import { REDIS } from '../common/redis/redis.module.js';

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
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Liveness and dependencies: 200 when PostgreSQL and Redis answer, 503 otherwise' })
  async health(@Res({ passthrough: true }) res: Response) {
    const [database, redis] = await Promise.all([timed(() => this.db.prisma.$queryRaw`SELECT 1`), timed(() => this.redis.ping())]);
    const ok = database.status === 'up' && redis.status === 'up';
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', database: { ...database, engine: this.db.kind }, redis };
  }
}
