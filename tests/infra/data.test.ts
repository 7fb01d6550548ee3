import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { GLOBAL_SECONDARY_INDEXES, TABLE_KEY } from '../../functions/platform/db/table-schema';
import { only, portalTemplate } from './support';

let template: Template;
beforeAll(() => {
  template = portalTemplate().template;
});

describe('DynamoDB table', () => {
  it('is one on-demand table with point-in-time recovery, deletion protection and KMS encryption', () => {
    const table = only(template, 'AWS::DynamoDB::Table');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      // SSEEnabled: the AWS-managed KMS key (aws/dynamodb) rather than the AWS-owned default.
      SSESpecification: { SSEEnabled: true },
    });
  });

  it('is kept when the stack is deleted or the table replaced', () => {
    const table = only(template, 'AWS::DynamoDB::Table');
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });

  it('has the key schema and indexes of functions/platform/db/table-schema.ts, all string keys, projections ALL', () => {
    const { Properties: p } = only(template, 'AWS::DynamoDB::Table');
    expect(p.KeySchema).toEqual([
      { AttributeName: TABLE_KEY.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEY.sortKey, KeyType: 'RANGE' },
    ]);
    expect(p.GlobalSecondaryIndexes).toEqual(
      GLOBAL_SECONDARY_INDEXES.map((g) => ({
        IndexName: g.indexName,
        KeySchema: [
          { AttributeName: g.partitionKey, KeyType: 'HASH' },
          { AttributeName: g.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    expect(p.AttributeDefinitions).toHaveLength(2 + 2 * GLOBAL_SECONDARY_INDEXES.length);
    for (const attribute of p.AttributeDefinitions) expect(attribute.AttributeType).toBe('S');
  });

  it('is bound to the API, user-administration and reminder functions: its name in TABLE_NAME, item read/write on the table and its indexes only', () => {
    const table = only(template, 'AWS::DynamoDB::Table');
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ TABLE_NAME: { Ref: table.id } }) },
    });
    const tableArn = { 'Fn::GetAtt': [table.id, 'Arn'] };
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string[]; Resource: unknown }[]);
    const onTable = statements.filter((s) => JSON.stringify(s.Resource).includes(table.id));
    expect(onTable).toHaveLength(3);
    for (const statement of onTable) {
      expect(statement.Resource).toEqual([tableArn, { 'Fn::Join': ['', [tableArn, '/index/*']] }]);
      expect(statement.Action).toEqual(
        expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:Query', 'dynamodb:BatchWriteItem', 'dynamodb:ConditionCheckItem']),
      );
    }
    // No table administration and no dynamodb:* anywhere.
    const actions = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    expect(actions).not.toMatch(/"dynamodb:\*"|dynamodb:(DeleteTable|UpdateTable|CreateTable)/);
  });
});
