import { z } from 'zod';
import type { FieldError } from '../api/errors';
import type { LocalizedText } from '../localized';

type Issue = z.core.$ZodIssue;
type LocaleError = (issue: Issue) => string | { message: string } | undefined | null;

let locales: { ja: LocaleError; en: LocaleError } | undefined;

/** zod 4's own Japanese and English messages for built-in checks, made once on first use. */
function localeErrors() {
  locales ??= {
    ja: z.locales.ja().localeError as unknown as LocaleError,
    en: z.locales.en().localeError as unknown as LocaleError,
  };
  return locales;
}

const text = (out: ReturnType<LocaleError>, fallback: string) => (typeof out === 'string' ? out : out?.message) ?? fallback;

/** A missing field reads better as "required" than as "expected string, received undefined". */
function isMissing(issue: Issue): boolean {
  return issue.code === 'invalid_type' && ('input' in issue ? issue.input === undefined : /received undefined/.test(issue.message));
}

/** A value of each type zod names, so that its locales can name the type an input had. */
const SAMPLE_OF_TYPE: Record<string, () => unknown> = {
  string: () => '',
  number: () => 0,
  nan: () => Number.NaN,
  boolean: () => false,
  bigint: () => BigInt(0),
  symbol: () => Symbol('sample'),
  function: () => () => undefined,
  null: () => null,
  array: () => [],
  object: () => ({}),
};

/**
 * zod leaves the input out of its issues (unless parsed with reportInput), so
 * its locales would say "received undefined" of a value that was there. The
 * issue's own message, made while the input was at hand, names the type it had
 * ("…, received string"): a value of that type is put back for the locales.
 * Where the type cannot be recovered (a class such as Date), the "received"
 * clause is dropped instead.
 */
function withInput(issue: Issue): { issue: Issue; recovered: boolean } {
  if (issue.code !== 'invalid_type' || 'input' in issue) return { issue, recovered: true };
  const received = /received (\w+)/.exec(issue.message)?.[1]?.toLowerCase();
  const sample = received ? SAMPLE_OF_TYPE[received] : undefined;
  return sample ? { issue: { ...issue, input: sample() } as Issue, recovered: true } : { issue, recovered: false };
}

/** Type names in Japanese: zod's ja locale leaves most in English (「booleanが期待されました」). */
const JA_TYPE: Record<string, string> = {
  string: '文字列',
  number: '数値',
  int: '整数',
  nan: 'NaN（数値でない値）',
  boolean: '真偽値（true / false）',
  bigint: '整数',
  symbol: 'シンボル',
  function: '関数',
  null: 'null',
  undefined: '未入力',
  array: '配列',
  object: 'オブジェクト',
  date: '日付',
};

/** The Japanese of a wrong-type issue, in words a person uses rather than zod's type names. */
function wrongTypeJa(issue: Issue, input: unknown, recovered: boolean): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  const expected = JA_TYPE[issue.expected] ?? issue.expected;
  if (!recovered) return `${expected}を入力してください。`;
  const type = input === null ? 'null' : Array.isArray(input) ? 'array' : Number.isNaN(input) ? 'nan' : typeof input;
  return `${expected}を入力してください（${JA_TYPE[type] ?? type}が入力されています）。`;
}


/**
 * One issue's message in both languages: the schema's own bilingual text
 * (see `bilingual`), "required" for a missing field, or else zod's ja / en locales.
 */
export function issueMessage(issue: Issue): LocalizedText {
  const params = (issue as { params?: Partial<LocalizedText> }).params;
  if (params?.ja && params.en) return { ja: params.ja, en: params.en };
  const ja = JAPANESE_OF.get(issue.message);
  if (ja) return { ja, en: issue.message };
  if (isMissing(issue)) return { ja: 'この項目は必須です。', en: 'This field is required.' };
  const locale = localeErrors();
  const { issue: full, recovered } = withInput(issue);
  const en = text(locale.en(full), issue.message);
  return {
    ja: wrongTypeJa(issue, (full as { input?: unknown }).input, recovered) ?? text(locale.ja(full), '入力内容が正しくありません。'),
    // Without the input's type, the "received" clause would be wrong ("received undefined"): drop it.
    en: recovered ? en : en.replace(/, received \w+$/, ''),
  };
}

/** zod issues as field errors: the path joined with '.' ('' for the whole value), and a message in Japanese and English. */
export function formatZodIssues(issues: readonly Issue[]): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issueMessage(issue) }));
}

/**
 * Japanese texts of messages given in both languages, by their English text.
 * zod 4 keeps `params` only on custom refinements; built-in checks (min, max,
 * type) keep just the message, so the Japanese is found again through it.
 */
const JAPANESE_OF = new Map<string, string>();

/**
 * A zod check's message in both languages (read back by issueMessage), for
 * refinements and built-in checks alike:
 * `z.number().max(100, bilingual('100以下で入力してください。', 'Enter 100 or less.'))`,
 * `.refine(fn, bilingual(ja, en))`.
 */
export function bilingual(ja: string, en: string) {
  JAPANESE_OF.set(en, ja);
  return { message: en, params: { ja, en } };
}
