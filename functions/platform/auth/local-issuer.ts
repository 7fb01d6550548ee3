import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { resolve } from 'node:path';
import { JwtVerifier } from 'aws-jwt-verify';
import type { Principal } from '../../../shared/auth/roles';
import { localSigningKey } from '../../local/oidc/signing-key';
import { config } from '../config';
import { principalFromClaims, type VerifiedToken } from './claims';

/** Whom a local ID token names: a principal, or a user's record (which also carries their e-mail address). */
export type LocalTokenSubject = Principal & { email?: string };

/** Records from before e-mail addresses were kept get the address the seed gives demo users. */
const emailOf = (user: LocalTokenSubject) => user.email ?? `${user.userId}@example.invalid`;

/**
 * The claims Cognito puts in its ID tokens (read back by claims.ts), as the local OpenID provider issues them:
 * the role as the one group, the organisation and bureau as custom attributes; no bureau, no claim (as Cognito
 * leaves out an unset attribute).
 */
export function localIdTokenClaims(user: LocalTokenSubject): Record<string, unknown> {
  return {
    email: emailOf(user),
    name: user.name,
    'cognito:groups': [user.role],
    'custom:orgCode': user.orgCode,
    ...(user.bureau ? { 'custom:bureau': user.bureau } : {}),
  };
}

/** When each user's provider sessions were last ended (epoch milliseconds); in memory, as the sessions are. */
const sessionsEnded = new Map<string, number>();

/**
 * Ends every session of the local OpenID provider the user signed in to until now, and so every refresh token
 * issued in them: what Cognito does on sign-out everywhere and on disabling (the local directory calls this). A
 * change of role or organisation does not: the next refresh carries the new claims, as Cognito's does.
 */
export function endLocalSessions(userId: string, now = Date.now()): void {
  sessionsEnded.set(userId, now);
}

/**
 * Whether a sign-in (its time, epoch seconds) still stands. A sign-in in the very second the sessions were ended
 * is taken as before it: refusing a fresh one costs a second click, honouring an old one would keep it signed in.
 */
export function localSignInStands(userId: string, authTime: number): boolean {
  const ended = sessionsEnded.get(userId);
  return ended === undefined || authTime > Math.floor(ended / 1000);
}

const privateKeys = new WeakMap<object, KeyObject>();

/**
 * An ID token as the local OpenID provider would issue it (same key, issuer, audience, claims and lifetime), for
 * `POST /api/auth/local/token`: scripts and API tests sign in without a browser. Exists only with AUTH_MODE=local.
 */
export async function signLocalToken(user: LocalTokenSubject, now = Date.now()): Promise<string> {
  const { localIssuer, localClientId, localIdTokenTtlSeconds, dataDir } = config();
  const key = localSigningKey(dataDir);
  let privateKey = privateKeys.get(key);
  if (!privateKey) {
    privateKey = createPrivateKey({ key: key.privateJwk, format: 'jwk' });
    privateKeys.set(key, privateKey);
  }
  const iat = Math.floor(now / 1000);
  const payload = {
    sub: user.userId,
    ...localIdTokenClaims(user),
    iss: localIssuer,
    aud: localClientId,
    iat,
    exp: iat + localIdTokenTtlSeconds,
    auth_time: iat,
  };
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signed = `${part({ alg: 'RS256', typ: 'JWT', kid: key.privateJwk.kid })}.${part(payload)}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), privateKey).toString('base64url')}`;
}

function createVerifier(issuer: string, audience: string, dataDir: string) {
  const verifier = JwtVerifier.create({ issuer, audience, jwksUri: `${issuer}/jwks` });
  // The provider's JWKS is this key: read from the data directory, never fetched (the API would call itself).
  verifier.cacheJwks({ keys: [localSigningKey(dataDir).publicJwk] });
  return verifier;
}

let current: { id: string; verifier: ReturnType<typeof createVerifier> } | undefined;

/**
 * Verifies an ID token of the local OpenID provider (or of signLocalToken) as Cognito's are verified: RS256 with
 * the provider's JWKS, issuer, audience, expiry; undefined when it is forged, expired or malformed. The verifier
 * follows the configuration (tests move the data directory; the local server sets the issuer from its port).
 */
export async function verifyLocalToken(token: string): Promise<VerifiedToken | undefined> {
  const { localIssuer, localClientId, dataDir } = config();
  const id = `${localIssuer} ${localClientId} ${resolve(dataDir)}`;
  if (current?.id !== id) current = { id, verifier: createVerifier(localIssuer, localClientId, dataDir) };
  try {
    // Synchronous: only the cached JWKS is used, so a token naming an unknown key is refused without a fetch.
    return principalFromClaims(current.verifier.verifySync(token) as Record<string, unknown>);
  } catch {
    return undefined;
  }
}
