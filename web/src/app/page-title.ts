import { createEffect } from 'solid-js';
import { tr } from './lang';

const SITE = 'かながわDX連携ポータル';

/** Names the browser tab after the page (WCAG 2.4.2), e.g. 「施策一覧 令和6年度 | かながわDX連携ポータル」. */
export function usePageTitle(title: () => string | undefined) {
  createEffect(() => {
    const t = title();
    const site = tr(SITE, 'Kanagawa DX Collaboration Portal');
    document.title = t ? `${t} | ${site}` : site;
  });
}
