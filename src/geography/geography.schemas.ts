import { z } from 'zod';
import { LOCALES } from '../common/i18n/catalogue.js';
import { listResponse } from '../common/http/lists.js';

const instant = z.iso.datetime({ offset: true });
const names = { code: z.string(), nameSq: z.string(), nameSr: z.string() };

export const MunicipalityResponse = z
  .object({
    id: z.uuid(),
    ...names,
    documentLocales: z
      .array(z.enum(LOCALES))
      .describe('Languages its documents are printed in when a request names none; two: one file with both, the first first'),
    region: z.object(names),
  })
  .meta({ id: 'Municipality' });

export const MunicipalityUpdateBody = z
  .strictObject({
    documentLocales: z
      .array(z.enum(LOCALES))
      .min(1)
      .max(2)
      .refine((l) => new Set(l).size === l.length, 'LANGUAGE_REPEATED')
      .describe('e.g. ["sq"], ["sr-Cyrl"] or ["sq", "sr-Cyrl"] (both in one file, in this order)'),
  })
  .meta({ id: 'MunicipalityUpdate' });
export const MunicipalityListResponse = listResponse(MunicipalityResponse, 'MunicipalityList');

export const RegionListResponse = listResponse(
  z.object({ ...names, municipalities: z.array(z.object({ id: z.uuid(), ...names })) }),
  'RegionList',
);

export const EaResponse = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string().nullable(),
    municipalityId: z.uuid(),
    municipality: z.object({ code: z.string(), nameSq: z.string() }),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'EnumerationArea' });

export const EaListResponse = listResponse(EaResponse, 'EnumerationAreaList');

export const EA_EXAMPLE = {
  id: '5b0f3d7e-8a51-4f0b-9a55-6c1d2e3f4a5b',
  code: '01-001-001',
  name: 'Qendra 1',
  municipalityId: '7d2b8e0c-1b8a-4a43-8d6e-3f7c0b9a1e22',
  municipality: { code: 'prishtine', nameSq: 'Prishtinë' },
  createdAt: '2024-02-20T09:30:00.000Z',
  updatedAt: '2024-02-20T09:30:00.000Z',
};
