import { createSignal } from 'solid-js';

export type Lang = 'ja' | 'en';

const BASE_KEY = 'kanagawa-dx-portal.lang';
const [lang, setLangSignal] = createSignal<Lang>('ja');
let storageKey = BASE_KEY;

function apply(value: Lang) {
  setLangSignal(value);
  document.documentElement.lang = value;
}

/** The signed-in user's id from the token's `sub` claim (only to file the language choice under; the server verifies tokens). */
function subjectOf(token: string | null): string | undefined {
  try {
    const payload = JSON.parse(atob(token!.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: unknown };
    return typeof payload.sub === 'string' ? payload.sub : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Japanese by default; English when the user chose it. The choice is kept
 * per user in this browser (a shared office PC keeps each person's), keyed
 * by the token's subject so it applies from the first paint after sign-in.
 */
export function useLanguageOf(token: string | null) {
  const userId = subjectOf(token);
  storageKey = userId ? `${BASE_KEY}.${userId}` : BASE_KEY;
  apply(localStorage.getItem(storageKey) === 'en' ? 'en' : 'ja');
}

export function setLang(value: Lang) {
  localStorage.setItem(storageKey, value);
  apply(value);
}

export { lang };

/** The text in the chosen language; reactive inside JSX and effects. */
export const tr = (ja: string, en: string): string => (lang() === 'en' ? en : ja);

/** A { ja, en } text (API messages, catalogue names) in the chosen language. */
export const pick = (text: { ja: string; en: string }): string => text[lang()];

/** {@link pick} for a text that may be missing (an optional field error). */
export const pickIf = (text: { ja: string; en: string } | undefined): string | undefined => (text ? pick(text) : undefined);
