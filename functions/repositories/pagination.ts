import { badRequest } from '../http/errors';

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** Opaque cursor for the client: DynamoDB's LastEvaluatedKey, base64url-encoded. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

export function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (key && typeof key === 'object' && !Array.isArray(key)) return key as Record<string, unknown>;
  } catch {
    // fall through to the 400 below
  }
  throw badRequest({
    ja: 'ページ位置（cursor）が正しくありません。一覧を最初から読み込み直してください。',
    en: 'The page cursor is not valid. Reload the list from the start.',
  });
}
