import { z } from 'zod';
import { listResponse } from '../../common/http/lists.js';
import { MONEY, RATE } from '../money.schemas.js';

export const TariffResponse = z
  .object({
    id: z.uuid(),
    censusId: z.uuid().nullable().describe('The census it belongs to (null: from before censuses were records)'),
    name: z.string(),
    effectiveFrom: z.iso.date(),
    currency: z.string(),
    version: z.number().int().min(1),
    supervisorMonthly: MONEY,
    payMonths: z.array(z.object({ from: z.iso.date(), to: z.iso.date() })),
    prepAmount: MONEY,
    prepFrom: z.iso.date(),
    prepTo: z.iso.date(),
    interviewFrom: z.iso.date(),
    interviewTo: z.iso.date(),
    rateBuilding: RATE,
    rateDwelling: RATE,
    rateHousehold: RATE,
    rateIndividual: RATE,
    rateDiaspora: RATE,
    taxPercent: MONEY.describe('Percent, two places ("0.00")'),
    createdAt: z.iso.datetime(),
    createdById: z.uuid().nullable(),
  })
  .meta({ id: 'Tariff' });

export const TariffListResponse = listResponse(TariffResponse, 'TariffList');
