import { useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { tr } from '../lang';
import { usePageTitle } from '../page-title';
import { safeNext, token } from '../session';
import { startSignIn } from './oidc';

/** `/signin?next=<path>`: leaves for the provider's sign-in (Cognito's managed login, or the local picker). */
export default function SignInPage() {
  usePageTitle(() => tr('サインイン', 'Sign in'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.next);
  const [failed, setFailed] = createSignal(false);
  const start = () => {
    setFailed(false);
    startSignIn(next).catch(() => setFailed(true));
  };
  onMount(() => (token() ? navigate(next, { replace: true }) : start()));
  return (
    <>
      {/* No heading while passing through: a test or a screen reader waiting for the page's h1 gets the provider's. */}
      <Show when={failed()} fallback={<p role="status">{tr('サインイン画面に移動しています…', 'Taking you to the sign-in page…')}</p>}>
        <h1>{tr('サインイン', 'Sign in')}</h1>
        <div class="notice error" role="alert">
          <p>{tr('サインイン画面を開けませんでした。通信環境を確認して、もう一度お試しください。', 'Could not open the sign-in page. Check your connection and try again.')}</p>
        </div>
        <button type="button" onClick={start}>{tr('もう一度試す', 'Try again')}</button>
      </Show>
    </>
  );
}
