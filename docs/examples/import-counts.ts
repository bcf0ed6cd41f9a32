// Import EA counts and download the bank transfer file of an approved pay run, with a client
// generated from the API description:
//   npx openapi-typescript http://localhost:3000/api/docs/openapi.json -o terren-api.d.ts
//   npm install openapi-fetch
// (test/integration/api-client.spec.ts type-checks this file against the served description.)
import createClient from 'openapi-fetch';
import type { paths } from './terren-api.js';

export async function importCountsAndDownload(baseUrl: string, email: string, password: string, csv: string, payRunId: string) {
  const anonymous = createClient<paths>({ baseUrl });
  const login = await anonymous.POST('/api/v1/auth/login', { body: { email, password } });
  if (!login.data) throw new Error(`sign-in refused: ${login.error?.error.code}`);
  const api = createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${login.data.accessToken}` } });

  // Validate first: a file with problems answers 422 IMPORT_INVALID naming row and field.
  const check = await api.POST('/api/v1/payroll/counts/import', {
    params: { query: { dryRun: 'true' } },
    body: csv,
    headers: { 'content-type': 'text/csv' },
    bodySerializer: (b) => b,
  });
  if (check.error) throw new Error(check.error.error.details?.map((d) => `row ${d.row}: ${d.field} ${d.reason}`).join('\n'));

  // The same file twice changes nothing: batchId is null and created + updated is 0.
  const done = await api.POST('/api/v1/payroll/counts/import', {
    body: csv,
    headers: { 'content-type': 'text/csv' },
    bodySerializer: (b) => b,
  });
  const summary: { rows: number; created: number; updated: number; tariffVersion: number } | undefined = done.data;

  const bank = await api.GET('/api/v1/payroll/runs/{id}/exports/bank.csv', { params: { path: { id: payRunId } }, parseAs: 'text' });
  const file: string | undefined = bank.data;
  return { summary, file };
}
