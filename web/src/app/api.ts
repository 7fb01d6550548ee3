import type { ApiError as ApiErrorBody, FieldError, ImportRowError } from '../../../shared/api/errors';
import type { LocalizedText } from '../../../shared/localized';
import { goToSignIn, renewSession, token } from './session';

/** An error answer of the API, with its bilingual message and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedText,
    readonly fields: FieldError[] = [],
    readonly rows: ImportRowError[] = [],
    readonly current?: unknown,
  ) {
    super(text.ja);
  }
}

const NETWORK_ERROR: LocalizedText = {
  ja: 'サーバーに接続できませんでした。通信環境を確認して、もう一度お試しください。',
  en: 'Could not reach the server. Check your connection and try again.',
};

async function toApiError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as ApiErrorBody;
    const e = body.error;
    return new ApiError(res.status, e.code, e.message, e.fields, e.rows, e.current);
  } catch {
    return new ApiError(res.status, 'http_error', { ja: `サーバーエラー（${res.status}）が発生しました。`, en: `Server error (${res.status}).` });
  }
}

/**
 * Calls the API with the session's token. A 401 (expired or revoked token) renews the session once with the
 * refresh token and asks again; if the provider refuses, the session ends and sign-in comes back to this page.
 */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const sent = token();
  let res = await send(path, init, sent);
  if (res.status === 401 && sent) {
    // Another request may have renewed the token meanwhile: then only this one is asked again.
    const renewed = token() !== sent || (await renewSession());
    if (renewed && token()) res = await send(path, init, token());
    if (res.status === 401) {
      goToSignIn();
      // The page is being left: nothing should render this request's error meanwhile.
      return new Promise<never>(() => undefined);
    }
  }
  if (!res.ok) throw await toApiError(res);
  return res;
}

async function send(path: string, init: RequestInit, bearer: string | null): Promise<Response> {
  const headers = new Headers(init.headers);
  if (bearer) headers.set('authorization', `Bearer ${bearer}`);
  if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  try {
    return await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(0, 'network', NETWORK_ERROR);
  }
}

export const getJson = async <T>(path: string): Promise<T> => (await apiFetch(path)).json() as Promise<T>;

export const sendJson = async <T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown): Promise<T> =>
  (await apiFetch(path, { method, body: JSON.stringify(body) })).json() as Promise<T>;

/** Downloads an authenticated file through a Blob, so the token never appears in a URL. */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const blob = await (await apiFetch(path)).blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Every item of a paginated list (`{ items, nextCursor }`), following the cursor; for lists of a few hundred at most. */
export async function getAllPages<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page = await getJson<{ items: T[]; nextCursor?: string }>(`${path}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
