import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startLocalStack } from './local-stack';

/**
 * For a browser test file: the portal as `npm start` runs it (fresh seeded
 * table) and one headless Chromium, started before the file's tests and
 * stopped after them.
 */
export function usePortalInBrowser(): { stack: Awaited<ReturnType<typeof startLocalStack>>; browser: Browser } {
  const portal = {} as { stack: Awaited<ReturnType<typeof startLocalStack>>; browser: Browser };
  beforeAll(async () => {
    portal.stack = await startLocalStack();
    portal.browser = await launchBrowser();
  });
  afterAll(async () => {
    await portal.browser?.close();
    await portal.stack?.stop();
  });
  return portal;
}
