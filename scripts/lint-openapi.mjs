// `npm run lint:openapi`: write the API description from the application (no server, no
// database) and lint it with Redocly CLI (recommended rules, redocly.yaml) and Spectral
// (spectral:oas, .spectral.yaml). Any error fails; warnings left are explained in docs/api.md.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('node', ['scripts/ensure-setup.mjs', '--build']);
run('node', ['dist/cli/openapi.js', 'dist/openapi.json']);
run('npx', ['--no-install', 'redocly', 'lint', 'dist/openapi.json', '--format=stylish']);
run('npx', ['--no-install', 'spectral', 'lint', 'dist/openapi.json', '--ruleset', '.spectral.yaml', '--fail-severity=error']);
