import type { OidcContext } from 'oidc-provider';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.7}</style>
</head>
<body>
${body}
</body>
</html>`;
}

/**
 * Sign-out without a confirmation page: the web app sends the ID token it holds (id_token_hint), so the request is
 * the user's own. oidc-provider always asks through a form; the form is submitted at once, with `logout=yes`,
 * which ends the provider's session too (the maintainers' advice: panva/node-oidc-provider#223).
 */
export function signOutPage(ctx: OidcContext, form: string): void {
  const withLogout = form.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>');
  ctx.type = 'html';
  ctx.body = page(
    'サインアウト / Signing out',
    `  <p>サインアウトしています… / Signing out…</p>
  ${withLogout}
  <noscript><button type="submit" form="op.logoutForm">サインアウト / Sign out</button></noscript>
  <script>document.forms[0].submit()</script>`,
  );
}

/** The provider's own errors (a malformed request, an expired sign-in): what happened, and the way back. */
export function errorPage(ctx: OidcContext, out: Record<string, string>): void {
  ctx.type = 'html';
  ctx.body = page(
    'サインインできませんでした / Sign-in failed',
    `  <h1>サインインできませんでした / Sign-in failed</h1>
  <p>もう一度ポータルを開いてサインインしてください。 / Open the portal and sign in again.</p>
  <p><a href="/">ポータルへ / To the portal</a></p>
  <pre>${escape(`${out.error ?? ''}: ${out.error_description ?? ''}`)}</pre>`,
  );
}
