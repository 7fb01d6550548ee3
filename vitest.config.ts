import { defineConfig } from 'vitest/config';

const withDynamoDb = { globalSetup: ['tests/support/global-setup.ts'] };

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
