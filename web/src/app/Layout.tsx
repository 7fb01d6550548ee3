import { A, useCurrentMatches, useLocation, useNavigate } from '@solidjs/router';
import { createEffect, createSignal, For, on, onMount, Show, type ParentProps } from 'solid-js';
import { lang, setLang, tr, useLanguageOf } from './lang';
import { createMeQuery } from './auth';
import { AccountMenu } from './auth/AccountMenu';
import { OVERVIEW_STATE } from './Home';
import { leaving, signInPath, token } from './session';
import { isPublicMatch, publicLinks } from './public-pages';

/** The sign-in routes themselves: no サインイン link there. */
const SIGN_IN_PATHS = ['/signin', '/auth/callback', '/signed-out', '/login'];

/** Page frame: skip link, header with navigation and the signed-in user, and the main region. */
export function Layout(props: ParentProps) {
  const me = createMeQuery();
  const location = useLocation();
  // Which page this is comes from the router's own route list (App.tsx), so the gate and the routes cannot disagree.
  const matches = useCurrentMatches();
  const open = () => isPublicMatch(matches());
  let main!: HTMLElement;
  // Each user's language choice, restored when they sign in.
  createEffect(() => useLanguageOf(token()));
  // A new page: start reading and tabbing from its main region, as a full page load would.
  createEffect(on(() => location.pathname, () => main.focus(), { defer: true }));
  // On a phone the navigation folds behind a メニュー button (styles.css), closed again on every new page.
  const [menuOpen, setMenuOpen] = createSignal(false);
  createEffect(on(() => location.pathname, () => setMenuOpen(false), { defer: true }));
  return (
    <>
      {/* Focus moved by hand: the router takes over in-page links, and a hash alone would not move the keyboard focus. */}
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); main.focus(); }}>{tr('本文へ移動', 'Skip to content')}</a>
      <header class="site">
        <div class="bar">
          <A class="brand" href="/">{tr('かながわDX連携ポータル', 'Kanagawa DX Collaboration Portal')}</A>
          <button type="button" class="secondary menu-toggle" aria-expanded={menuOpen()} aria-controls="site-menu" onClick={() => setMenuOpen(!menuOpen())}>
            {tr('メニュー', 'Menu')}
          </button>
          <div id="site-menu" class="site-menu" classList={{ open: menuOpen() }}>
          <Show when={token()}>
            <nav class="main" aria-label={tr('メインメニュー', 'Main menu')}>
              <ul>
                <li><A href="/summary">{tr('サマリー', 'Summary')}</A></li>
                <Show when={me.data && me.data.role !== 'council'}>
                  <li><A href="/tasks">{tr('やること', 'My tasks')}</A></li>
                </Show>
                <li><A href="/" end state={OVERVIEW_STATE}>{tr('計画の概要', 'Plan overview')}</A></li>
                <li><A href="/measures">{tr('施策一覧', 'Measures')}</A></li>
                <li><A href="/report">{tr('点検報告書', 'Inspection report')}</A></li>
                <li><A href="/shared-measures">{tr('共通指標', 'Shared measures')}</A></li>
                <li><A href="/joint-projects">{tr('協働事業', 'Joint projects')}</A></li>
                <Show when={me.data && me.data.role !== 'council'}>
                  <li><A href="/surveys">{tr('照会', 'Surveys')}</A></li>
                  <li><A href="/consultations">{tr('相談窓口', 'Consultations')}</A></li>
                </Show>
                <li><A href="/meetings">{tr('推進会議', 'Council')}</A></li>
                <li><A href="/search">{tr('検索', 'Search')}</A></li>
                <Show when={me.data?.role === 'municipal_staff'}>
                  <li><A href={`/municipalities/${me.data!.orgCode}`}>{tr('自団体', 'My municipality')}</A></li>
                </Show>
                <Show when={me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff'}>
                  <li><A href="/shared-measures/review">{tr('確認待ち', 'Awaiting review')}</A></li>
                </Show>
                <Show when={me.data && me.data.role !== 'municipal_staff'}>
                  <li><A href="/shared-measures/reporting">{tr('報告状況', 'Reporting rates')}</A></li>
                </Show>
                <Show when={me.data?.role === 'prefecture_admin'}>
                  <li><A href="/admin/import">{tr('計画の取込', 'Import plan')}</A></li>
                </Show>
                <Show when={me.data && me.data.role !== 'council'}>
                  <li><A href="/notices">{tr('お知らせ', 'Notices')}</A></li>
                </Show>
                <Show when={me.data?.role === 'prefecture_admin' || me.data?.orgAdmin}>
                  <li><A href="/admin/users">{tr('利用者管理', 'Users')}</A></li>
                </Show>
              </ul>
            </nav>
            <AccountMenu me={me.data} />
          </Show>
          <Show when={!token()}>
            <nav class="main" aria-label={tr('メインメニュー', 'Main menu')}>
              <ul>
                <For each={publicLinks()}>{(link) => <li><A href={link.href} end={link.href === '/'}>{link.label}</A></li>}</For>
              </ul>
            </nav>
            <Show when={!SIGN_IN_PATHS.includes(location.pathname)}>
              <A class="sign-in" href={signInPath(location.pathname + location.search + location.hash)}>{tr('サインイン', 'Sign in')}</A>
            </Show>
          </Show>
          </div>
          <button type="button" class="link lang-toggle" lang={lang() === 'ja' ? 'en' : 'ja'} onClick={() => setLang(lang() === 'ja' ? 'en' : 'ja')}>
            {lang() === 'ja' ? 'English' : '日本語'}
          </button>
        </div>
      </header>
      <main id="main" tabindex="-1" ref={main}>
        <Show when={!leaving()} fallback={<Leaving />}>
          <Show when={token() || open()} fallback={<ToSignIn />}>
            {props.children}
          </Show>
        </Show>
      </main>
      <footer class="site">
        <ul>
          <li><A href="/open-data">{tr('オープンデータ', 'Open data')}</A></li>
          <li><A href="/api-docs">{tr('API リファレンス', 'API reference')}</A></li>
        </ul>
        <p>{tr('かながわDX連携ポータル（神奈川県・県内市町村）', 'Kanagawa DX Collaboration Portal (Kanagawa Prefecture and its municipalities)')}</p>
      </footer>
    </>
  );
}

function Leaving() {
  return <p role="status">{leaving() === 'sign-out' ? tr('サインアウトしています…', 'Signing out…') : tr('サインイン画面に移動しています…', 'Taking you to the sign-in page…')}</p>;
}

/** A page that needs a session, opened without one: sign-in, which comes back to this page. */
function ToSignIn() {
  const navigate = useNavigate();
  const location = useLocation();
  onMount(() => navigate(signInPath(location.pathname + location.search + location.hash), { replace: true }));
  return <p role="status">{tr('サインイン画面に移動しています…', 'Taking you to the sign-in page…')}</p>;
}
