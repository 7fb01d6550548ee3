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
  if (isMissing(issue)) return { ja: 'この項目は必須です。', en: 'This field is required.' };
  const { ja, en } = localeErrors();
  return { ja: text(ja(issue), '入力内容が正しくありません。'), en: text(en(issue), issue.message) };
}

/** zod issues as field errors: the path joined with '.', and a message in Japanese and English. */
export function formatZodIssues(issues: readonly Issue[]): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issueMessage(issue) }));
}

/** A custom zod check's message in both languages (read back by issueMessage). */
export const bilingual = (ja: string, en: string) => ({ message: en, params: { ja, en } });
