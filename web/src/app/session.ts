import { createSignal } from 'solid-js';

const KEY = 'kanagawa-dx-portal.token';

/**
 * The bearer token, kept in sessionStorage (gone when the tab closes) and
 * never in a URL.
 */
const [token, setTokenSignal] = createSignal<string | null>(sessionStorage.getItem(KEY));

export { token };

export function setToken(value: string | null) {
  if (value) sessionStorage.setItem(KEY, value);
  else sessionStorage.removeItem(KEY);
  setTokenSignal(value);
}
