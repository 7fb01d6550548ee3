import { Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  UserPoolDomain,
  UserPoolEmail,
} from 'aws-cdk-lib/aws-cognito';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { ROLES } from '../../shared/auth/roles';
import { SIGN_IN_CALLBACK_PATH, SIGNED_OUT_PATH, type WebConfig } from '../../shared/auth/web-config';
import { signInBranding } from './sign-in-branding';

/** Custom attributes, as claims in the ID token (`custom:orgCode`, `custom:bureau`). */
export const CUSTOM_ATTRIBUTES = { orgCode: 'orgCode', bureau: 'bureau' } as const;

/**
 * The user pool's admin actions the user-administration function calls
 * (functions/features/users/cognito-directory.ts), and nothing else: no
 * ListUsers, no AdminDeleteUser, no AdminSetUserPassword.
 */
export const USER_ADMIN_ACTIONS = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminResetUserPassword',
  'cognito-idp:AdminSetUserMFAPreference',
  'cognito-idp:AdminUserGlobalSignOut',
] as const;

// Cognito prefix domains: lower-case letters, digits and inner hyphens; AWS reserves names containing these words.
const DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const RESERVED_IN_PREFIX = /aws|amazon|cognito/;

/**
 * The prefix of the managed login domain (`<prefix>.auth.<region>.amazoncognito.com`). Prefixes are unique per
 * region across all AWS accounts, so a fixed name would collide with another deployment of this repository:
 * without `-c authDomainPrefix=…` it is `kanagawa-dx-portal-` and the first eight hex digits of the stack's
 * own id, which stays the same for the life of the stack. It is a plain value, not the domain resource's
 * attribute, so the web front's Content-Security-Policy can name the domain before the user pool exists.
 */
export function authDomainPrefix(scope: Construct, fromContext?: string): string {
  if (fromContext !== undefined) {
    if (!DOMAIN_PREFIX.test(fromContext) || RESERVED_IN_PREFIX.test(fromContext)) {
      throw new Error(
        `authDomainPrefix "${fromContext}" は使えません（英小文字・数字・ハイフン、63 文字まで、aws / amazon / cognito を含まない）。 / ` +
          'authDomainPrefix must be lower-case letters, digits and inner hyphens (at most 63), without "aws", "amazon" or "cognito".',
      );
    }
    return fromContext;
  }
  // AWS::StackId is arn:…:stack/<name>/<guid>; the guid's first group is eight hex digits.
  const guid = Fn.select(2, Fn.split('/', Stack.of(scope).stackId));
  return Fn.join('-', ['kanagawa-dx-portal', Fn.select(0, Fn.split('-', guid))]);
}

/** The managed login pages' origin for a prefix, as UserPoolDomain.baseUrl() builds it. */
export function managedLoginOrigin(scope: Construct, prefix: string): string {
  return `https://${prefix}.auth.${Stack.of(scope).region}.amazoncognito.com`;
}

export interface PortalAuthProps {
  /** The host names the portal is served on (the distribution's, then any custom domain): the app client's redirect targets. */
  webHosts: string[];
  /** The managed login domain's prefix ({@link authDomainPrefix}). */
  domainPrefix: string;
  /** The address Cognito's e-mails come from: the reminders' sender, whose SES identity the operator verifies. */
  mailFrom: string;
}

/**
 * Cognito: who may sign in. The four roles are user-pool groups (the
 * `cognito:groups` claim); a user's organisation (全国地方公共団体コード, six
 * digits) and bureau are custom attributes that the API reads from the ID
 * token. Accounts are created by administrators only, through the
 * user-administration function ({@link grantUserAdministration}).
 *
 * People sign in on Cognito's managed login pages (OpenID Connect,
 * authorization code with PKCE); the web app learns where from /config.json
 * ({@link webConfig}).
 */
