import type { FieldError, ImportRowError } from './api/errors';
import type { LocalizedText } from './localized';

/**
 * What went wrong, in the domain's words. Only functions/platform/http/error-handler.ts
 * turns a kind into an HTTP status, so services and table code stay free of HTTP.
 */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unavailable';

/** What an error body may carry beside its code and message (see apiErrorSchema in shared/api/errors.ts). */
export interface DomainErrorExtra {
  fields?: FieldError[];
  rows?: ImportRowError[];
  /** The item as it is now, so the client can show what changed. */
  current?: unknown;
  /** The workflow actions possible now. */
  allowedActions?: string[];
}

/** A refusal with a message a person can act on; `code` is the stable identifier clients branch on. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    readonly text: LocalizedText,
    readonly extra: DomainErrorExtra = {},
  ) {
    super(text.en);
  }
}

export const notFound = (what: LocalizedText) =>
  new DomainError('not_found', 'not_found', {
    ja: `${what.ja}が見つかりません。番号や年度をご確認ください。`,
    en: `${what.en} was not found. Check the number and the fiscal year.`,
  });

export const forbidden = (text: LocalizedText) => new DomainError('forbidden', 'forbidden', text);

export const invalidInput = (text: LocalizedText, fields?: FieldError[]) =>
  new DomainError('invalid', 'invalid_input', text, { fields });

export const unauthenticated = () =>
  new DomainError('unauthenticated', 'unauthenticated', {
    ja: 'サインインが必要です。もう一度サインインしてください。',
    en: 'You need to sign in. Please sign in again.',
  });

export const conflict = (code: string, text: LocalizedText, extra: DomainErrorExtra = {}) =>
  new DomainError('conflict', code, text, extra);

export const versionConflict = (current: unknown) =>
  conflict(
    'version_conflict',
    {
      ja: '他の職員が先にこのデータを更新しました。最新の内容を確認してから、もう一度保存してください。',
      en: 'Someone else saved this item first. Review the current values, then save again.',
    },
    { current },
  );
