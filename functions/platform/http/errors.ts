import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError, ImportRowError } from '../../../shared/api/errors';
import type { LocalizedText } from '../../../shared/localized';

/**
 * An error that becomes a 4xx (or 503) response with a message a person can
 * act on. Routes and services throw it; the error middleware renders it.
 */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly text: LocalizedText,
    readonly extra: { fields?: FieldError[]; rows?: ImportRowError[]; current?: unknown; allowedActions?: string[] } = {},
  ) {
    super(text.en);
  }
}

export const notFound = (what: LocalizedText) =>
  new HttpError(404, 'not_found', {
    ja: `${what.ja}が見つかりません。番号や年度をご確認ください。`,
    en: `${what.en} was not found. Check the number and the fiscal year.`,
  });

export const forbidden = (text: LocalizedText) => new HttpError(403, 'forbidden', text);

export const badRequest = (text: LocalizedText, fields?: FieldError[]) =>
  new HttpError(400, 'invalid_input', text, { fields });

export const unauthenticated = () =>
  new HttpError(401, 'unauthenticated', {
    ja: 'サインインが必要です。もう一度サインインしてください。',
    en: 'You need to sign in. Please sign in again.',
  });

export const versionConflict = (current: unknown) =>
  new HttpError(
    409,
    'version_conflict',
    {
      ja: '他の職員が先にこのデータを更新しました。最新の内容を確認してから、もう一度保存してください。',
      en: 'Someone else saved this item first. Review the current values, then save again.',
    },
    { current },
  );
