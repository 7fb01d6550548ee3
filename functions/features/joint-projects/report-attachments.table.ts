import { REPORT_STATES, STATE_RULES } from '../../../shared/joint-projects/workflow';
import { tableName } from '../../platform/db/client';
import { defineItem } from '../../platform/db/item-type';
import type { TransactItem } from '../../platform/db/transactions';
import { threadAttachmentCounterItem } from '../../platform/files/attachments.table';
import { progressReportItem, reportKeys, type ReportKey } from './progress-reports.table';

/**
 * A report's files are thread files in its thread partition (functions/platform/files/attachments.table.ts writes
 * them); this names the counter by the report, as the stored-items test does.
 */
export const attachmentCounterItem = defineItem<{ count: number }, ReportKey>({
  type: threadAttachmentCounterItem.type,
  key: (prefCode, k) => threadAttachmentCounterItem.key(prefCode, { pk: reportKeys.thread(prefCode, k) }),
});

/** The report is still with the municipality (an editable state: STATE_RULES): files may change only then. */
export function reportEditableCheck(prefCode: string, key: ReportKey): TransactItem {
  const editable = REPORT_STATES.filter((s) => STATE_RULES[s].editable);
  const values = Object.fromEntries(editable.map((s, i) => [`:s${i}`, s]));
  return {
    ConditionCheck: {
      TableName: tableName(),
      Key: progressReportItem.key(prefCode, key),
      ConditionExpression: `#st IN (${Object.keys(values).join(', ')})`,
      ExpressionAttributeNames: { '#st': 'state' },
      ExpressionAttributeValues: values,
    },
  };
}
