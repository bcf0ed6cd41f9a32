// Type-aware lint for the rules that catch real bugs in this codebase (un-awaited promises,
// non-exhaustive switches over lifecycle states), plus the functional-core boundary.
import jest from 'eslint-plugin-jest';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'src/generated/**',
      'coverage/**',
      'data/**',
      'reports/**',
      'docs/examples/**',
      '**/*.mjs',
      '**/*.js',
    ],
  },
  ...tseslint.configs.recommended,
  {
    // web/**/*.tsx: the console, type-checked against web/tsconfig.json (DOM + JSX)
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'off',
    },
  },
  {
    // Functional core: pure rules over plain data. No framework, database, queue, browser,
    // file system or clock (pass `now` in). Generated enums are plain constants and allowed.
    files: ['src/**/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', '@prisma/*', 'bullmq', 'ioredis', 'pg', 'puppeteer', 'puppeteer-core', 'express'],
              message: 'domain/ is pure: no framework or I/O imports',
            },
            {
              group: ['**/generated/prisma/client*', '**/*.repository*', '**/*.service*'],
              message: 'domain/ is pure: no Prisma client, repositories or services',
            },
            {
              group: ['fs', 'node:fs', 'node:fs/*', 'fs/*', 'node:child_process', 'node:net', 'node:http'],
              message: 'domain/ is pure: no I/O',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'domain/ takes `now` as a parameter' },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'domain/ takes `now` as a parameter',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', '**.expect'] }],
    },
  },
);
