import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import {
  conflict,
  DomainError,
  type DomainErrorKind,
  forbidden,
  invalidInput,
  notFound,
  unauthenticated,
  versionConflict,
} from '../../shared/errors';
import { handleError, STATUS_OF_KIND } from '../../functions/platform/http/error-handler';

/** The statuses clients have always received for each kind (before domain errors, services threw them directly). */
const EXPECTED: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unavailable: 503,
};

/** Answers a request by throwing `error`, through the same error handler as functions/app.ts. */
async function answer(error: Error) {
  const app = new Hono();
  app.onError(handleError);
  app.get('/', () => {
    throw error;
  });
  const res = await app.request('/');
  return { status: res.status, retryAfter: res.headers.get('Retry-After'), body: await res.json() };
}

describe('domain errors and their HTTP answers', () => {
  it('maps every kind to its status', () => {
    expect(STATUS_OF_KIND).toEqual(EXPECTED);
  });

  it.each(Object.entries(EXPECTED))('renders a %s error with status %i', async (kind, status) => {
    const text = { ja: '例', en: 'Example' };
    const { status: got, body, retryAfter } = await answer(new DomainError(kind as DomainErrorKind, `some_${kind}`, text));
    expect(got).toBe(status);
    expect(body).toEqual({ error: { code: `some_${kind}`, message: text } });
    expect(retryAfter).toBe(kind === 'unavailable' ? '5' : null);
  });

  it('renders the helpers with their codes, messages and extras as before', async () => {
    const fields = [{ path: 'value', message: { ja: '数値を入力してください。', en: 'Enter a number.' } }];
    expect(await answer(invalidInput({ ja: '誤り', en: 'Wrong' }, fields))).toEqual({
      status: 400,
      retryAfter: null,
      body: { error: { code: 'invalid_input', message: { ja: '誤り', en: 'Wrong' }, fields } },
    });
    expect(await answer(invalidInput({ ja: '誤り', en: 'Wrong' }))).toMatchObject({ body: { error: { code: 'invalid_input', message: { ja: '誤り', en: 'Wrong' } } } });
    expect((await answer(unauthenticated())).body).toEqual({
      error: { code: 'unauthenticated', message: { ja: 'サインインが必要です。もう一度サインインしてください。', en: 'You need to sign in. Please sign in again.' } },
    });
    expect((await answer(unauthenticated())).status).toBe(401);
    expect(await answer(forbidden({ ja: '権限がありません。', en: 'Not allowed.' }))).toEqual({
      status: 403,
      retryAfter: null,
      body: { error: { code: 'forbidden', message: { ja: '権限がありません。', en: 'Not allowed.' } } },
    });
    expect(await answer(notFound({ ja: '施策', en: 'The measure' }))).toEqual({
      status: 404,
      retryAfter: null,
      body: {
        error: {
          code: 'not_found',
          message: { ja: '施策が見つかりません。番号や年度をご確認ください。', en: 'The measure was not found. Check the number and the fiscal year.' },
        },
      },
    });
    const current = { id: '1-1', version: 3 };
    expect(await answer(versionConflict(current))).toEqual({
      status: 409,
      retryAfter: null,
      body: {
        error: {
          code: 'version_conflict',
          message: {
            ja: '他の職員が先にこのデータを更新しました。最新の内容を確認してから、もう一度保存してください。',
            en: 'Someone else saved this item first. Review the current values, then save again.',
          },
          current,
        },
      },
    });
    expect(await answer(conflict('invalid_transition', { ja: 'できません。', en: 'Not now.' }, { allowedActions: ['submit'] }))).toEqual({
      status: 409,
      retryAfter: null,
      body: { error: { code: 'invalid_transition', message: { ja: 'できません。', en: 'Not now.' }, allowedActions: ['submit'] } },
    });
  });
});
