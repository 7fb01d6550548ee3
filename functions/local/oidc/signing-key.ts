import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readOrMakeOwnerOnlyFile } from '../owner-only-file';

/** The file in the data directory that holds the local OpenID provider's private key (a JWK, owner-only). */
export const LOCAL_OIDC_KEY_FILE = 'local-oidc-key.json';

/** An RSA key as a JWK, with the id and algorithm the provider and the API's verifier agree on. */
export type RsaJwk = { kty: 'RSA'; kid: string; alg: 'RS256'; use: 'sig'; n: string; e: string };

export interface LocalSigningKey {
  /** Signs ID tokens (the provider's `jwks`, signLocalToken). */
  privateJwk: RsaJwk & Record<'d' | 'p' | 'q' | 'dp' | 'dq' | 'qi', string>;
  /** What the API verifies with: the same key without its private parts. */
  publicJwk: RsaJwk;
}

const keys = new Map<string, LocalSigningKey>();

/** RFC 7638 thumbprint: the key's id follows from the key, so two files can never share an id. */
const thumbprint = (jwk: { e: string; n: string }) =>
  createHash('sha256').update(JSON.stringify({ e: jwk.e, kty: 'RSA', n: jwk.n })).digest('base64url');

function unreadable(file: string): Error {
  return new Error(
    `${file} は署名鍵として読み取れません。削除すると新しい鍵が作られます（発行済みのトークンは無効になります）。 / ` +
      `${file} is not a valid signing key. Delete it and a new one is made (tokens issued so far stop working).`,
  );
}

function readKey(file: string): LocalSigningKey {
  let jwk: Record<string, unknown>;
  try {
    jwk = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    throw unreadable(file);
  }
  const parts = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const;
  if (jwk.kty !== 'RSA' || parts.some((p) => typeof jwk[p] !== 'string')) throw unreadable(file);
  const { n, e, d, p, q, dp, dq, qi } = jwk as Record<(typeof parts)[number], string>;
  const publicJwk: RsaJwk = { kty: 'RSA', kid: thumbprint({ e, n }), alg: 'RS256', use: 'sig', n, e };
  return { publicJwk, privateJwk: { ...publicJwk, d, p, q, dp, dq, qi } };
}

/**
 * The local OpenID provider's RSA key for a data directory, made on first use and kept across restarts (tokens
 * stay valid while the portal restarts), owner-only and made once (functions/local/owner-only-file.ts).
 */
export function localSigningKey(dataDir: string): LocalSigningKey {
  const dir = resolve(dataDir);
  const cached = keys.get(dir);
  if (cached) return cached;
  const file = join(dir, LOCAL_OIDC_KEY_FILE);
  const key = readOrMakeOwnerOnlyFile(
    file,
    () => `${JSON.stringify(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }))}\n`,
    readKey,
  );
  keys.set(dir, key);
  return key;
}
