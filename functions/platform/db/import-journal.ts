import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from './client';
import { defineItem, UNPREFIXED } from './item-type';
import { keys } from './keys';
import { queryAll } from './query';
import type { TransactItem } from './transactions';

/**
 * The journal that lets an import of more than one transaction be undone.
 * One partition per import scope (a plan, or one organisation's values):
 * a HEAD item says an import is under way (who, since when, last sign of
 * life), and one CHUNK item per written batch holds what undoes that batch.
 * Each chunk is written in the same transaction as its batch, so a chunk
 * exists exactly when its batch landed.
 */

/** What undoes one change of an import, and what the rollback records about it. */
export interface UndoEntry {
  undo: TransactItem;
  entity: string;
  fiscalYear?: number;
  /** The imported content that the rollback removes. */
  imported: unknown;
  /** The content that the rollback restores (absent: the item did not exist). */
  restored: unknown;
}

export interface JournalHead {
  importId: string;
  startedAt: string;
  startedBy: string;
  /** Epoch milliseconds of the last written batch: an import silent for long is taken to be dead. */
  heartbeatAt: number;
}

export interface JournalChunk {
  importId: string;
  sequence: number;
  entries: UndoEntry[];
}

/** The head of a scope's journal: present exactly while an import is under way. */
export const journalHeadItem = defineItem<JournalHead, { scope: string }>({
  type: 'importJournal',
  key: (_prefCode, k) => ({ ...keys.importJournal(k.scope), sk: 'HEAD' }),
});

/** A chunk as stored: its entries as JSON text, so an undo item round-trips exactly, whatever attributes it has. */
interface StoredChunk {
  importId: string;
  sequence: number;
  entries: string;
}

/** One chunk of an import, in write order within its scope. */
export const journalChunkItem = defineItem<StoredChunk, { scope: string; importId: string; sequence: number }>({
  type: 'importChunk',
  key: (_prefCode, k) => ({ ...keys.importJournal(k.scope), sk: `CHUNK#${k.importId}#${String(k.sequence).padStart(5, '0')}` }),
});

const headKey = (scope: string) => journalHeadItem.key(UNPREFIXED, { scope });

/** The import under way in a scope, if any (strongly consistent: it decides whether another may start). */
export async function getJournalHead(scope: string): Promise<JournalHead | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: headKey(scope), ConsistentRead: true }));
  return out.Item ? journalHeadItem.fromItem(out.Item) : undefined;
}

/** Every chunk of a scope (of any import), in write order. Bounded: an import's chunks are removed when it ends. */
export async function listJournalChunks(scope: string): Promise<JournalChunk[]> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :chunk)',
    ExpressionAttributeValues: { ':pk': keys.importJournal(scope).pk, ':chunk': 'CHUNK#' },
    ConsistentRead: true,
  });
  return items.map(journalChunkItem.fromItem).map((c) => ({ ...c, entries: JSON.parse(c.entries) as UndoEntry[] }));
}

/** Starts an import: fails (ConditionFailedError) if one is already under way in the scope. */
export function journalHeadCreate(scope: string, head: JournalHead): TransactItem {
  return { Put: { TableName: tableName(), Item: journalHeadItem.toItem(UNPREFIXED, head, { scope }), ConditionExpression: 'attribute_not_exists(pk)' } };
}

/** A sign of life, in each batch's transaction; it fails if the import was taken over as dead. */
export function journalHeartbeat(scope: string, importId: string, at: number): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: headKey(scope),
      UpdateExpression: 'SET heartbeatAt = :at',
      ConditionExpression: 'importId = :id',
      ExpressionAttributeValues: { ':at': at, ':id': importId },
    },
  };
}

/** Ends an import (committed or rolled back). */
export function journalHeadDelete(scope: string, importId: string): TransactItem {
  return {
    Delete: { TableName: tableName(), Key: headKey(scope), ConditionExpression: 'importId = :id', ExpressionAttributeValues: { ':id': importId } },
  };
}

export function journalChunkPut(scope: string, chunk: JournalChunk): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: journalChunkItem.toItem(UNPREFIXED, { ...chunk, entries: JSON.stringify(chunk.entries) }, { ...chunk, scope }),
    },
  };
}

export function journalChunkDelete(scope: string, importId: string, sequence: number): TransactItem {
  return { Delete: { TableName: tableName(), Key: journalChunkItem.key(UNPREFIXED, { scope, importId, sequence }) } };
}

/** The size of a chunk's entries as stored, to keep each chunk well under DynamoDB's 400 KB item limit. */
export const entriesBytes = (entries: UndoEntry[]) => Buffer.byteLength(JSON.stringify(entries));
