import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { ddb, tableName } from '../../functions/platform/db/client';
import { queryPage } from '../../functions/platform/db/query';
import { useTestTable } from '../support/test-table';

/**
 * A filtered list (the FAQ's search, consultations by status) must not come back empty while matches lie further
 * on: DynamoDB counts a Query's Limit before its filter, so queryPage asks again for what the page still lacks.
 */
const PARTITION = 'TEST#FILTERED';
const filtered = {
  KeyConditionExpression: 'pk = :p',
  FilterExpression: '#s = :published',
  ExpressionAttributeNames: { '#s': 'status' },
  ExpressionAttributeValues: { ':p': PARTITION, ':published': 'published' },
};

beforeAll(async () => {
  await useTestTable({ seed: false });
  // 60 items of which only the last five match: the first Query of 3 evaluates three that do not.
  for (let i = 0; i < 60; i++) {
    const sk = `E#${String(i).padStart(2, '0')}`;
    await ddb().send(new PutCommand({ TableName: tableName(), Item: { pk: PARTITION, sk, status: i >= 55 ? 'published' : 'withdrawn' } }));
  }
});

describe('a filtered page', () => {
  it('holds as many matches as asked for, and its cursor leads exactly to the rest', async () => {
    const first = await queryPage<{ sk: string }>(filtered, 3, undefined);
    expect(first.items.map((i) => i.sk)).toEqual(['E#55', 'E#56', 'E#57']);
    const second = await queryPage<{ sk: string }>(filtered, 3, first.nextCursor);
    expect(second.items.map((i) => i.sk)).toEqual(['E#58', 'E#59']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('an unfiltered page is still one Query of the page size', async () => {
    const { ExpressionAttributeValues, KeyConditionExpression } = filtered;
    const page = await queryPage<{ sk: string }>({ KeyConditionExpression, ExpressionAttributeValues: { ':p': ExpressionAttributeValues[':p'] } }, 4, undefined);
    expect(page.items.map((i) => i.sk)).toEqual(['E#00', 'E#01', 'E#02', 'E#03']);
    expect(page.nextCursor).toBeDefined();
  });
});
