import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { HttpError } from '../http/errors';

/** DynamoDB unreachable or throttled: the client should retry shortly, not see a failure of ours. */
function isUnavailable(error: unknown): boolean {
  const e = error as { name?: string; code?: string; cause?: { code?: string }; $metadata?: { httpStatusCode?: number } };
  const code = e.code ?? e.cause?.code;
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH'].includes(code ?? '') ||
    ['TimeoutError', 'ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'ServiceUnavailable'].includes(e.name ?? '')
  );
}

/** Renders every error as `{ error: { code, message: { ja, en }, … } }`. */
export function handleError(error: Error, c: Context) {
  if (error instanceof HttpError) {
    return c.json({ error: { code: error.code, message: error.text, ...error.extra } }, error.status);
  }
  if (error instanceof HTTPException) {
    // Raised by Hono's own middleware, e.g. the body size limit (413) or a malformed JSON body (400).
    const status = error.status;
    const text =
      status === 413
        ? { ja: '送信された内容が大きすぎます。ファイルを分けて送ってください。', en: 'The request is too large. Send smaller files.' }
        : { ja: '送信された内容を読み取れませんでした。JSON 形式を確認してください。', en: 'The request could not be read. Check that it is valid JSON.' };
    return c.json({ error: { code: status === 413 ? 'too_large' : 'malformed_request', message: text } }, status);
  }
  if (isUnavailable(error)) {
    c.header('Retry-After', '5');
    return c.json(
      {
        error: {
          code: 'unavailable',
          message: {
            ja: 'データベースに一時的に接続できません。しばらくしてからもう一度お試しください。',
            en: 'The database is temporarily unavailable. Please try again shortly.',
          },
        },
      },
      503,
    );
  }
  console.error(JSON.stringify({ level: 'error', message: error.message, name: error.name, stack: error.stack }));
  return c.json(
    {
      error: {
        code: 'internal_error',
        message: {
          ja: 'システムで予期しないエラーが発生しました。時間をおいてもう一度お試しください。解決しない場合は管理者にお問い合わせください。',
          en: 'An unexpected error occurred. Please try again later, and contact the administrator if it persists.',
        },
      },
    },
    500,
  );
}
