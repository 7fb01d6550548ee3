import { localKey, type LocalKeyPurpose } from '../local/local-secret';

/**
 * Every environment variable the API reads, in one place. Nothing falls back
 * to local mode: `npm start`, the import CLI and the tests choose
 * AUTH_MODE=local themselves, the CDK stack sets AUTH_MODE=cognito with the
 * AWS values, and anything else is refused.
 */
export interface Config {
  tableName: string;
  /** DynamoDB endpoint; unset in AWS, DynamoDB Local's address locally. */
  dynamodbEndpoint: string | undefined;
  region: string;
  authMode: 'local' | 'cognito';
  /** Signs local file links (the stand-in for S3's presigned URLs); derived from DATA_DIR/local-secret. */
  readonly localFileSecret: string;
  /** Key material for opaque pagination cursors: CURSOR_SECRET in AWS, derived from DATA_DIR/local-secret locally. */
  readonly cursorSecret: string;
  cognitoUserPoolId: string | undefined;
  cognitoClientId: string | undefined;
  /** The local OpenID provider's issuer (`<portal origin>/oidc`); the local server sets it from the port it got. */
  localIssuer: string;
  /** The web app's client at the local OpenID provider (Cognito's app client id in AWS: cognitoClientId). */
  localClientId: string;
  /** Lifetime of the local provider's ID tokens (LOCAL_ID_TOKEN_TTL, seconds; Cognito's is an hour): tests shorten it. */
  localIdTokenTtlSeconds: number;
  /**
   * How long a process may trust what it read of a user's record (status, role, organisation, valid-after) before
   * reading it again (USER_CACHE_SECONDS): the longest a disabled or moved user keeps their old access.
   */
  userCacheSeconds: number;
  /** The prefecture whose demo users local sign-in offers (and whose data `npm start` seeds). */
  homePrefecture: string;
  /** Local data directory (DynamoDB Local's files, the mail outbox, attachments, the local secret); unused in AWS. */
  dataDir: string;
  /** Where emails go: SES in AWS, a JSON-lines outbox under dataDir locally (tests read it). */
  mailMode: 'ses' | 'outbox';
  mailFrom: string;
  /** The portal's address, for links in emails. */
  portalUrl: string;
  /** Where attachments are kept: S3 (presigned URLs) in AWS, dataDir/attachments locally. */
  fileStore: 's3' | 'local';
  attachmentsBucket: string | undefined;
}

type SecretName = 'localFileSecret' | 'cursorSecret';
type Settings = Omit<Config, SecretName>;
/** The secrets a configuration was given rather than derives (AWS's CURSOR_SECRET, a test's fixed key). */
const givenSecrets = new WeakMap<Config, Partial<Record<SecretName, string>>>();
/** Each key's purpose locally, and the variable that gives it in AWS (none: it exists only locally). */
const SECRETS: Record<SecretName, { purpose: LocalKeyPurpose; variable?: string }> = {
  localFileSecret: { purpose: 'local-file-link' },
  cursorSecret: { purpose: 'pagination-cursor', variable: 'CURSOR_SECRET' },
};

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], otherwise: T): T {
  if (value === undefined || value === '') return otherwise;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`${name}=${JSON.stringify(value)} は使えません（${allowed.join(' / ')}）。 / ${name} must be one of ${allowed.join(', ')}; it is ${JSON.stringify(value)}.`);
}

function seconds(name: string, value: string | undefined, otherwise: number): number {
  if (value === undefined || value === '') return otherwise;
  const n = Number(value);
  if (Number.isInteger(n) && n >= 0) return n;
  throw new Error(`${name}=${JSON.stringify(value)} は秒数（0 以上の整数）で指定してください。 / ${name} must be a whole number of seconds; it is ${JSON.stringify(value)}.`);
}

function authModeOf(value: string | undefined): Config['authMode'] {
  if (value === 'local' || value === 'cognito') return value;
  throw new Error(
    `AUTH_MODE が${value === undefined ? '設定されていません' : `「${value}」です`}。AWS では cognito、npm start とテストでは local を指定してください。 / ` +
      `AUTH_MODE is ${value === undefined ? 'not set' : JSON.stringify(value)}: set AUTH_MODE=cognito in AWS or AUTH_MODE=local for npm start and the tests. ` +
      'Local sign-in is never a fallback.',
  );
}

/**
 * A configuration whose secrets are read when first used, from the settings'
 * own data directory: a test or script that moves `dataDir` gets that
 * directory's keys, and nothing touches the disk before a key is needed.
 */
