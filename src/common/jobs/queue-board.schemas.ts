import { z } from 'zod';

export const QueueBoardSessionResponse = z
  .object({
    expiresAt: z.iso.datetime().describe('When the dashboard cookie expires'),
    url: z.string().describe('The dashboard page to open'),
  })
  .meta({ id: 'QueueBoardSession' });
