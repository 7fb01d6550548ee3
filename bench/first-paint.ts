import { launchBrowser } from '../tests/support/browser';
import type { BenchPortal } from './local-portal';
import { percentile } from './stats';

/**
 * The dashboard (/) as a council member opens it in headless Chromium, each
 * visit in a fresh browser context (empty cache): first contentful paint, and
 * when the figures are on screen (the page's heading, rendered once the
 * summary has arrived). Medians of `visits`.
 */
export async function measureDashboardPaint(portal: BenchPortal, visits = 7): Promise<{ fcp: number; ready: number; visits: number }> {
  const token = await portal.tokenOf('council');
  const browser = await launchBrowser();
  const fcp: number[] = [];
  const ready: number[] = [];
  try {
    for (let i = 0; i < visits; i++) {
      const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 800 } });
      // Signed in as the sign-in page leaves it: the token in sessionStorage.
      await context.addInitScript((t) => sessionStorage.setItem('kanagawa-dx-portal.token', t), token);
      const page = await context.newPage();
      await page.goto(`${portal.server.url}/`);
      await page.getByRole('heading', { level: 1, name: /年度 点検結果/ }).waitFor();
      const times = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        ready: performance.now(),
      }));
      fcp.push(times.fcp);
      ready.push(times.ready);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { fcp: percentile(fcp, 50), ready: percentile(ready, 50), visits };
}
