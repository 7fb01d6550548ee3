import { randomUUID } from 'node:crypto';
import { conflict, DomainError } from '../../../shared/errors';
import { auditPut } from './audit';
import {
  entriesBytes,
  getJournalHead,
  journalChunkDelete,
  journalChunkPut,
  journalHeadCreate,
  journalHeadDelete,
  journalHeartbeat,
  listJournalChunks,
  type JournalChunk,
  type JournalHead,
  type UndoEntry,
} from './import-journal';
import { ConditionFailedError, MAX_TRANSACTION_ITEMS, transactWrite, type TransactItem } from './transactions';

/**
 * Imports larger than one DynamoDB transaction (100 items), made all or
 * nothing. Each batch lands in one transaction together with its audit
 * records and the journal chunk that undoes it; the import ends with one
 * commit transaction. An import that fails is rolled back at once; one that
 * dies (process killed, Lambda timed out) is rolled back by the next import of
 * the same scope once it has been silent for a minute. Readers may see a batch
 * of a running import, never a dead one's after the rollback.
 */

/** An import silent for this long is taken to be dead (a batch takes well under a second). */
export const STALE_IMPORT_MS = 60_000;
/** Two items per change (the change and its audit record) + the journal chunk + the heartbeat = 100. */
const CHANGES_PER_BATCH = (MAX_TRANSACTION_ITEMS - 2) / 2;
/** Well under DynamoDB's 400 KB item limit for the chunk that holds a batch's undo entries. */
const CHUNK_BYTES = 300_000;

export interface ImportChange {
  put: TransactItem;
  audit: TransactItem;
  undo: UndoEntry;
  /** Items that must land in the same transaction as the change (e.g. its erratum), each with its own undo. */
  companions?: { put: TransactItem; undo: UndoEntry }[];
}

const itemsOf = (c: ImportChange) => 2 + (c.companions?.length ?? 0);
const undoEntriesOf = (c: ImportChange) => [c.undo, ...(c.companions ?? []).map((x) => x.undo)];

export interface Actor {
  userId: string;
  role: string;
}

export interface AllOrNothingImport {
  /** What the import covers (a plan, one organisation's values): one import at a time per scope. */
  scope: string;
  actor: Actor;
  changes: ImportChange[];
  /** Written in the commit transaction, e.g. the plan record that makes a new year visible (≤ 99 items). */
  commitItems?: TransactItem[];
  /** Progress, after each batch. */
  onBatch?: (written: number, total: number) => void | Promise<void>;
  clock?: () => number;
}

/** Writes every change, or (once it has failed or died) none of them. */
export async function importAllOrNothing(run: AllOrNothingImport): Promise<void> {
  const { scope, actor } = run;
  const clock = run.clock ?? Date.now;
  await recoverInterruptedImport(scope, actor, clock);
  const importId = randomUUID();
  const head: JournalHead = { importId, startedAt: new Date(clock()).toISOString(), startedBy: actor.userId, heartbeatAt: clock() };
  try {
    await transactWrite([journalHeadCreate(scope, head)]);
  } catch (error) {
    if (error instanceof ConditionFailedError) throw importInProgress((await getJournalHead(scope)) ?? head);
    throw error;
  }
  const batches = packBatches(run.changes);
  try {
    for (const [sequence, batch] of batches.entries()) {
      await transactWrite([
        ...batch.flatMap((c) => [c.put, c.audit, ...(c.companions ?? []).map((x) => x.put)]),
        journalChunkPut(scope, { importId, sequence, entries: batch.flatMap(undoEntriesOf) }),
        journalHeartbeat(scope, importId, clock()),
      ]);
      await run.onBatch?.(sequence + 1, batches.length);
    }
    await transactWrite([...(run.commitItems ?? []), journalHeadDelete(scope, importId)]);
  } catch (error) {
    // Undo what landed now if the database lets us; if it does not, the next import of the scope will.
    await rollBack(scope, importId, actor, clock).catch(() => undefined);
    throw error;
  }
  // The import is committed: its chunks are now only litter, which the next import also sweeps.
  await deleteChunks(scope, batches.map((_, sequence) => ({ importId, sequence }))).catch(() => undefined);
}

