import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Debian's Chromium, headless, with no background traffic (this machine's network is closed). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page and returns the serious and critical violations, described. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol rather than a <script> tag, so the app's CSP stays on during the test.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Signs in through the real OpenID Connect flow, as a person would: /signin sends the browser to the local
 * provider, whose sign-in page (/login?uid=…) lists the users; the click posts the choice, and the provider sends
 * the browser back through /auth/callback to the overview.
 */
export async function signIn(page: Page, baseUrl: string, role: string, buttonName: string): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByRole('region', { name: role }).getByRole('button', { name: buttonName, exact: true }).click();
  // Council members land on the plan overview; municipal and prefecture staff on やること (web/src/app/Home.tsx).
  await page.getByRole('heading', { level: 1, name: /年度 点検結果|^やること$/ }).waitFor();
}
