import { principalSchema, roleSchema, type Principal } from '../../../shared/auth/roles';

/** A verified ID token: who it names, and when it was issued (checked against the user's valid-after time). */
export interface VerifiedToken {
  principal: Principal;
  /** The token's `iat`, seconds since the epoch. */
  issuedAt: number;
}

/**
 * Cognito's ID-token claims as the portal reads them, the same for Cognito and
 * the local OpenID provider (which issues the same claims): the role is the
 * `cognito:groups` entry that names one, the organisation `custom:orgCode`.
 * Anything missing or malformed is no principal at all.
 */
export function principalFromClaims(claims: Record<string, unknown>): VerifiedToken | undefined {
  const groups = Array.isArray(claims['cognito:groups']) ? (claims['cognito:groups'] as unknown[]) : [];
  const role = groups.map((g) => roleSchema.safeParse(g)).find((r) => r.success)?.data;
  const parsed = principalSchema.safeParse({
    userId: claims.sub,
    name: claims.name ?? claims.email ?? claims.sub,
    role,
    orgCode: claims['custom:orgCode'],
    bureau: claims['custom:bureau'] || undefined,
  });
  const issuedAt = claims.iat;
  return parsed.success && typeof issuedAt === 'number' ? { principal: parsed.data, issuedAt } : undefined;
}
