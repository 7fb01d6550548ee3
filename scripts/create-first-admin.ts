/**
 * `npm run create-first-admin -- --email <address> --name <氏名> [--stack KanagawaDxPortal] [--region ap-northeast-1]`
 *
 * After `cdk deploy`: creates the first prefecture administrator, in Cognito (which e-mails a temporary password)
 * and in the portal's table, audited as the system. It reads the stack's outputs (UserPoolId, TableName) with the
 * AWS CLI and acts with the same credentials (AWS_PROFILE or the default profile), which need
 * cloudformation:DescribeStacks, cognito-idp:AdminCreateUser / AdminGetUser / AdminUpdateUserAttributes /
 * AdminAddUserToGroup on the pool, and dynamodb:GetItem / TransactWriteItems on the table. Safe to run again.
 * Every later account is invited from the portal's 利用者管理 page.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { userInviteSchema } from '../shared/api/users';
import { config, overrideConfig } from '../functions/platform/config';
import { createFirstAdmin } from '../functions/features/users/first-admin';

/** The stack's name (STACK_NAME in infra/portal-stack.ts, not imported: that would load the whole CDK library). */
const STACK_NAME = 'KanagawaDxPortal';

function fail(ja: string, en: string): never {
  console.error(`エラー: ${ja}\nError: ${en}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, stack: { type: 'string', default: STACK_NAME }, region: { type: 'string' } },
});
const input = z.object({ email: userInviteSchema.shape.email, name: userInviteSchema.shape.name }).safeParse({ email: values.email, name: values.name });
if (!input.success) {
  fail(
    '--email（メールアドレス）と --name（氏名）を指定してください。例: npm run create-first-admin -- --email taro@pref.kanagawa.lg.jp --name "神奈川 太郎"',
    'Give --email and --name, e.g. npm run create-first-admin -- --email taro@pref.kanagawa.lg.jp --name "Taro Kanagawa".',
  );
}

function aws(args: string[]): string {
  try {
    return execFileSync('aws', [...args, ...(values.region ? ['--region', values.region] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    return fail(`AWS CLI が失敗しました（認証情報とリージョンを確認してください）: ${detail}`, `The AWS CLI failed (check the credentials and the region): ${detail}`);
  }
}

const outputs = Object.fromEntries(
  (JSON.parse(aws(['cloudformation', 'describe-stacks', '--stack-name', values.stack!, '--query', 'Stacks[0].Outputs', '--output', 'json'])) as { OutputKey: string; OutputValue: string }[] | null ?? []).map(
    (o) => [o.OutputKey, o.OutputValue],
  ),
);
const { UserPoolId: userPoolId, TableName: tableName } = outputs;
if (!userPoolId || !tableName) fail(`スタック ${values.stack} に UserPoolId と TableName の出力がありません。先に cdk deploy してください。`, `Stack ${values.stack} has no UserPoolId and TableName outputs. Run cdk deploy first.`);

// The pool's id begins with its region (ap-northeast-1_xxxx): the SDK clients work there.
const region = values.region ?? userPoolId.split('_')[0]!;
process.env.AWS_REGION = region;
overrideConfig({ authMode: 'cognito', tableName, cognitoUserPoolId: userPoolId, region, dynamodbEndpoint: undefined });

const { userId, created } = await createFirstAdmin(config().homePrefecture, input.data);
console.log(
  created
    ? `県の管理者 ${input.data.email} を作成しました（userId ${userId}）。仮パスワードをメールで送りました。\nCreated the prefecture administrator ${input.data.email} (userId ${userId}); Cognito has e-mailed a temporary password.`
    : `${input.data.email} はすでに登録されています（userId ${userId}）。何も変更していません。\n${input.data.email} exists already (userId ${userId}); nothing was changed.`,
);
