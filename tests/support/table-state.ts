import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from '../../functions/platform/db/client';

/**
 * Every item of the test's table, as sorted canonical JSON: compared before
 * and after a run of refused requests to prove nothing was written. (A Scan
 * is fine here: this is a test's check, not a request path.)
 */
export async function tableState(): Promise<string[]> {
  const items: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await ddb().send(new ScanCommand({ TableName: tableName(), ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []).map(withoutSignInBookkeeping).map((i) => JSON.stringify(i, Object.keys(i).sort())));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort();
}

/**
 * A user's last sign-in is written on the first request of each new token (functions/features/users/), refused or
 * not: it is the portal noting who signed in, not something the refused request wrote.
 */
function withoutSignInBookkeeping(item: Record<string, unknown>): Record<string, unknown> {
  if (item.type !== 'user') return item;
  const { lastSignInAt: _lastSignInAt, ...rest } = item;
  return rest;
}
