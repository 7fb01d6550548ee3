import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from '../support/browser';
import { settled } from '../support/pages';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();

const csv = (name: string) => parse(readFileSync(`data/kanagawa-dx/${name}`, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
/** 神奈川県 and its 33 municipalities, as the official list names them. */
const ORGANISATIONS = csv('kanagawa-municipalities.csv').map((r) => r.name!);
const PILLARS_AND_AREAS = [...new Set(csv('kanagawa-dx-plan-areas.csv').flatMap((r) => [r.pillar!, r.area_name!]))];
/** Period labels as Japanese pages write them: 令和6年度, 2024年度, 2024年8月, 令和8年10月15日. */
const JAPANESE_PERIOD = /令和|平成|\d+年度|\d{4}年\d{1,2}月/;
/** Full-width punctuation, which English text does not use. */
const FULL_WIDTH = /[、。（）「」：]/;

/** The main pages, each as someone who may open it: the administrator opens them all; the council lands on the overview. */
const PEOPLE = [
  {
    region: '県 管理者',
    name: 'デジタル戦略本部室 管理者',
    pages: [
      '/tasks',
      '/summary?fy=2024',
      '/measures?fy=2024',
      '/measures/21-2?fy=2024',
      '/report?fy=2024',
      '/shared-measures',
      '/shared-measures/mynumber-card-rate?period=2024-08',
      '/shared-measures/online-procedures?group=region',
      '/municipalities/142034',
      '/joint-projects',
      '/joint-projects/joint-procurement',
      '/joint-projects/joint-procurement/reports/2026-Q1/142034',
      '/shared-measures/reporting',
    ],
  },
  { region: '県議会議員', name: '県議会議員', pages: ['/', '/summary?fy=2024'] },
];

/**
 * The page's text (header and navigation included) outside elements marked lang="ja" (measure names, bureaus, indicator texts and notes are the
 * plan's and the municipalities' Japanese data, with no English version), hidden text and option labels included.
 */
function englishText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const e of body.querySelectorAll('[lang="ja"], script, style')) e.remove();
    return body.textContent ?? '';
  });
}

function problems(text: string): string[] {
  const context = (i: number) => text.slice(Math.max(0, i - 20), i + 30).replace(/\s+/g, ' ');
  const found: string[] = [];
  for (const name of [...ORGANISATIONS, ...PILLARS_AND_AREAS]) {
    const at = text.indexOf(name);
    if (at >= 0) found.push(`${name}: …${context(at)}…`);
  }
  for (const pattern of [JAPANESE_PERIOD, FULL_WIDTH]) {
    const m = pattern.exec(text);
    if (m) found.push(`${m[0]}: …${context(m.index)}…`);
  }
  return found;
}

describe('English mode', () => {
  it('shows no Japanese municipality name, period label, pillar or area name, and no full-width punctuation, on the main pages', async () => {
    const found: Record<string, string[]> = {};
    for (const person of PEOPLE) {
      const context = await portal.browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      await signIn(page, portal.stack.baseUrl, person.region, person.name);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: '日本語' }).waitFor();
      for (const path of person.pages) {
        await page.goto(`${portal.stack.baseUrl}${path}`);
        expect(await settled(page), path).toBe(true);
        const list = problems(await englishText(page));
        if (list.length) found[`${person.name} ${path}`] = list;
      }
      if (person.region === '県議会議員') {
        // Named in English where Japanese mode names them in Japanese: the scan above is not vacuous.
        await page.goto(`${portal.stack.baseUrl}/`);
        await page.getByRole('link', { name: 'Digital transformation of daily life' }).first().waitFor();
        await page.goto(`${portal.stack.baseUrl}/shared-measures/mynumber-card-rate?period=2024-08`);
        await page.getByRole('link', { name: 'Hiratsuka City' }).first().waitFor();
      }
      await context.close();
    }
    expect(found).toEqual({});
  });
});
