import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminResetUserPasswordCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  type AttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Directory, DirectoryClaims } from './directory';

/**
 * The Cognito admin actions the users function may call, and the only ones (infra grants exactly these on the
 * user pool's ARN; tests/unit/cognito-directory.test.ts checks the requests).
 */
export const COGNITO_ADMIN_ACTIONS = [
  'AdminCreateUser',
  'AdminGetUser',
  'AdminAddUserToGroup',
  'AdminRemoveUserFromGroup',
  'AdminUpdateUserAttributes',
  'AdminDisableUser',
  'AdminEnableUser',
  'AdminResetUserPassword',
  'AdminSetUserMFAPreference',
  'AdminUserGlobalSignOut',
] as const;

let client: CognitoIdentityProviderClient | undefined;

/** The attributes the portal keeps in Cognito; an empty bureau clears it (the app never deletes attributes). */
const profile = (u: Omit<DirectoryClaims, 'email' | 'role'>): AttributeType[] => [
  { Name: 'name', Value: u.name },
  { Name: 'custom:orgCode', Value: u.orgCode },
  { Name: 'custom:bureau', Value: u.bureau ?? '' },
];

const subOf = (attributes: AttributeType[] | undefined) => attributes?.find((a) => a.Name === 'sub')?.Value;

/**
 * Cognito's admin API on one user pool. The pool signs in by e-mail address (the username is the address, the
 * user's id its `sub`, which the ID token carries); its groups are the roles.
 */
export function cognitoDirectory(userPoolId: string): Directory {
  client ??= new CognitoIdentityProviderClient({});
  const send = client.send.bind(client) as (command: unknown) => Promise<Record<string, unknown>>;
  const addToGroup = (userId: string, role: string) => send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: userId, GroupName: role }));

  return {
    async invite(user) {
      let userId: string | undefined;
      let existed = false;
      try {
        const out = (await send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: user.email,
            // The invitation goes to this address, so it is verified: the user can reset a forgotten password.
            UserAttributes: [{ Name: 'email', Value: user.email }, { Name: 'email_verified', Value: 'true' }, ...profile(user)],
            DesiredDeliveryMediums: ['EMAIL'],
          }),
        )) as { User?: { Attributes?: AttributeType[] } };
        userId = subOf(out.User?.Attributes);
      } catch (error) {
        if ((error as { name?: string }).name !== 'UsernameExistsException') throw error;
        // An earlier attempt created the account but not the portal's record: adopt it, with this invitation's details.
        const found = (await send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: user.email }))) as { UserAttributes?: AttributeType[] };
        userId = subOf(found.UserAttributes);
        existed = true;
        if (userId) await send(new AdminUpdateUserAttributesCommand({ UserPoolId: userPoolId, Username: userId, UserAttributes: profile(user) }));
      }
      if (!userId) throw new Error('Cognito returned no sub for the user');
      await addToGroup(userId, user.role);
      return { userId, existed };
    },
    async update(userId, before, after) {
      if (before.name !== after.name || before.orgCode !== after.orgCode || (before.bureau ?? '') !== (after.bureau ?? '')) {
        await send(new AdminUpdateUserAttributesCommand({ UserPoolId: userPoolId, Username: userId, UserAttributes: profile(after) }));
      }
      if (before.role !== after.role) {
        // Added first: a failure between the two leaves the user with both groups, and a retry removes the old one.
        await addToGroup(userId, after.role);
        await send(new AdminRemoveUserFromGroupCommand({ UserPoolId: userPoolId, Username: userId, GroupName: before.role }));
      }
    },
    async disable(userId) {
      await send(new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: userId }));
      await send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: userId }));
    },
    async enable(userId) {
      await send(new AdminEnableUserCommand({ UserPoolId: userPoolId, Username: userId }));
    },
    async resetPassword(userId) {
      await send(new AdminResetUserPasswordCommand({ UserPoolId: userPoolId, Username: userId }));
    },
    async resetMfa(userId) {
      // The pool requires MFA, so without a preferred authenticator the next sign-in asks the user to enrol one.
      await send(
        new AdminSetUserMFAPreferenceCommand({
          UserPoolId: userPoolId,
          Username: userId,
          SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false },
        }),
      );
    },
    async signOutEverywhere(userId) {
      await send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: userId }));
    },
  };
}
