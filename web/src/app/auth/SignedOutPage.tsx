import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { tr } from '../lang';
import { usePageTitle } from '../page-title';
import { clearSession } from '../session';
import { EVERYWHERE_FAILED_KEY } from './sign-out';

/** `/signed-out`: where the provider's sign-out comes back to. No data of the portal is shown or kept. */
export default function SignedOutPage() {
  usePageTitle(() => tr('サインアウトしました', 'Signed out'));
  // Sign-out clears the session before leaving for the provider; this covers a tab that got here another way.
  clearSession();
  const everywhereFailed = sessionStorage.getItem(EVERYWHERE_FAILED_KEY) !== null;
  sessionStorage.removeItem(EVERYWHERE_FAILED_KEY);
  return (
    <>
      <h1>{tr('サインアウトしました', 'You have signed out')}</h1>
      <Show when={everywhereFailed}>
        <div class="notice warning" role="alert">
          <p>{tr('このブラウザーはサインアウトしましたが、ほかの端末のサインアウトはできませんでした。もう一度サインインして、やり直してください。', 'This browser is signed out, but signing out your other devices failed. Sign in again and retry.')}</p>
        </div>
      </Show>
      <p>{tr('ポータルのサインインを終了しました。共用のパソコンでは、ブラウザーを閉じてください。', 'Your portal session has ended. On a shared computer, close the browser.')}</p>
      <p><A href="/signin">{tr('もう一度サインインする', 'Sign in again')}</A></p>
    </>
  );
}
