import { z } from 'zod';
import { listResponse } from '../common/http/lists.js';

export const REPORT_STATUS = z.enum(['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'EXPIRED']);

export const ReportRequestResponse = z
  .object({
    id: z.uuid(),
    type: z.string(),
    params: z.record(z.string(), z.unknown()).describe('The parameters as the type checked them'),
    language: z
      .string()
      .describe('The languages the document is printed in, joined by commas (sq, sr-Latn, sr-Cyrl, en; sq,sr-Cyrl: both in one file); sr in older requests: Serbian in Latin'),
    municipalityId: z.uuid().nullable().describe('null: a national report'),
    audience: z.enum(['NATIONAL', 'MUNICIPAL']).describe('Whom the file is rendered for (MUNICIPAL: national ids and IBANs masked)'),
    status: REPORT_STATUS,
    progress: z.number().int().min(0).max(100),
    pages: z.number().int().min(0),
    attempts: z.number().int().min(0),
    error: z.string().nullable().describe('Why the rendering failed'),
    contentHash: z.string(),
    fileSize: z.number().int().nullable(),
    sha256: z.string().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
    file: z.string().nullable().describe('Download path once COMPLETED'),
    reused: z.boolean().optional().describe('The same content was already rendered or in flight: that request answers'),
  })
  .meta({ id: 'ReportRequest' });

export const ReportRequestListResponse = listResponse(ReportRequestResponse, 'ReportRequestList');

export const REPORT_EXAMPLE = {
  id: '1f2e3d4c-5b6a-4798-8a1b-2c3d4e5f6a7b',
  type: 'payment-statement',
  params: { runId: '6f1c2b7e-3a41-4d0e-9a57-2c8e1f0b9d34', staffId: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f' },
  language: 'sq',
  municipalityId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
  audience: 'NATIONAL',
  status: 'COMPLETED',
  progress: 100,
  pages: 1,
  attempts: 1,
  error: null,
  contentHash: '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b',
  fileSize: 48213,
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  expiresAt: '2026-05-09T08:20:00.000Z',
  createdAt: '2026-05-02T08:20:00.000Z',
  completedAt: '2026-05-02T08:20:03.000Z',
  file: '/api/v1/reports/1f2e3d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/file',
};
