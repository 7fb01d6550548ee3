import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from './client';

/**
 * True when the table answers. A GetItem of a key that never exists: it needs
 * only the data permissions the function already has (DescribeTable would not).
 */
export async function tableIsReachable(): Promise<boolean> {
  try {
    await ddb().send(new GetCommand({ TableName: tableName(), Key: { pk: 'HEALTH', sk: 'HEALTH' } }));
    return true;
  } catch {
    return false;
  }
}
