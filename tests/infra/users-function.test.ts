import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
import { COGNITO_ADMIN_ACTIONS } from '../../functions/features/users/cognito-directory';
import { only, portalTemplate, type CfnResource } from './support';

let template: Template;
let resources: Record<string, CfnResource>;
let api: CfnResource & { id: string };
let users: CfnResource & { id: string };

const byId = (id: string) => ({ id, ...resources[id]! });
/** Every statement of the policies attached to a function's role. */
function statementsOf(fn: CfnResource): { Effect: string; Action: string | string[]; Resource: unknown }[] {
  const roleId = fn.Properties.Role['Fn::GetAtt'][0] as string;
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => JSON.stringify(p.Properties.Roles).includes(roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement);
}
const actionsOf = (s: { Action: string | string[] }) => [s.Action].flat();

beforeAll(() => {
  const built = portalTemplate();
  template = built.template;
  resources = template.toJSON().Resources as Record<string, CfnResource>;
  const { stack } = built;
  api = byId(stack.getLogicalId(stack.api.handler.node.defaultChild as never));
  users = byId(stack.getLogicalId(stack.api.usersHandler.node.defaultChild as never));
});

describe('the user-administration function', () => {
  it('is built like the API function: runtime, architecture, memory, timeout, tracing, JSON logs kept a year', () => {
    for (const key of ['Runtime', 'Architectures', 'MemorySize', 'Timeout', 'TracingConfig', 'Handler']) {
      expect(users.Properties[key], key).toEqual(api.Properties[key]);
    }
    expect(users.Properties.LoggingConfig.LogFormat).toBe('JSON');
    const logGroupId = users.Properties.LoggingConfig.LogGroup.Ref as string;
    expect(logGroupId).not.toBe(api.Properties.LoggingConfig.LogGroup.Ref);
    expect(resources[logGroupId]).toMatchObject({ Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 365 } });
  });

  it('is told the table, Cognito mode, the user pool, the app client and the cursor key, and nothing of attachments', () => {
    const variables = users.Properties.Environment.Variables as Record<string, unknown>;
    expect(variables).toEqual({
      TABLE_NAME: { Ref: only(template, 'AWS::DynamoDB::Table').id },
      AUTH_MODE: 'cognito',
      COGNITO_USER_POOL_ID: { Ref: only(template, 'AWS::Cognito::UserPool').id },
      COGNITO_CLIENT_ID: { Ref: only(template, 'AWS::Cognito::UserPoolClient').id },
      CURSOR_SECRET: api.Properties.Environment.Variables.CURSOR_SECRET,
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it('may call exactly the Admin* actions user administration uses, on the user pool’s ARN only', () => {
    const pool = only(template, 'AWS::Cognito::UserPool');
    const cognito = statementsOf(users).filter((s) => actionsOf(s).some((a) => a.startsWith('cognito-idp:')));
    expect(cognito).toHaveLength(1);
    expect(cognito[0]!.Effect).toBe('Allow');
    expect(cognito[0]!.Resource).toEqual({ 'Fn::GetAtt': [pool.id, 'Arn'] });
    expect(actionsOf(cognito[0]!).sort()).toEqual(
      [
        'cognito-idp:AdminAddUserToGroup',
        'cognito-idp:AdminCreateUser',
        'cognito-idp:AdminDisableUser',
        'cognito-idp:AdminEnableUser',
        'cognito-idp:AdminGetUser',
        'cognito-idp:AdminRemoveUserFromGroup',
        'cognito-idp:AdminResetUserPassword',
        'cognito-idp:AdminSetUserMFAPreference',
        'cognito-idp:AdminUpdateUserAttributes',
        'cognito-idp:AdminUserGlobalSignOut',
      ].sort(),
    );
  });

  it('may call every action the Cognito directory sends, and no other (functions/features/users/cognito-directory.ts)', () => {
    const cognito = statementsOf(users).find((s) => actionsOf(s).some((a) => a.startsWith('cognito-idp:')))!;
    expect(actionsOf(cognito).sort()).toEqual(COGNITO_ADMIN_ACTIONS.map((a) => `cognito-idp:${a}`).sort());
  });

  it('reads and writes the table like the API, and cannot reach the attachments bucket', () => {
    const table = only(template, 'AWS::DynamoDB::Table');
    const onTable = statementsOf(users).filter((s) => JSON.stringify(s.Resource).includes(table.id));
    expect(onTable).toHaveLength(1);
    const apiOnTable = statementsOf(api).filter((s) => JSON.stringify(s.Resource).includes(table.id));
    expect(actionsOf(onTable[0]!).sort()).toEqual(actionsOf(apiOnTable[0]!).sort());
    expect(JSON.stringify(statementsOf(users))).not.toMatch(/s3:|AttachmentsBucket/);
  });

  it('no other role of the stack may administer users', () => {
    const usersRole = users.Properties.Role['Fn::GetAtt'][0] as string;
    for (const [id, p] of Object.entries(template.findResources('AWS::IAM::Policy'))) {
      if (JSON.stringify(p.Properties.Roles).includes(usersRole)) continue;
      expect(JSON.stringify(p.Properties.PolicyDocument), id).not.toMatch(/cognito-idp/);
    }
  });
});

describe('the HTTP API’s routes to it', () => {
  it('sends every method of /api/users and everything below it to the users function; the rest stays on $default', () => {
    const integrations = Object.entries(template.findResources('AWS::ApiGatewayV2::Integration'));
    const [usersIntegration] = integrations.find(([, i]) => JSON.stringify(i.Properties.IntegrationUri) === JSON.stringify({ 'Fn::GetAtt': [users.id, 'Arn'] }))!;
    expect(integrations.find(([id]) => id === usersIntegration)![1].Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
    const routes = (Object.values(template.findResources('AWS::ApiGatewayV2::Route')) as CfnResource[]).map((r) => r.Properties);
    const target = { 'Fn::Join': ['', ['integrations/', { Ref: usersIntegration }]] };
    expect(routes.filter((r) => JSON.stringify(r.Target) === JSON.stringify(target)).map((r) => r.RouteKey).sort()).toEqual(['ANY /api/users', 'ANY /api/users/{proxy+}']);
    expect(routes.map((r) => r.RouteKey).sort()).toEqual(['$default', 'ANY /api/users', 'ANY /api/users/{proxy+}']);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'apigateway.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [users.id, 'Arn'] },
    });
  });

  it('outputs the function’s name', () => {
    expect(template.findOutputs('UsersFunctionName').UsersFunctionName!.Value).toEqual({ Ref: users.id });
  });
});
