import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ROLES } from '../../shared/auth/roles';

/** Custom attributes, as claims in the ID token (`custom:orgCode`, `custom:bureau`). */
export const CUSTOM_ATTRIBUTES = { orgCode: 'orgCode', bureau: 'bureau' } as const;

/**
 * Cognito: who may sign in. The four roles are user-pool groups (the
 * `cognito:groups` claim); a user's organisation (全国地方公共団体コード, six
 * digits) and bureau are custom attributes that the API reads from the ID
 * token. Accounts are created by administrators only.
 */
export class PortalAuth extends Construct {
  readonly userPool: UserPool;
  /** The SPA's app client: public (no secret), SRP sign-in. */
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      // Staff accounts are issued by the prefecture's administrators, never self-registered.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      standardAttributes: { email: { required: true, mutable: true }, fullname: { required: false, mutable: true } },
      // Mutable so administrators can move a user (AdminUpdateUserAttributes); the app client below cannot write them.
      customAttributes: {
        [CUSTOM_ATTRIBUTES.orgCode]: new StringAttribute({ minLen: 6, maxLen: 6, mutable: true }),
        [CUSTOM_ATTRIBUTES.bureau]: new StringAttribute({ minLen: 0, maxLen: 64, mutable: true }),
      },
      // Users are Japanese local-government staff: messages in Japanese first, English second.
      userInvitation: {
        emailSubject: '【かながわDX連携ポータル】アカウントのご案内 / Your portal account',
        // Each placeholder once, with bilingual labels.
        emailBody:
          'かながわDX連携ポータルのアカウントが作成されました。<br>Your Kanagawa DX Collaboration Portal account has been created.<br><br>' +
          'ユーザー名 / User name: {username}<br>仮パスワード / Temporary password: {####}<br><br>' +
          '初回サインイン時に新しいパスワードを設定し、認証アプリ（TOTP）を登録してください。<br>' +
          'At your first sign-in you will set a new password and register an authenticator app (TOTP).',
      },
      userVerification: {
        emailSubject: '【かながわDX連携ポータル】確認コード / Verification code',
        emailBody: '確認コード / Verification code: {####}',
      },
      // A changed e-mail address takes effect only once verified, so a typo cannot lock the user out.
      keepOriginal: { email: true },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Accounts can edit public-sector plan data: TOTP for everyone (no SMS: cost, SIM-swap risk).
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { sms: false, otp: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus + full-function threat protection: compromised-credential checks and adaptive auth (cdk-nag COG8).
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      // The users, their groups and attributes cannot be recreated from anything else.
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    for (const role of ROLES) {
      new CfnUserPoolGroup(this, `Group-${role}`, { userPoolId: this.userPool.userPoolId, groupName: role });
    }
    this.client = this.userPool.addClient('WebClient', {
      // A browser app cannot keep a secret.
      generateSecret: false,
      authFlows: { userSrp: true },
      // The SPA signs in with SRP against the Cognito API, not the hosted UI: no OAuth flows, callback URLs or implicit grant.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      // The claims functions/platform/auth/cognito-verifier.ts reads from the ID token.
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(CUSTOM_ATTRIBUTES.orgCode, CUSTOM_ATTRIBUTES.bureau),
      // Users must not move themselves to another organisation or bureau, nor rename themselves (the portal
      // shows names from its own user records, shared/users/user.ts): only the e-mail, which as a required
      // attribute has to stay writable, is theirs to change.
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true }),
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });
  }
}
