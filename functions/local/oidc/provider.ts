import Provider, { interactionPolicy, type Account, type Client, type OidcContext } from 'oidc-provider';
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js';
import { SIGN_IN_CALLBACK_PATH, SIGNED_OUT_PATH } from '../../../shared/auth/web-config';
import { findUser } from '../../features/users';
import { localIdTokenClaims, localSignInStands } from '../../platform/auth/local-issuer';
import { config } from '../../platform/config';
import { localKey } from '../local-secret';
import { errorPage, signOutPage } from './pages';
import { localSigningKey } from './signing-key';

/** Where the provider answers under the portal's origin; its issuer is `<origin>/oidc`. */
export const OIDC_PATH = '/oidc';

/** What the web app asks for; granted without a consent page (the portal is the provider's only client). */
const SCOPES = ['openid', 'email', 'profile'];

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;

/**
 * Everyone the provider signs in, and every token it issues, is read from the portal's user record at that moment:
 * a refresh after a role change carries the new role, and a disabled or removed user gets no token at all (the
 * token endpoint answers invalid_grant). Nor does a sign-in from before the user's sessions were ended (sign out
 * everywhere): `token` is the code or refresh token being redeemed, else the browser's session is asked.
 */
async function findAccount(ctx: OidcContext, sub: string, token?: { authTime?: number }): Promise<Account | undefined> {
  const user = await findUser(config().homePrefecture, sub);
  if (!user || user.status !== 'active') return undefined;
  const signedInAt = token?.authTime ?? ctx.oidc.session?.authTime();
  if (signedInAt !== undefined && !localSignInStands(user.userId, signedInAt)) return undefined;
  return { accountId: user.userId, claims: () => ({ sub: user.userId, ...localIdTokenClaims(user) }) };
}

/**
 * The provider's sign-in policy, plus: a browser whose session names someone who may no longer sign in (disabled,
 * signed out everywhere) is shown the sign-in page again, instead of being taken for signed in.
 */
function signInPolicy() {
  const policy = interactionPolicy.base();
  const { Check } = interactionPolicy;
  policy.get('login')!.checks.push(
    new Check('account_unavailable', 'the signed-in user may no longer sign in', (ctx) =>
      ctx.oidc.session?.accountId && !ctx.oidc.account ? Check.REQUEST_PROMPT : Check.NO_NEED_TO_PROMPT,
    ),
  );
  return policy;
}

/** The grant a first-party client gets at once: what consent would have asked, for the web app's scopes. */
async function loadExistingGrant(ctx: OidcContext) {
  const { client, session, result, account, provider } = ctx.oidc;
  if (!client || !account) return undefined;
  const grantId = result?.consent?.grantId ?? session?.grantIdFor(client.clientId);
  const existing = grantId ? await provider.Grant.find(grantId) : undefined;
  if (existing) return existing;
  const grant = new provider.Grant({ accountId: account.accountId, clientId: client.clientId });
  grant.addOIDCScope(SCOPES.join(' '));
  await grant.save();
  return grant;
}

/**
 * The local OpenID provider (`npm start`): the same authorization-code flow with PKCE as Cognito's managed login,
 * with the demo-user picker of the web app (`/login?uid=…`) as its sign-in page and ID tokens that carry
 * Cognito's claims, signed with the data directory's key (signing-key.ts), which the API verifies
 * (functions/platform/auth/local-issuer.ts). Its sessions, grants and refresh tokens live in memory: a restart
 * signs everyone out.
 */
export function createLocalProvider(origin: string): Provider {
  const { localClientId, dataDir } = config();
  const issuer = `${origin}${OIDC_PATH}`;
  return new Provider(issuer, {
    adapter: createMemoryAdapter(),
    clients: [
      {
        client_id: localClientId,
        client_name: 'かながわDX連携ポータル',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${origin}${SIGN_IN_CALLBACK_PATH}`],
        post_logout_redirect_uris: [`${origin}${SIGNED_OUT_PATH}`],
        scope: SCOPES.join(' '),
        // Cognito's ID tokens always carry auth_time.
        require_auth_time: true,
      },
    ],
    jwks: { keys: [localSigningKey(dataDir).privateJwk] },
    // The interaction cookie must reach the sign-in form's target (/oidc/interaction/<uid>/login), not only /login.
    cookies: { keys: [localKey(dataDir, 'oidc-cookies')], short: { httpOnly: true, sameSite: 'lax', path: '/' } },
    scopes: SCOPES,
    claims: {
      openid: ['sub', 'cognito:groups', 'custom:orgCode', 'custom:bureau'],
      email: ['email'],
      profile: ['name'],
    },
    // Cognito puts the user's claims in the ID token of the code flow too (the API reads them there).
    conformIdTokenClaims: false,
    findAccount,
    loadExistingGrant,
    // Cognito issues a refresh token with every code grant, without offline_access; it ends with the session.
    issueRefreshToken: async (_ctx: unknown, client: Client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    pkce: { required: () => true },
    responseTypes: ['code'],
    interactions: {
      policy: signInPolicy(),
      url: (_ctx: unknown, interaction: { uid: string }) => `/login?uid=${encodeURIComponent(interaction.uid)}`,
    },
    // The web app is served from the issuer's origin; a browser asks from nowhere else.
    clientBasedCORS: (_ctx: unknown, requestOrigin: string) => requestOrigin === origin,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: OidcContext, form: string) => signOutPage(ctx, form),
        postLogoutSuccessSource: async (ctx: OidcContext) => ctx.redirect(`${origin}${SIGNED_OUT_PATH}`),
      },
    },
    ttl: {
      AccessToken: () => config().localIdTokenTtlSeconds,
      IdToken: () => config().localIdTokenTtlSeconds,
      AuthorizationCode: MINUTE,
      Interaction: 30 * MINUTE,
      Session: 14 * DAY,
      Grant: 14 * DAY,
      // A rotated refresh token lives no longer than the one it replaces, as the provider's default does.
      RefreshToken: (ctx?: OidcContext) => ctx?.oidc?.entities.RotatedRefreshToken?.remainingTTL ?? 14 * DAY,
    },
    renderError: async (ctx: OidcContext, out: Record<string, string>) => errorPage(ctx, out),
  });
}
