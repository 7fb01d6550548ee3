import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../../../shared/api/plans';
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

/**
 * The Put of one audit record, to go into the same transaction as the change
 * it records, so a change never lands without its record (or the reverse).
 */
export function auditPut(input: AuditInput, id: string = randomUUID()): TransactItem {
  const record: AuditRecord = { id, ...input };
  // Records are only ever added: the guard makes a reused id fail rather than overwrite.
  return guardedPut({ ...keys.audit(input.entity), sk: `${input.at}#${id}`, type: 'audit', ...record }, 0);
}

/** The audit trail of one entity, newest first. */
export async function listAudit(entity: string, limit: number, cursor?: string): Promise<Page<AuditRecord>> {
  const page = await queryPage<AuditRecord & { pk: string; sk: string; type: string }>(
    {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.audit(entity).pk },
      ScanIndexForward: false,
    },
    limit,
    cursor,
  );
  return { items: page.items.map(({ pk: _pk, sk: _sk, type: _type, ...record }) => record), nextCursor: page.nextCursor };
}
