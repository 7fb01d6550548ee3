import { defineConfig } from 'vitest/config';

// Local sign-in is chosen, never a fallback (functions/platform/config.ts): the tests against DynamoDB Local choose it here,
// with a data directory (and so a local secret) of their own until useTestTable gives each file its own.
const withDynamoDb = { globalSetup: ['tests/support/global-setup.ts'], env: { AUTH_MODE: 'local', DATA_DIR: 'tests/.tmp/data' } };

/** One project per kind of test; API and browser tests share a DynamoDB Local started once per project. */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'api', include: ['tests/api/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000, ...withDynamoDb } },
      // Infra tests only build CDK apps in memory: sharing one module graph saves re-loading aws-cdk-lib per file.
      { test: { name: 'infra', include: ['tests/infra/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000, isolate: false } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, ...withDynamoDb } },
    ],
  },
});
