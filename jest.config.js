// Jest runs in native ESM mode (NestJS 12 packages are ESM-only): see the `test` script's
// --experimental-vm-modules. swc compiles TypeScript with decorator metadata for Nest DI.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'es6' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  maxWorkers: 2,
  // A worker that has grown past this after a test file is replaced: the browser and PDF suites
  // leave large heaps behind, and a long run otherwise ends with a worker out of memory.
  workerIdleMemoryLimit: '2GB',
  testTimeout: 120_000,
};
