import { z } from 'zod';

const check = z.object({ status: z.enum(['up', 'down']), error: z.string().optional() });

export const HealthResponse = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: check.extend({ engine: z.enum(['server', 'embedded']) }),
    queue: check.extend({ backend: z.enum(['redis', 'postgres']) }),
  })
  .meta({ id: 'Health' });
