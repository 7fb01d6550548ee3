import { A, useLocation } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { tr } from './lang';
import { usePageTitle } from './page-title';
import { publicLinks } from './public-pages';
import { token } from './session';

/**
 * An address the portal does not have (a mistyped or outdated link), for everyone, signed in or not: it says so,
 * names the address, and offers the way on, instead of asking a visitor to sign in to a page that does not exist.
 */
export default function NotFoundPage() {
  const location = useLocation();
  usePageTitle(() => tr('ページが見つかりません', 'Page not found'));
  return (
    <>
      <h1>{tr('ページが見つかりません', 'Page not found')}</h1>
      <p>
        {tr('お探しのページ', 'There is no page at ')}
        <code>{location.pathname}</code>
        {tr(' はありません。アドレスの誤りか、古いリンクの可能性があります。', '. The address may be mistyped, or the link out of date.')}
      </p>
      <h2>{tr('次にできること', 'What you can do')}</h2>
      <ul>
        <li>{tr('アドレスを入力した場合は、綴りを確かめてください。', 'If you typed the address, check its spelling.')}</li>
        <li>
          <A href="/">{tr('トップページ（計画の概要）へ戻る', 'Go to the home page (plan overview)')}</A>
        </li>
        <Show when={!token()}>
          <li>{tr('職員の方は、サインインすると業務用のページを開けます。', 'Staff can open the working pages after signing in.')}</li>
        </Show>
      </ul>
      <h2>{tr('どなたでも閲覧できるページ', 'Pages open to everyone')}</h2>
      <ul>
        <For each={publicLinks()}>{(link) => <li><A href={link.href}>{link.label}</A></li>}</For>
        <li><A href="/api-docs">{tr('API リファレンス', 'API reference')}</A></li>
      </ul>
    </>
  );
}