function withSecrets(settings: Settings, given: Partial<Record<SecretName, string>>): Config {
  const config = { ...settings } as Config;
  for (const [name, { purpose, variable }] of Object.entries(SECRETS) as [SecretName, (typeof SECRETS)[SecretName]][]) {
    Object.defineProperty(config, name, {
      // Not enumerable: a spread of the config (overrideConfig) re-derives keys for the new data directory.
      enumerable: false,
      get() {
        const value = given[name];
        if (value) return value;
        if (settings.authMode === 'local') return localKey(settings.dataDir, purpose);
        throw new Error(
          variable
            ? `${variable} が設定されていません。 / ${variable} is not set.`
            : 'ローカルの署名鍵は AUTH_MODE=local でのみ使えます。 / Local signing keys exist only with AUTH_MODE=local.',
        );
      },
    });
  }
  givenSecrets.set(config, given);
  return config;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const authMode = authModeOf(env.AUTH_MODE);
  const inAws = authMode === 'cognito';
  const settings: Settings = {
    tableName: env.TABLE_NAME ?? 'kanagawa-dx-portal',
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT || (inAws ? undefined : 'http://127.0.0.1:8000'),
    region: env.AWS_REGION ?? 'ap-northeast-1',
    authMode,
    cognitoUserPoolId: env.COGNITO_USER_POOL_ID,
    cognitoClientId: env.COGNITO_CLIENT_ID,
    localIssuer: env.LOCAL_OIDC_ISSUER ?? `http://127.0.0.1:${env.PORT ?? 8787}/oidc`,
    localClientId: 'portal-web',
    localIdTokenTtlSeconds: seconds('LOCAL_ID_TOKEN_TTL', env.LOCAL_ID_TOKEN_TTL, 3600),
    userCacheSeconds: seconds('USER_CACHE_SECONDS', env.USER_CACHE_SECONDS, 60),
    homePrefecture: env.HOME_PREFECTURE ?? '140007',
    dataDir: env.DATA_DIR || '.data',
    mailMode: oneOf('MAIL_MODE', env.MAIL_MODE, ['ses', 'outbox'], inAws ? 'ses' : 'outbox'),
    mailFrom: env.MAIL_FROM ?? 'dx-portal@pref.kanagawa.lg.jp',
    portalUrl: env.PORTAL_URL ?? `http://127.0.0.1:${env.PORT ?? 8787}`,
    fileStore: oneOf('FILE_STORE', env.FILE_STORE, ['s3', 'local'], inAws ? 's3' : 'local'),
    attachmentsBucket: env.ATTACHMENTS_BUCKET,
  };
  // Local keys come only from the data directory's random secret; AWS passes the cursor key in.
  return withSecrets(settings, inAws ? { cursorSecret: env.CURSOR_SECRET } : {});
}

/** What each deployed function cannot run without (infra/constructs set them; tests/infra checks they do). */
export const REQUIRED_SETTINGS = {
  api: ['AUTH_MODE', 'TABLE_NAME', 'COGNITO_USER_POOL_ID', 'COGNITO_CLIENT_ID', 'FILE_STORE', 'ATTACHMENTS_BUCKET', 'CURSOR_SECRET'],
  reminders: ['AUTH_MODE', 'TABLE_NAME', 'MAIL_MODE', 'MAIL_FROM', 'PORTAL_URL'],
  /** The user-administration function: the API's routes, with IAM for the user pool's admin actions (issue 14). */
  users: ['AUTH_MODE', 'TABLE_NAME', 'COGNITO_USER_POOL_ID', 'COGNITO_CLIENT_ID', 'CURSOR_SECRET'],
} as const;

/**
 * Called when a Lambda function is loaded: a function deployed without its
 * settings fails its init with the names of what is missing, instead of
 * answering with local defaults (a table of the wrong name, local sign-in).
 * A deployed function never runs in local mode.
 */
export function requireSettings(kind: keyof typeof REQUIRED_SETTINGS, env: NodeJS.ProcessEnv = process.env): Config {
  const read = readConfig(env);
  // Local sign-in mints any user's token: it is for npm start and the tests, and its code is not even in the
  // deployed bundle (infra/bundling/function-bundle.ts).
  if (read.authMode === 'local') {
    throw new Error(
      'AUTH_MODE=local は npm start とテスト専用です。配備した関数では起動しません。 / ' +
        `Refusing to start (${kind}): AUTH_MODE=local is for npm start and the tests only, never a deployed function.`,
    );
  }
  const missing: string[] = REQUIRED_SETTINGS[kind].filter((name) => !env[name]);
  if (kind === 'api' && env.FILE_STORE && env.FILE_STORE !== 's3') missing.push('FILE_STORE=s3');
  if (kind === 'api' && env.CURSOR_SECRET && env.CURSOR_SECRET.length < 32) missing.push('CURSOR_SECRET (32+ characters)');
  if (kind === 'reminders' && env.MAIL_MODE && env.MAIL_MODE !== 'ses') missing.push('MAIL_MODE=ses');
  if (missing.length > 0) {
    throw new Error(
      `設定が足りないため起動しません: ${missing.join(', ')}（CDK スタックから配備してください）。 / ` +
        `Refusing to start (${kind}): missing or invalid settings ${missing.join(', ')}. Deploy through the CDK stack, which sets them.`,
    );
  }
  return read;
}

let current: Config | undefined;

/** The process-wide configuration, read once. */
export function config(): Config {
  current ??= readConfig();
  return current;
}

/**
 * Tests and local scripts point the process at their own table, endpoint or
 * data directory. A patch that chooses `authMode` is enough on its own (the
 * environment need not name one); a new `dataDir` brings that directory's keys.
 */
export function overrideConfig(patch: Partial<Config>): Config {
  current ??= readConfig({ ...process.env, ...(patch.authMode && { AUTH_MODE: patch.authMode }), ...(patch.dataDir && { DATA_DIR: patch.dataDir }) });
  const given = { ...givenSecrets.get(current) };
  for (const name of Object.keys(SECRETS) as SecretName[]) if (patch[name]) given[name] = patch[name];
  // Spreading copies the settings only: the secrets are not enumerable, and are derived again for the patched data directory.
  const { localFileSecret: _file, cursorSecret: _cursor, ...settings } = { ...current, ...patch } as Config;
  current = withSecrets(settings, given);
  return current;
}

/**
 * Runs a start-up check; if it fails, prints its message alone before the
 * error propagates (Node then prints the minified bundle line that threw, a
 * megabyte long, after which a short-lived process may not flush the message).
 */
export function startOrExplain(check: () => unknown): void {
  try {
    check();
  } catch (error) {
    console.error((error as Error).message);
    throw error;
  }
}
