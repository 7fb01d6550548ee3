import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from '../../platform/db/client';
import { defineItem } from '../../platform/db/item-type';
import { guardedPut, type TransactItem } from '../../platform/db/transactions';

/**
 * One marker per calendar reminder sent (functions/features/shared-measures/calendar-reminders.ts), so that a
 * re-run of the daily job never sends it twice: `{deadline}#{orgCode}#{kind}`, one reminder of each kind per
 * municipality and deadline, whatever measures it lists. The item says only when.
 */
export const valueReminderMarkerItem = defineItem<{ at: string }, { marker: string }>({
  type: 'valueReminder',
  key: (prefCode, k) => ({ pk: `${prefCode}#SM-REMIND`, sk: k.marker }),
});

export const valueReminderMarker = (deadline: string, orgCode: string, kind: string) => `${deadline}#${orgCode}#${kind}`;

/** The marker's Put: fails (ConditionFailedError) when this reminder was already sent. */
export function valueReminderMarkerPut(prefCode: string, marker: string, at: string): TransactItem {
  return guardedPut(valueReminderMarkerItem.toItem(prefCode, { at }, { marker }), 0);
}

/** Which of these reminders were sent already: one BatchGetItem per 100 markers (retrying what comes back). */
export async function sentValueReminders(prefCode: string, markers: readonly string[]): Promise<Set<string>> {
  const sent = new Set<string>();
  const unique = [...new Set(markers)];
  for (let i = 0; i < unique.length; i += 100) {
    let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((marker) => valueReminderMarkerItem.key(prefCode, { marker }));
    while (keys && keys.length > 0) {
      const out = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: keys, ProjectionExpression: 'sk' } } }));
      for (const item of out.Responses?.[tableName()] ?? []) sent.add(item.sk as string);
      keys = out.UnprocessedKeys?.[tableName()]?.Keys as Record<string, unknown>[] | undefined;
    }
  }
  return sent;
}
