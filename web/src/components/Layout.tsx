import { A, useLocation, useNavigate } from '@solidjs/router';
import { useQueryClient } from '@tanstack/solid-query';
import { createEffect, on, Show, type ParentProps } from 'solid-js';
import { ROLE_LABELS } from '../i18n/format';
import { createMeQuery } from '../queries/auth';
import { setToken, token } from '../session';

/** Pages anyone may open without signing in: sign-in itself, open data and the API reference. */
const PUBLIC_PATHS = ['/login', '/open-data', '/api-docs'];

/** Page frame: skip link, header with navigation and the signed-in user, and the main region. */
export function Layout(props: ParentProps) {
  const me = createMeQuery();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  let main!: HTMLElement;
  // A new page: start reading and tabbing from its main region, as a full page load would.
  createEffect(on(() => location.pathname, () => main.focus(), { defer: true }));
  const signOut = () => {
    setToken(null);
    client.clear();
    navigate('/login');
  };
  return (
    <>
      {/* Focus moved by hand: the router takes over in-page links, and a hash alone would not move the keyboard focus. */}
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); main.focus(); }}>本文へ移動</a>
      <header class="site">
        <div class="bar">
          <A class="brand" href="/">かながわDX連携ポータル</A>
          <Show when={token()}>
            <nav class="main" aria-label="メインメニュー">
              <ul>
                <li><A href="/summary">サマリー</A></li>
                <li><A href="/" end>計画の概要</A></li>
                <li><A href="/measures">施策一覧</A></li>
                <li><A href="/report">点検報告書</A></li>
                <li><A href="/shared-measures">共通指標</A></li>
                <li><A href="/joint-projects">協働事業</A></li>
                <Show when={me.data?.role === 'municipal_staff'}>
                  <li><A href={`/municipalities/${me.data!.orgCode}`}>自団体</A></li>
                </Show>
                <Show when={me.data?.role === 'prefecture_admin'}>
                  <li><A href="/admin/import">計画の取込</A></li>
                </Show>
                <Show when={me.data && me.data.role !== 'council'}>
                  <li><A href="/notices">お知らせ</A></li>
                </Show>
              </ul>
            </nav>
            <div class="user">
              <Show when={me.data}>
                {(user) => (
                  <span>
                    {user().name}（{ROLE_LABELS[user().role]}
                    {user().orgName ? `・${user().orgName}` : ''}）
                  </span>
                )}
              </Show>
              <button type="button" class="secondary" onClick={signOut}>サインアウト</button>
            </div>
          </Show>
        </div>
      </header>
      <main id="main" tabindex="-1" ref={main}>
        <Show when={token() || PUBLIC_PATHS.includes(location.pathname)} fallback={<SignInPrompt />}>
          {props.children}
        </Show>
      </main>
      <footer class="site">
        <ul>
          <li><A href="/open-data">オープンデータ</A></li>
          <li><A href="/api-docs">API リファレンス</A></li>
        </ul>
        <p>かながわDX連携ポータル（神奈川県・県内市町村）</p>
      </footer>
    </>
  );
}

function SignInPrompt() {
  return (
    <div class="notice">
      <p>このページを見るにはサインインが必要です。</p>
      <A href="/login">サインイン画面へ</A>
      <p>サインインせずに見られるページ: <A href="/open-data">オープンデータ</A>、<A href="/api-docs">API リファレンス</A></p>
    </div>
  );
}
