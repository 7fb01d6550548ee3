/**
 * Every environment variable the API reads, in one place. The defaults make
 * `npm start` and the tests work with nothing set; the CDK stack sets the
 * AWS values (TABLE_NAME, AUTH_MODE=cognito, COGNITO_*).
 */
export interface Config {
  tableName: string;
  /** DynamoDB endpoint; unset in AWS, DynamoDB Local's address locally. */
  dynamodbEndpoint: string | undefined;
  region: string;
  authMode: 'local' | 'cognito';
  localJwtSecret: string;
  cognitoUserPoolId: string | undefined;
  cognitoClientId: string | undefined;
  /** The prefecture whose demo users local sign-in offers (and whose data `npm start` seeds). */
  homePrefecture: string;
  /** Local data directory (DynamoDB Local's files, the mail outbox, attachments); unused in AWS. */
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

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const authMode = env.AUTH_MODE === 'cognito' ? 'cognito' : 'local';
  return {
    tableName: env.TABLE_NAME ?? 'kanagawa-dx-portal',
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT ?? (authMode === 'local' ? 'http://127.0.0.1:8000' : undefined),
    region: env.AWS_REGION ?? 'ap-northeast-1',
    authMode,
    // Only ever used with AUTH_MODE=local, which the deployed stack never sets.
    localJwtSecret: env.LOCAL_JWT_SECRET ?? 'kanagawa-dx-portal-local-only-secret',
    cognitoUserPoolId: env.COGNITO_USER_POOL_ID,
    cognitoClientId: env.COGNITO_CLIENT_ID,
    homePrefecture: env.HOME_PREFECTURE ?? '140007',
    dataDir: env.DATA_DIR ?? '.data',
    mailMode: env.MAIL_MODE === 'ses' ? 'ses' : 'outbox',
    mailFrom: env.MAIL_FROM ?? 'dx-portal@pref.kanagawa.lg.jp',
    portalUrl: env.PORTAL_URL ?? `http://127.0.0.1:${env.PORT ?? 8787}`,
    fileStore: env.FILE_STORE === 's3' ? 's3' : 'local',
    attachmentsBucket: env.ATTACHMENTS_BUCKET,
  };
}

let current: Config | undefined;

/** The process-wide configuration, read once. */
export function config(): Config {
  current ??= readConfig();
  return current;
}

/** Tests and the local server point the process at their own table or endpoint. */
export function overrideConfig(patch: Partial<Config>): Config {
  current = { ...config(), ...patch };
  return current;
}
