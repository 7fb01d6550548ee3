import { versionConflict } from '../../../shared/errors';
import { ConditionFailedError, transactWrite, type TransactItem } from './transactions';

/**
 * Writes a versioned change with its audit record in one transaction. When a
 * version guard fails (someone saved first), answers 409 with the item as it
 * is now, read by `current`, so the client can show what changed.
 */
export async function writeVersioned(items: TransactItem[], current: () => Promise<unknown>): Promise<void> {
  try {
    await transactWrite(items);
  } catch (error) {
    if (error instanceof ConditionFailedError) throw versionConflict(await current());
    throw error;
  }
}
