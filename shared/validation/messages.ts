import { z } from 'zod';
import type { FieldError } from '../api/errors';
import type { LocalizedText } from '../localized';

type Issue = z.core.$ZodIssue;
type LocaleError = (issue: Issue) => string | { message: string } | undefined | null;

let locales: { ja: LocaleError; en: LocaleError } | undefined;

function localeErrors() {
  locales ??= {
    ja: z.locales.ja().localeError as unknown as LocaleError,
    en: z.locales.en().localeError as unknown as LocaleError,
  };
  return locales;
}

const text = (out: ReturnType<LocaleError>, fallback: string) =>
  (typeof out === 'string' ? out : out?.message) ?? fallback;

/** A missing field reads better as "required" than as "expected string, received undefined". */
function isMissing(issue: Issue): boolean {
  return issue.code === 'invalid_type' && /received undefined/.test(issue.message);
}

/** One issue's message in both languages: the schema's own bilingual text, or zod's ja/en locales. */
export function issueMessage(issue: Issue): LocalizedText {
  const params = (issue as { params?: Partial<LocalizedText> }).params;
  if (params?.ja && params.en) return { ja: params.ja, en: params.en };
  const ja = JAPANESE_OF.get(issue.message);
  if (ja) return { ja, en: issue.message };
  if (isMissing(issue)) return { ja: 'この項目は必須です。', en: 'This field is required.' };
  const locale = localeErrors();
  return { ja: text(locale.ja(issue), '入力内容が正しくありません。'), en: text(locale.en(issue), issue.message) };
}

/** zod issues as field errors: the path joined with '.', and a message in Japanese and English. */
export function formatZodIssues(issues: readonly Issue[]): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issueMessage(issue) }));
}

/**
 * Japanese texts of messages given in both languages, by their English text.
 * zod 4 keeps `params` only on custom refinements; built-in checks (min, max,
 * type) keep just the message, so the Japanese is found again through it.
 */
const JAPANESE_OF = new Map<string, string>();

/** A zod check's message in both languages (read back by issueMessage), for refinements and built-in checks alike. */
export function bilingual(ja: string, en: string) {
  JAPANESE_OF.set(en, ja);
  return { message: en, params: { ja, en } };
}
