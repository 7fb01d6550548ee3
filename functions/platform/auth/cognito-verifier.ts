import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { config } from '../config';
import { principalFromClaims, type VerifiedToken } from './claims';

let verifier: ReturnType<typeof createVerifier> | undefined;

function createVerifier() {
  const { cognitoUserPoolId, cognitoClientId } = config();
  if (!cognitoUserPoolId || !cognitoClientId) throw new Error('COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID must be set');
  return CognitoJwtVerifier.create({ userPoolId: cognitoUserPoolId, clientId: cognitoClientId, tokenUse: 'id' });
}

/** Verifies a Cognito ID token (RS256, the pool's JWKS) and reads its claims (claims.ts). */
export async function verifyCognitoToken(token: string): Promise<VerifiedToken | undefined> {
  verifier ??= createVerifier();
  try {
    return principalFromClaims((await verifier.verify(token)) as Record<string, unknown>);
  } catch {
    return undefined;
  }
}
