// The newcomer's first hour over HTTP against a running terren (used by fresh-start-check.sh):
// health, sign-in of two finance users, a counts import, a pay run computed by the worker and
// approved by the second user (four-eyes). Exits non-zero with the reason on any failure.
const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const password = process.env.DEMO_PASSWORD || 'census-field-demo';

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

async function call(method, path, { token, json, csv, expect = [200] } = {}) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  let body;
  if (json !== undefined) ((headers['content-type'] = 'application/json'), (body = JSON.stringify(json)));
  if (csv !== undefined) ((headers['content-type'] = 'text/csv'), (body = csv));
  const res = await fetch(`${base}${path}`, { method, headers, body });
  const text = await res.text();
  if (!expect.includes(res.status)) fail(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

const step = (m) => console.log(`✓ ${m}`);

const health = await call('GET', '/health');
if (health.status !== 'ok') fail(`health is ${JSON.stringify(health)}`);
step(`health: database ${health.database.engine}, queues on ${health.queue.backend}`);

const signIn = async (email) => (await call('POST', '/api/v1/auth/login', { json: { email, password } })).accessToken;
const finance1 = await signIn('finance@demo.terren');
const finance2 = await signIn('finance2@demo.terren');
step('two finance users signed in');

// Re-import the current counts of one municipality with one more household each: an update
// through the COPY-based import.
const counts = await call('GET', '/api/v1/payroll/counts?municipality=prizren&limit=500', { token: finance1 });
if (counts.items.length === 0) fail('the demo data has no counts for prizren');
const csv = [
  'ea_code,enumerator_id,buildings,dwellings,households,individuals,diaspora_persons,diaspora_list_complete',
  ...counts.items.map((c) =>
    [
      c.eaCode,
      c.enumeratorNationalId,
      c.buildings,
      c.dwellings,
      c.households + 1,
      c.individuals,
      c.diasporaPersons,
      c.diasporaListComplete,
    ].join(','),
  ),
].join('\n');
const imported = await call('POST', '/api/v1/payroll/counts/import', { token: finance1, csv });
if (imported.updated !== counts.items.length) fail(`counts import updated ${imported.updated} of ${counts.items.length} rows`);
step(`counts imported: ${imported.updated} updated`);

const created = await call('POST', '/api/v1/payroll/runs', { token: finance1, json: { municipalityCode: 'prizren' }, expect: [202] });
let run;
for (let i = 0; i < 600; i++) {
  run = await call('GET', `/api/v1/payroll/runs/${created.id}`, { token: finance1 });
  if (run.status === 'COMPUTED') break;
  if (run.status === 'FAILED') fail(`pay run failed: ${run.failedReason}`);
  await new Promise((r) => setTimeout(r, 200));
}
if (run.status !== 'COMPUTED') fail(`pay run still ${run.status} after 2 minutes`);
step(`pay run computed by the worker: net ${run.totals?.net ?? '?'}`);

await call('POST', `/api/v1/payroll/runs/${run.id}/approve`, { token: finance1, expect: [403] });
const approved = await call('POST', `/api/v1/payroll/runs/${run.id}/approve`, { token: finance2 });
if (approved.status !== 'APPROVED') fail(`approval left the run ${approved.status}`);
step('pay run refused to its creator, approved by the second finance user');
