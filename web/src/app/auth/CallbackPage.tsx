import { A, useNavigate } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { tr } from '../lang';
import { usePageTitle } from '../page-title';
import { completeSignIn } from './oidc';

/**
 * `/auth/callback`: the provider sends the browser back here with the authorization code; the code is exchanged
 * for the tokens and the page first asked for is opened in place of this one (no code left in the history).
 */
export default function CallbackPage() {
  usePageTitle(() => tr('サインイン', 'Sign in'));
  const navigate = useNavigate();
  const [failed, setFailed] = createSignal(false);
  onMount(() => {
    completeSignIn()
      .then((next) => navigate(next, { replace: true }))
      .catch(() => setFailed(true));
  });
  return (
    <>
      {/* No heading while passing through, as on /signin: the next page's h1 is the one to wait for. */}
      <Show when={failed()} fallback={<p role="status">{tr('サインインしています…', 'Signing you in…')}</p>}>
        <h1>{tr('サインイン', 'Sign in')}</h1>
        {/* A reused or stale link, a sign-in cancelled at the provider, or a refused user. */}
        <div class="notice error" role="alert">
          <p>{tr('サインインを完了できませんでした。もう一度サインインしてください。', 'Sign-in could not be completed. Please sign in again.')}</p>
        </div>
        <A href="/signin">{tr('サインインをやり直す', 'Sign in again')}</A>
      </Show>
    </>
  );
}
