import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { signIn } from './browser';

/**
 * Every page of the portal, for the tests that must cover them all (narrow screens, axe): the route list is read
 * from the router itself (web/src/app/App.tsx), so a page added there without an entry in EXAMPLES fails the
 * tests until someone says which address and which people to try it with.
 */
export type Who = 'anonymous' | 'municipality' | 'staff' | 'admin' | 'council';

/** The seeded person each signed-in role is tried as (web/src/app/LoginPage.tsx lists them). */
export const PEOPLE: Record<Exclude<Who, 'anonymous'>, { region: string; name: string }> = {
  municipality: { region: '市町村職員', name: '平塚市' },
  staff: { region: '県職員', name: '総務局 職員' },
  admin: { region: '県 管理者', name: 'デジタル戦略本部室 管理者' },
  council: { region: '県議会議員', name: '県議会議員' },
};

const ALL_SIGNED_IN: Who[] = ['municipality', 'staff', 'admin', 'council'];
const PREFECTURE: Who[] = ['staff', 'admin'];
const NOT_COUNCIL: Who[] = ['municipality', 'staff', 'admin'];

/**
 * For each route of App.tsx: an address with real ids from the seeded data, and the signed-in roles that may open
 * it. Anonymous visitors are added for the routes App.tsx marks as public.
 */
export const EXAMPLES: Record<string, { path: string; roles: Who[] }> = {
  '/': { path: '/', roles: ALL_SIGNED_IN },
  '/tasks': { path: '/tasks', roles: NOT_COUNCIL },
  '/signin': { path: '/signin', roles: [] },
  '/auth/callback': { path: '/auth/callback', roles: [] },
  '/signed-out': { path: '/signed-out', roles: [] },
  '/login': { path: '/login', roles: [] },
  '/report': { path: '/report?fy=2024', roles: ALL_SIGNED_IN },
  '/summary': { path: '/summary?fy=2024', roles: ALL_SIGNED_IN },
  '/open-data': { path: '/open-data', roles: ['admin'] },
  '/api-docs': { path: '/api-docs', roles: ['admin'] },
  '/measures': { path: '/measures?fy=2024', roles: ALL_SIGNED_IN },
  '/measures/:measureNo': { path: '/measures/21-2?fy=2024', roles: ALL_SIGNED_IN },
  '/admin/import': { path: '/admin/import', roles: ['admin'] },
  '/shared-measures': { path: '/shared-measures', roles: ALL_SIGNED_IN },
  '/shared-measures/review': { path: '/shared-measures/review', roles: PREFECTURE },
  '/shared-measures/reporting': { path: '/shared-measures/reporting', roles: ['staff', 'admin', 'council'] },
  '/shared-measures/:measureId': { path: '/shared-measures/mynumber-card-rate', roles: ALL_SIGNED_IN },
  '/municipalities/:orgCode': { path: '/municipalities/142034', roles: ALL_SIGNED_IN },
  '/admin/shared-measures': { path: '/admin/shared-measures', roles: ['admin'] },
  '/joint-projects': { path: '/joint-projects', roles: ALL_SIGNED_IN },
  '/joint-projects/:projectId': { path: '/joint-projects/joint-procurement', roles: ALL_SIGNED_IN },
  '/joint-projects/:projectId/reports/:periodId/:orgCode': { path: '/joint-projects/joint-procurement/reports/2026-Q1/142034', roles: NOT_COUNCIL },
  '/notices': { path: '/notices', roles: NOT_COUNCIL },
  '/admin/joint-projects/:projectId?': { path: '/admin/joint-projects/joint-procurement', roles: ['admin'] },
  '/admin/users': { path: '/admin/users', roles: ['municipality', 'admin'] },
  // Issue 17: the seeded examples (scripts/seeds/): a closed survey, 平塚市's resolved consultation and its FAQ entry, a meeting.
  '/surveys': { path: '/surveys', roles: NOT_COUNCIL },
  '/surveys/:surveyId': { path: '/surveys/r8-opendata-status', roles: NOT_COUNCIL },
  '/admin/surveys/:surveyId?': { path: '/admin/surveys/r8-opendata-status', roles: ['admin'] },
  '/consultations': { path: '/consultations', roles: NOT_COUNCIL },
  '/consultations/new': { path: '/consultations/new', roles: ['municipality'] },
  '/consultations/:consultationId': { path: '/consultations/c-seed-0001', roles: NOT_COUNCIL },
  '/faq': { path: '/faq', roles: NOT_COUNCIL },
  '/faq/:entryId': { path: '/faq/faq-seed-0001', roles: NOT_COUNCIL },
  '/meetings': { path: '/meetings', roles: ALL_SIGNED_IN },
  '/meetings/:meetingId': { path: '/meetings/m-2026-1', roles: ALL_SIGNED_IN },
  '/admin/meetings/:meetingId?': { path: '/admin/meetings/m-2026-1', roles: ['admin'] },
  '/search': { path: '/search?q=%E3%83%9E%E3%82%A4%E3%83%8A%E3%83%B3%E3%83%90%E3%83%BC', roles: ALL_SIGNED_IN },
  '*': { path: '/no-such-page', roles: ['admin'] },
};

export interface AppRoute {
  route: string;
  public: boolean;
}

/** The routes as App.tsx declares them, each with whether it is open without signing in (info={PUBLIC_PAGE}). */
export function appRoutes(): AppRoute[] {
  const source = readFileSync(resolve(import.meta.dirname, '../../web/src/app/App.tsx'), 'utf8');
  return [...source.matchAll(/<Route\s+path="([^"]+)"([^>]*)\/>/g)].map((m) => ({ route: m[1]!, public: /info=\{(PUBLIC_PAGE|NOT_FOUND_PAGE)\}/.test(m[2]!) }));
}

export interface Visit {
  route: string;
  path: string;
  who: Who;
}

/** Each page once for each person who may open it: the signed-in roles above, and anonymous for public routes. */
export function visits(): Visit[] {
  return appRoutes().flatMap(({ route, public: open }) => {
    const example = EXAMPLES[route];
    if (!example) return [];
    const who: Who[] = [...(open ? (['anonymous'] as const) : []), ...example.roles];
    return who.map((w) => ({ route, path: example.path, who: w }));
  });
}

/** A browser page per person, signed in once; anonymous gets a page of its own with no session. */
export async function pagesByWho(
  newPage: () => Promise<Page>,
  baseUrl: string,
  who: readonly Who[],
): Promise<Map<Who, Page>> {
  const pages = new Map<Who, Page>();
  for (const w of new Set(who)) {
    const page = await newPage();
    if (w !== 'anonymous') await signIn(page, baseUrl, PEOPLE[w].region, PEOPLE[w].name);
    pages.set(w, page);
  }
  return pages;
}

/**
 * Waits until the page has its heading and its queries have settled (loading messages have given way to content);
 * false when it never showed a heading.
 */
export async function settled(page: Page): Promise<boolean> {
  const headed = await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 10_000 }).then(() => true, () => false);
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page
    .waitForFunction(() => ![...document.querySelectorAll('main [role="status"]')].some((s) => /読み込んでいます|Loading…/.test(s.textContent ?? '')), undefined, {
      timeout: 10_000,
    })
    .catch(() => undefined);
  return headed;
}
