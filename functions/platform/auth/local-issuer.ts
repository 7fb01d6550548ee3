import { sign, verify } from 'hono/jwt';
import { principalSchema, type Principal } from '../../../shared/auth/roles';
import { config } from '../config';

export const LOCAL_ISSUER = 'kanagawa-dx-portal-local';
const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

/** Signs a token for a seeded demo user. Exists only with AUTH_MODE=local. */
export async function signLocalToken(principal: Principal, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000);
  return sign(
    { iss: LOCAL_ISSUER, sub: principal.userId, iat, exp: iat + TOKEN_LIFETIME_SECONDS, ...principal },
    config().localJwtSecret,
    'HS256',
  );
}

/** Verifies a local token; undefined when it is forged, expired or malformed. */
export async function verifyLocalToken(token: string): Promise<Principal | undefined> {
  try {
    const payload = await verify(token, config().localJwtSecret, { alg: 'HS256', iss: LOCAL_ISSUER });
    const parsed = principalSchema.safeParse(payload);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