export class PortalAuth extends Construct {
  readonly userPool: UserPool;
  /** The managed login domain. */
  readonly domain: UserPoolDomain;
  /** The SPA's app client: public (no secret), authorization-code grant only. */
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, props: PortalAuthProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const mailDomain = props.mailFrom.split('@')[1];
    if (!mailDomain) throw new Error(`mailFrom must be an e-mail address, not "${props.mailFrom}"`);
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
      // Through SES with the reminders' sender (the bare address, as functions/platform/mail/ses.ts sends it): Cognito's
      // own sender allows only a few dozen e-mails a day, too few for April's transfers. The identity is the sender's
      // domain, as for the reminders (infra/constructs/reminders.ts).
      // Cognito sends through its service-linked role (AWSServiceRoleForAmazonCognitoIdpEmailService, created
      // by Cognito on the first deploy), so no role or identity policy is needed here. The stack has no fixed
      // region, so SES's is the stack's own, given explicitly.
      email: UserPoolEmail.withSES({ fromEmail: props.mailFrom, sesVerifiedDomain: mailDomain, sesRegion: stack.region }),
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
      // Cognito checks passwords against compromised credentials only where it sees them: on its managed login pages.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      // The users, their groups and attributes cannot be recreated from anything else.
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    for (const role of ROLES) {
      new CfnUserPoolGroup(this, `Group-${role}`, { userPoolId: this.userPool.userPoolId, groupName: role });
    }

    // Managed login (version 2), not the classic hosted UI. Its language is not a setting of the pool: the web app
    // adds `lang=ja` (or `en`) to every authorize request, and the pages follow it.
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });

    const urls = (path: string) => props.webHosts.map((host) => `https://${host}${path}`);
    this.client = this.userPool.addClient('WebClient', {
      // A browser app cannot keep a secret: a public client, whose code exchange PKCE protects (the web always sends it).
      generateSecret: false,
      // Managed login offers the sign-in methods the client's flows allow (AWS: "Configure authentication methods
      // for managed login"): username and password, so the password reaches Cognito itself and its threat
      // protection checks it against compromised credentials (SRP sign-ins are never checked). No SRP, custom or
      // admin flows. Refresh tokens, for session renewal, are always allowed.
      authFlows: { userSrp: false, userPassword: true, adminUserPassword: false, custom: false, user: false },
      oAuth: {
        // Authorization code only: no implicit grant (tokens in the URL), no client credentials.
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: urls(SIGN_IN_CALLBACK_PATH),
        logoutUrls: urls(SIGNED_OUT_PATH),
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      // The claims functions/platform/auth/claims.ts reads from the ID token.
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

    // Managed login shows nothing until the client has a style: Cognito's look, with the portal's name on the form.
    const branding = new CfnManagedLoginBranding(this, 'Branding', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      ...signInBranding(),
    });
    branding.node.addDependency(this.domain);
  }

  /** The managed login base URL (`https://<prefix>.auth.<region>.amazoncognito.com`). */
  get managedLoginUrl(): string {
    return this.domain.baseUrl();
  }

  /** What the web app reads from /config.json (shared/auth/web-config.ts). */
  webConfig(): WebConfig {
    const stack = Stack.of(this);
    return {
      auth: {
        authority: `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${this.userPool.userPoolId}`,
        clientId: this.client.userPoolClientId,
        // Cognito's discovery document names no end-session endpoint: the web app needs this one.
        signOutEndpoint: `${this.managedLoginUrl}/logout`,
        provider: 'cognito',
      },
    };
  }

  /** Tells a function which user pool and app client issue the ID tokens it verifies (aws-jwt-verify). */
  bindTo(fn: LambdaFunction): void {
    fn.addEnvironment('COGNITO_USER_POOL_ID', this.userPool.userPoolId);
    fn.addEnvironment('COGNITO_CLIENT_ID', this.client.userPoolClientId);
  }

  /** The admin actions of user administration, on this user pool only: for the user-administration function alone. */
  grantUserAdministration(grantee: IGrantable): void {
    this.userPool.grant(grantee, ...USER_ADMIN_ACTIONS);
  }
}
