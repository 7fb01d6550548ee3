import { createSignal } from 'solid-js';

export type Lang = 'ja' | 'en';

const BASE_KEY = 'kanagawa-dx-portal.lang';
const [lang, setLangSignal] = createSignal<Lang>('ja');
let storageKey = BASE_KEY;

function apply(value: Lang) {
  setLangSignal(value);
  document.documentElement.lang = value;
}

/**
 * Japanese by default; English when the user chose it. The choice is kept
 * per user in this browser (a shared office PC keeps each person's).
 */
export function useLanguageOf(userId: string | undefined) {
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
