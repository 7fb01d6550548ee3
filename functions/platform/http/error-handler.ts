import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { routePath } from 'hono/route';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, type DomainErrorKind } from '../../../shared/errors';
import { errorFields, log } from '../logging/log';

/** DynamoDB unreachable or throttled: the client should retry shortly, not see a failure of ours. */
function isUnavailable(error: unknown): boolean {
  const e = error as { name?: string; code?: string; cause?: { code?: string }; $metadata?: { httpStatusCode?: number } };
  const code = e.code ?? e.cause?.code;
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH'].includes(code ?? '') ||
    ['TimeoutError', 'ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'ServiceUnavailable'].includes(e.name ?? '')
  );
}

/** The one place a domain error's kind becomes an HTTP status; a new kind does not compile until it is added here. */
export const STATUS_OF_KIND: Record<DomainErrorKind, ContentfulStatusCode> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unavailable: 503,
};

/** Where the failure happened, for the log line: the same ids and route as the request's own line (request-log.ts). */
const where = (c: Context) => ({ requestId: c.get('requestId') as string | undefined, route: routePath(c), method: c.req.method });

/**
 * Renders every error as `{ error: { code, message: { ja, en }, … } }`.
 *
 * 4xx are the caller's mistake: only their code reaches the request's log line.
 * 503 is logged as a warning with the AWS error's name (a throttle or an outage
 * to watch, not a bug); anything else is a bug, logged with its message and
 * stack (e-mail addresses masked: see errorFields).
 */
export function handleError(error: Error, c: Context) {
  if (error instanceof DomainError) {
    c.set('errorCode', error.code);
    // The same hint as the database-unavailable answer below: worth retrying shortly.
    if (error.kind === 'unavailable') c.header('Retry-After', '5');
    return c.json({ error: { code: error.code, message: error.text, ...error.extra } }, STATUS_OF_KIND[error.kind]);
  }
  if (error instanceof HTTPException) {
    // Raised by Hono's own middleware, e.g. the body size limit (413) or a malformed JSON body (400).
    const status = error.status;
    c.set('errorCode', status === 413 ? 'too_large' : 'malformed_request');
    const text =
      status === 413
        ? { ja: '送信された内容が大きすぎます。ファイルを分けて送ってください。', en: 'The request is too large. Send smaller files.' }
        : { ja: '送信された内容を読み取れませんでした。JSON 形式を確認してください。', en: 'The request could not be read. Check that it is valid JSON.' };
    return c.json({ error: { code: status === 413 ? 'too_large' : 'malformed_request', message: text } }, status);
  }
  if (isUnavailable(error)) {
    c.set('errorCode', 'unavailable');
    log.warn('database unavailable', { ...where(c), errorName: error.name, cause: (error as { code?: string }).code ?? (error.cause as { code?: string } | undefined)?.code });
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
  c.set('errorCode', 'internal_error');
  log.error('unhandled error', { ...where(c), ...errorFields(error, { stack: true }) });
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
