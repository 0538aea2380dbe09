import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Workspace packages are imported from their TypeScript sources in tests (see each package.json's exports).
    conditions: ['source'],
    // One graphql module for all: Node loads graphql's CommonJS entry for the packages it runs itself
    // (type-graphql, Apollo), so the code vitest transforms must not get the ESM copy (`module` field).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  ssr: {
    resolve: { conditions: ['source'], externalConditions: ['source'] },
  },
  test: {
    include: ['**/test/**/*.test.ts', '**/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { LOG_LEVEL: 'silent' },
  },
});
