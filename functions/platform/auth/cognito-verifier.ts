import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { principalSchema, roleSchema, type Principal } from '../../../shared/auth/roles';
import { config } from '../config';

let verifier: ReturnType<typeof createVerifier> | undefined;

function createVerifier() {
  const { cognitoUserPoolId, cognitoClientId } = config();
  if (!cognitoUserPoolId || !cognitoClientId) throw new Error('COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID must be set');
  return CognitoJwtVerifier.create({ userPoolId: cognitoUserPoolId, clientId: cognitoClientId, tokenUse: 'id' });
}

/**
 * Verifies a Cognito ID token and maps its claims to a principal: the role is
 * the user's Cognito group, the organisation its `custom:orgCode` attribute.
 */
export async function verifyCognitoToken(token: string): Promise<Principal | undefined> {
  verifier ??= createVerifier();
  try {
    const claims = await verifier.verify(token);
    const groups = (claims['cognito:groups'] as string[] | undefined) ?? [];
    const role = groups.map((g) => roleSchema.safeParse(g)).find((r) => r.success)?.data;
    const parsed = principalSchema.safeParse({
      userId: claims.sub,
      name: (claims.name as string | undefined) ?? (claims.email as string | undefined) ?? claims.sub,
      role,
      orgCode: claims['custom:orgCode'],
      bureau: claims['custom:bureau'] || undefined,
    });
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
