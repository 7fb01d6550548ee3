import type { RouteMatch } from '@solidjs/router';
import { tr } from './lang';

/**
 * Route info (App.tsx's `<Route info={…}>`) of a page anyone may open without signing in. The router's route list is
 * the one list of pages: the sign-in gate (Layout.tsx) reads this mark from the route that matched, so a page is
 * public exactly when its own route says so, and a route added without it asks for sign-in.
 */
export const PUBLIC_PAGE = { public: true } as const;

/** The catch-all route's info: an unknown address gets the not-found page, signed in or not. */
export const NOT_FOUND_PAGE = { public: true, notFound: true } as const;

/** Whether the page now shown may be read without signing in: its matched route carries PUBLIC_PAGE. */
export const isPublicMatch = (matches: readonly RouteMatch[]): boolean => matches.at(-1)?.route.info?.public === true;

/** The public pages' navigation: the header's for readers who are not signed in, and the not-found page's. */
export const publicLinks = () => [
  { href: '/', label: tr('計画の概要', 'Plan overview') },
  { href: '/summary', label: tr('サマリー', 'Summary') },
  { href: '/measures', label: tr('施策一覧', 'Measures') },
  { href: '/report', label: tr('点検報告書', 'Inspection report') },
  { href: '/shared-measures', label: tr('共通指標', 'Shared measures') },
  { href: '/open-data', label: tr('オープンデータ', 'Open data') },
];