/**
 * Rolls back an import of the scope that died half way, and sweeps the
 * chunks a committed import left behind. Refuses (409) while another import
 * is alive. Returns whether anything was rolled back.
 */
export async function recoverInterruptedImport(scope: string, actor: Actor, clock: () => number = Date.now): Promise<boolean> {
  const head = await getJournalHead(scope);
  if (head && clock() - head.heartbeatAt < STALE_IMPORT_MS) throw importInProgress(head);
  if (head) await rollBack(scope, head.importId, actor, clock);
  const litter = await listJournalChunks(scope);
  await deleteChunks(scope, litter);
  return head !== undefined;
}

/** Undoes an import's batches, newest first; each chunk is undone in one transaction with its removal, so a rollback can itself be interrupted and resumed. */
async function rollBack(scope: string, importId: string, actor: Actor, clock: () => number): Promise<void> {
  const chunks = (await listJournalChunks(scope)).filter((c) => c.importId === importId).reverse();
  for (const chunk of chunks) {
    let entries = chunk.entries;
    for (;;) {
      const at = new Date(clock()).toISOString();
      try {
        await transactWrite([
          ...entries.map((e) => e.undo),
          ...entries.map((e) =>
            auditPut({
              entity: e.entity,
              action: 'import.rollback',
              actor,
              at,
              fiscalYear: e.fiscalYear,
              before: e.imported,
              after: e.restored,
              reason: `中断された取込 ${importId} の取消し / rollback of the interrupted import ${importId}`,
            }),
          ),
          journalChunkDelete(scope, importId, chunk.sequence),
        ]);
        break;
      } catch (error) {
        if (!(error instanceof ConditionFailedError)) throw error;
        // Someone edited these items after the import wrote them: their edit stands, the rest is undone.
        const edited = new Set(error.failedIndexes.filter((i) => i < entries.length));
        if (edited.size === 0) throw error;
        entries = entries.filter((_, i) => !edited.has(i));
      }
    }
  }
  await transactWrite([journalHeadDelete(scope, importId)]).catch((error) => {
    if (!(error instanceof ConditionFailedError)) throw error; // already ended by another recovery
  });
}

async function deleteChunks(scope: string, chunks: Pick<JournalChunk, 'importId' | 'sequence'>[]): Promise<void> {
  for (let i = 0; i < chunks.length; i += MAX_TRANSACTION_ITEMS) {
    await transactWrite(chunks.slice(i, i + MAX_TRANSACTION_ITEMS).map((c) => journalChunkDelete(scope, c.importId, c.sequence)));
  }
}

/** Splits the changes into batches that fit one transaction and one journal chunk each. */
export function packBatches(changes: ImportChange[]): ImportChange[][] {
  const batches: ImportChange[][] = [];
  let current: ImportChange[] = [];
  let bytes = 0;
  let items = 0;
  for (const change of changes) {
    const size = entriesBytes(undoEntriesOf(change));
    if (current.length > 0 && (items + itemsOf(change) > CHANGES_PER_BATCH * 2 || bytes + size > CHUNK_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
      items = 0;
    }
    current.push(change);
    bytes += size;
    items += itemsOf(change);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function importInProgress(head: JournalHead): DomainError {
  return conflict('import_in_progress', {
    ja: `${head.startedBy} が ${head.startedAt} に始めた取込が進行中です。終わってから、もう一度取り込んでください（1分以上応答のない取込は、次の取込の前に自動的に取り消されます）。`,
    en: `An import started by ${head.startedBy} at ${head.startedAt} is still running. Import again once it has finished (an import silent for over a minute is undone automatically before the next one).`,
  });
}
