import type { Role } from '../../../shared/auth/roles';
import { config } from '../../platform/config';

/** What the identity provider keeps of a user and puts into their ID token (claims.ts reads it back). */
export interface DirectoryClaims {
  email: string;
  name: string;
  role: Role;
  orgCode: string;
  bureau?: string;
}

/**
 * The identity provider's side of user administration: Cognito in AWS, nothing but the portal's records locally
 * (the local OpenID provider reads its users from them). Every method is idempotent, so that repeating a request
 * whose record write failed after the provider changed converges (users.ts).
 */
export interface Directory {
  /**
   * Creates the sign-in account and sends the invitation. When the address has an account already (an earlier
   * attempt whose record was never written), returns that account instead, with `existed`.
   */
  invite(user: DirectoryClaims): Promise<{ userId: string; existed: boolean }>;
  /** Brings the account's attributes and group in line with `after` (`before`: what the record said). */
  update(userId: string, before: DirectoryClaims, after: DirectoryClaims): Promise<void>;
  /** Blocks sign-in and revokes the user's refresh tokens. */
  disable(userId: string): Promise<void>;
  enable(userId: string): Promise<void>;
  /** The user must set a new password (Cognito e-mails a code) at their next sign-in. */
  resetPassword(userId: string): Promise<void>;
  /** Removes the authenticator app: the user enrols a new one at their next sign-in. */
  resetMfa(userId: string): Promise<void>;
  /** Revokes every refresh token: no session can be renewed. */
  signOutEverywhere(userId: string): Promise<void>;
}

/** The directory of this deployment: Cognito's admin API (loaded on first use) or the local records. */
export async function directory(): Promise<Directory> {
  if (config().authMode === 'cognito') {
    const { cognitoDirectory } = await import('./cognito-directory');
    const poolId = config().cognitoUserPoolId;
    if (!poolId) throw new Error('COGNITO_USER_POOL_ID is not set');
    return cognitoDirectory(poolId);
  }
  const { localDirectory } = await import('./local-directory');
  return localDirectory;
}
