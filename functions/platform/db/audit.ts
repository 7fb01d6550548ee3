import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../../../shared/api/plans';
import { defineItem, UNPREFIXED } from './item-type';
import { keys } from './keys';
import { queryPage } from './query';
import type { Page } from './pagination';
import { guardedPut, type TransactItem } from './transactions';

export interface AuditInput {
  entity: string;
  action: string;
  actor: { userId: string; role: string };
  at: string;
  fiscalYear?: number;
  before?: unknown;
  after?: unknown;
  reason?: string;
}

/** One audit record: in its entity's partition, in time order (the id keeps records of the same instant apart). */
export const auditItem = defineItem<AuditRecord, Pick<AuditRecord, 'entity' | 'at' | 'id'>>({
  type: 'audit',
  key: (_prefCode, r) => ({ ...keys.audit(r.entity), sk: `${r.at}#${r.id}` }),
});

/**
 * The Put of one audit record, to go into the same transaction as the change
 * it records, so a change never lands without its record (or the reverse).
 */
export function auditPut(input: AuditInput, id: string = randomUUID()): TransactItem {
  const record: AuditRecord = { id, ...input };
  // Records are only ever added: the guard makes a reused id fail rather than overwrite.
  return guardedPut(auditItem.toItem(UNPREFIXED, record), 0);
}

/** The audit trail of one entity, newest first. */
export async function listAudit(entity: string, limit: number, cursor?: string): Promise<Page<AuditRecord>> {
  const page = await queryPage<Record<string, unknown>>(
    {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.audit(entity).pk },
      ScanIndexForward: false,
    },
    limit,
    cursor,
  );
  return { items: page.items.map(auditItem.fromItem), nextCursor: page.nextCursor };
}
