import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { FaqEntry } from '../../../shared/consultations/faq';
import { faqSearchText } from '../../../shared/consultations/faq-search';
import { ddb, tableName } from '../../platform/db/client';
import { defineItem } from '../../platform/db/item-type';
import { queryAll, queryPage } from '../../platform/db/query';
import type { Page } from '../../platform/db/pagination';
import { listFilter } from './filters';
import { guardedPut, type TransactItem } from '../../platform/db/transactions';

/**
 * The FAQ (よくある相談): one partition per prefecture, an entry per item (`E#{id}`). The entry keeps its text folded
 * for search (`searchText`, internal), so a query is one paginated Query whose filter is `contains` on it.
 */
export const faqKeys = {
  partition: (prefCode: string) => `${prefCode}#FAQ`,
  entity: (prefCode: string, id: string) => `${prefCode}#FAQ#${id}`,
};

export const faqEntryItem = defineItem<FaqEntry & { searchText?: string }, Pick<FaqEntry, 'id'>>({
  type: 'faqEntry',
  key: (prefCode, k) => ({ pk: faqKeys.partition(prefCode), sk: `E#${k.id}` }),
  internal: ['searchText'],
});

export const faqEntryPut = (prefCode: string, e: FaqEntry, expectedVersion: number): TransactItem =>
  guardedPut(faqEntryItem.toItem(prefCode, { ...e, searchText: faqSearchText(e) }), expectedVersion);

export async function getFaqEntry(prefCode: string, id: string): Promise<FaqEntry | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: faqEntryItem.key(prefCode, { id }), ConsistentRead: true }));
  return out.Item ? faqEntryItem.fromItem(out.Item) : undefined;
}

/** One page of entries holding every term, optionally of one category and only published ones. */
export async function listFaqEntries(
  prefCode: string,
  filter: { terms: string[]; category?: string; publishedOnly: boolean },
  limit: number,
  cursor?: string,
): Promise<Page<FaqEntry>> {
  const { expression, values } = listFilter(
    { category: filter.category, status: filter.publishedOnly ? 'published' : undefined },
    { attribute: 'searchText', values: filter.terms },
  );
  const page = await queryPage<Record<string, unknown>>(
    {
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :e)',
      ExpressionAttributeValues: { ':p': faqKeys.partition(prefCode), ':e': 'E#', ...values },
      ...expression,
    },
    limit,
    cursor,
  );
  return { items: page.items.map(faqEntryItem.fromItem), nextCursor: page.nextCursor };
}

/** Every published entry (search documents): the FAQ of one prefecture is a few hundred entries at most. */
export async function allPublishedFaq(prefCode: string): Promise<FaqEntry[]> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :p AND begins_with(sk, :e)',
    FilterExpression: '#s = :published',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ':p': faqKeys.partition(prefCode), ':e': 'E#', ':published': 'published' },
  });
  return items.map(faqEntryItem.fromItem);
}
