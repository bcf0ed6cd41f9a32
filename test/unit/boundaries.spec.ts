import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';

/**
 * The boundary rules of `npm run lint` (.dependency-cruiser.cjs) catch deliberately wrong
 * imports: fixture files written into src/ for the run and removed afterwards.
 */
const root = path.resolve(import.meta.dirname, '../..');

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
}

function cruise(files: readonly string[]): Violation[] {
  const bin = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  const res = spawnSync(
    process.execPath,
    [bin, ...files, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', '--max-depth', '1', '--no-cache'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (!res.stdout) throw new Error(`dependency-cruiser failed: ${res.stderr}`);
  return (JSON.parse(res.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('boundary rules', () => {
  it('flag a domain file importing Nest, a service importing the PRISMA token, common importing a feature, and a cross-feature import', () => {
    const tag = randomBytes(4).toString('hex');
    const fixtures = {
      domain: `src/staff/domain/boundary-fixture-${tag}.ts`,
      service: `src/staff/boundary-fixture-${tag}.service.ts`,
      common: `src/common/boundary-fixture-${tag}.ts`,
      feature: `src/contracts/boundary-fixture-${tag}.ts`,
    };
    const sources: Record<keyof typeof fixtures, string> = {
      domain: "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
      service: "import { PRISMA } from '../common/prisma/tokens.js';\nexport const x = PRISMA;\n",
      common: "import { StaffService } from '../staff/staff.service.js';\nexport const x = StaffService;\n",
      feature: "import { TeamService } from '../staff/team.service.js';\nexport const x = TeamService;\n",
    };
    try {
      for (const [k, file] of Object.entries(fixtures)) {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), sources[k as keyof typeof fixtures]);
      }
      const found = cruise(Object.values(fixtures)).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
      expect(found).toEqual(
        expect.arrayContaining([
          `domain-is-pure: ${fixtures.domain} → node_modules/@nestjs/common/index.js`,
          `prisma-only-in-repositories: ${fixtures.service} → src/common/prisma/tokens.ts`,
          `common-knows-no-feature: ${fixtures.common} → src/staff/staff.service.ts`,
          `features-through-ports: ${fixtures.feature} → src/staff/team.service.ts`,
        ]),
      );
    } finally {
      for (const file of Object.values(fixtures)) rmSync(path.join(root, file), { force: true });
    }
  });

  it('pass the code base as it is', () => {
    expect(cruise(['src'])).toEqual([]);
  });
});
