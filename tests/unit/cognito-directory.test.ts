import { AdminCreateUserCommand, AdminGetUserCommand, CognitoIdentityProviderClient, UsernameExistsException } from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { COGNITO_ADMIN_ACTIONS, cognitoDirectory } from '../../functions/features/users/cognito-directory';

/** The requests the users function sends to Cognito (a client mock: this tests our calls, not Cognito). */
const cognito = mockClient(CognitoIdentityProviderClient);
const POOL = 'ap-northeast-1_TestPool';
const SUB = '7f3c1a52-0000-4000-8000-000000000001';
const directory = () => cognitoDirectory(POOL);

/** Every request sent, in order, as [action, input]. */
const sent = () => cognito.calls().map((call) => {
  const command = call.args[0] as { constructor: { name: string }; input: unknown };
  return [command.constructor.name.replace(/Command$/, ''), command.input] as const;
});

const invitation = { email: 'taro@city.yokohama.example', name: '横浜 太郎', role: 'municipal_staff' as const, orgCode: '141003' };

beforeEach(() => {
  cognito.reset();
});

describe('the Cognito directory', () => {
  it('invites with the address as username, the portal’s attributes, an e-mail invitation, then the role’s group', async () => {
    cognito.on(AdminCreateUserCommand).resolves({ User: { Username: SUB, Attributes: [{ Name: 'sub', Value: SUB }] } });
    expect(await directory().invite(invitation)).toEqual({ userId: SUB, existed: false });
    expect(sent()).toEqual([
      [
        'AdminCreateUser',
        {
          UserPoolId: POOL,
          Username: 'taro@city.yokohama.example',
          UserAttributes: [
            { Name: 'email', Value: 'taro@city.yokohama.example' },
            { Name: 'email_verified', Value: 'true' },
            { Name: 'name', Value: '横浜 太郎' },
            { Name: 'custom:orgCode', Value: '141003' },
            { Name: 'custom:bureau', Value: '' },
          ],
          DesiredDeliveryMediums: ['EMAIL'],
        },
      ],
      ['AdminAddUserToGroup', { UserPoolId: POOL, Username: SUB, GroupName: 'municipal_staff' }],
    ]);
  });

  it('adopts the account an earlier, unfinished invitation created (AdminGetUser), so a retry converges', async () => {
    cognito.on(AdminCreateUserCommand).rejects(new UsernameExistsException({ message: 'exists', $metadata: {} }));
    cognito.on(AdminGetUserCommand).resolves({ Username: SUB, UserAttributes: [{ Name: 'sub', Value: SUB }] });
    expect(await directory().invite({ ...invitation, role: 'prefecture_staff', orgCode: '140007', bureau: '総務局' })).toEqual({ userId: SUB, existed: true });
    expect(sent().slice(1)).toEqual([
      ['AdminGetUser', { UserPoolId: POOL, Username: 'taro@city.yokohama.example' }],
      [
        'AdminUpdateUserAttributes',
        {
          UserPoolId: POOL,
          Username: SUB,
          UserAttributes: [
            { Name: 'name', Value: '横浜 太郎' },
            { Name: 'custom:orgCode', Value: '140007' },
            { Name: 'custom:bureau', Value: '総務局' },
          ],
        },
      ],
      ['AdminAddUserToGroup', { UserPoolId: POOL, Username: SUB, GroupName: 'prefecture_staff' }],
    ]);
  });

  it('a move changes the attributes; a role change adds the new group before removing the old', async () => {
    cognito.onAnyCommand().resolves({});
    const before = { ...invitation, role: 'prefecture_staff' as const, orgCode: '140007', bureau: '総務局' };
    await directory().update(SUB, before, { ...invitation });
    expect(sent()).toEqual([
      [
        'AdminUpdateUserAttributes',
        {
          UserPoolId: POOL,
          Username: SUB,
          UserAttributes: [
            { Name: 'name', Value: '横浜 太郎' },
            { Name: 'custom:orgCode', Value: '141003' },
            // Cleared with an empty value: the function may not delete attributes.
            { Name: 'custom:bureau', Value: '' },
          ],
        },
      ],
      ['AdminAddUserToGroup', { UserPoolId: POOL, Username: SUB, GroupName: 'municipal_staff' }],
      ['AdminRemoveUserFromGroup', { UserPoolId: POOL, Username: SUB, GroupName: 'prefecture_staff' }],
    ]);
    cognito.resetHistory();
    await directory().update(SUB, invitation, invitation);
    expect(sent()).toEqual([]);
  });

  it('disable blocks sign-in and signs the user out everywhere; enable, resets and sign-out send one request each', async () => {
    cognito.onAnyCommand().resolves({});
    const d = directory();
    await d.disable(SUB);
    await d.enable(SUB);
    await d.resetPassword(SUB);
    await d.resetMfa(SUB);
    await d.signOutEverywhere(SUB);
    const user = { UserPoolId: POOL, Username: SUB };
    expect(sent()).toEqual([
      ['AdminDisableUser', user],
      ['AdminUserGlobalSignOut', user],
      ['AdminEnableUser', user],
      ['AdminResetUserPassword', user],
      ['AdminSetUserMFAPreference', { ...user, SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false } }],
      ['AdminUserGlobalSignOut', user],
    ]);
  });

  it('uses every admin action infra grants, and no other (COGNITO_ADMIN_ACTIONS is the IAM policy’s list)', async () => {
    const used = new Set<string>();
    cognito.onAnyCommand().resolves({ User: { Attributes: [{ Name: 'sub', Value: SUB }] } });
    const d = directory();
    await d.invite(invitation);
    await d.update(SUB, invitation, { ...invitation, role: 'prefecture_admin', orgCode: '140007' });
    for (const action of [d.disable, d.enable, d.resetPassword, d.resetMfa, d.signOutEverywhere]) await action(SUB);
    for (const [action] of sent()) used.add(action);
    cognito.reset();
    cognito.on(AdminCreateUserCommand).rejects(new UsernameExistsException({ message: 'exists', $metadata: {} }));
    cognito.on(AdminGetUserCommand).resolves({ UserAttributes: [{ Name: 'sub', Value: SUB }] });
    await directory().invite(invitation);
    for (const [action] of sent()) used.add(action);
    expect([...used].sort()).toEqual([...COGNITO_ADMIN_ACTIONS].sort());
  });
});
