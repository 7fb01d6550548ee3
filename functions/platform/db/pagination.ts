import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { invalidInput } from '../../../shared/errors';
import { cursorKey } from './cursor-key';

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** A DynamoDB key has at most four attributes (table and index, partition and sort). */
const MAX_KEY_ATTRIBUTES = 4;

/**
 * What a cursor is bound to: a hash of the query that made it (table, index,
 * key condition and its values), checked as AES-GCM's additional data. A
 * cursor from one list is then refused by every other list, even where both
 * lists read keys of the same shape.
 */
export function cursorScope(query: unknown): Buffer {
  return createHash('sha256').update(JSON.stringify(query)).digest();
}

const invalidCursor = () =>
  invalidInput({
    ja: 'ページ位置（cursor）が正しくありません。一覧を最初から読み込み直してください。',
    en: 'The page cursor is not valid. Reload the list from the start.',
  });

/**
 * Seals a position in a list (DynamoDB's LastEvaluatedKey, or an offset) into
 * an opaque cursor: AES-256-GCM, so the client can neither read the table's
 * key layout from it nor forge one. base64url(iv ‖ ciphertext ‖ tag).
 */
export function encodeCursor(position: Record<string, unknown> | undefined, scope: Buffer): string | undefined {
  if (!position) return undefined;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', cursorKey(), iv);
  cipher.setAAD(scope);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(position), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/**
 * Opens a cursor made by encodeCursor for the same scope. Anything else
 * (random text, a cursor of another list, one cut short or made with another
 * secret) is a 400 with a message saying to start the list again, never an
 * error from the database.
 */
export function decodeCursor(cursor: string | undefined, scope: Buffer): Record<string, unknown> | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const bytes = Buffer.from(cursor, 'base64url');
  // Node's base64url decoder skips characters outside the alphabet: only a cursor that re-encodes to itself is ours.
  if (bytes.length < IV_BYTES + TAG_BYTES + 2 || bytes.toString('base64url') !== cursor) throw invalidCursor();
  let position: unknown;
  try {
    const decipher = createDecipheriv('aes-256-gcm', cursorKey(), bytes.subarray(0, IV_BYTES));
    decipher.setAAD(scope);
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
    position = JSON.parse(plain.toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!isPosition(position)) throw invalidCursor();
  return position;
}

/** A key as DynamoDB returns it through the document client: a few string or number attributes. */
function isPosition(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.length <= MAX_KEY_ATTRIBUTES && entries.every(([, v]) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
}
