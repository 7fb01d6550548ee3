import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { bilingual, formatZodIssues, issueMessage } from '../../shared/validation/messages';

const JAPANESE = /[ぁ-んァ-ヶ一-龠]/;

const schema = z.object({
  rate: z.number().max(100),
  count: z.number(),
  name: z.string(),
  kind: z.enum(['numeric', 'milestone']),
  code: z.string().refine((s) => /^\d{6}$/.test(s), bilingual('団体コードは6桁の数字です。', 'An organisation code is six digits.')),
  percent: z.number().max(100, bilingual('100以下で入力してください。', 'Enter 100 or less.')),
});

describe('validation messages for people, in Japanese and English', () => {
  const result = schema.safeParse({ rate: 120, count: '3', kind: 'other', code: '14', percent: 101 });
  const fields = result.success ? [] : formatZodIssues(result.error.issues);
  const byPath = Object.fromEntries(fields.map((f) => [f.path, f.message]));

  it('give one message per issue, named by its field', () => {
    expect(Object.keys(byPath).sort()).toEqual(['code', 'count', 'kind', 'name', 'percent', 'rate']);
    for (const { message } of fields) {
      expect(message.ja).toMatch(JAPANESE);
      expect(message.en).toMatch(/^[A-Z][a-z]/);
    }
  });

  it('say how big a number may be (zod’s own ja / en locales)', () => {
    expect(byPath.rate!.ja).toContain('100');
    expect(byPath.rate!.ja).toMatch(/以下/);
    expect(byPath.rate!.en).toMatch(/Too big.*100/);
  });

  it('say what type was expected and which was given', () => {
    expect(byPath.count).toEqual({ ja: '数値を入力してください（文字列が入力されています）。', en: 'Invalid input: expected number, received string' });
  });

  it('call a missing field required', () => {
    expect(byPath.name).toEqual({ ja: 'この項目は必須です。', en: 'This field is required.' });
  });

  it('list the allowed options', () => {
    expect(byPath.kind!.ja).toContain('numeric');
    expect(byPath.kind!.en).toContain('milestone');
  });

  it('use the schema’s own bilingual text for custom refinements and for built-in checks', () => {
    expect(byPath.code).toEqual({ ja: '団体コードは6桁の数字です。', en: 'An organisation code is six digits.' });
    expect(byPath.percent).toEqual({ ja: '100以下で入力してください。', en: 'Enter 100 or less.' });
  });

  it('read bilingual text passed as params to a custom issue', () => {
    const custom = z.string().superRefine((_, ctx) => ctx.addIssue({ code: 'custom', message: 'Bad.', params: { ja: '不正です。', en: 'Bad.' } }));
    const issues = custom.safeParse('x').error!.issues;
    expect(issueMessage(issues[0]!)).toEqual({ ja: '不正です。', en: 'Bad.' });
  });

  it('join nested paths with dots, and give "" for the whole value', () => {
    const nested = z.object({ values: z.array(z.object({ subNo: z.number() })) }).safeParse({ values: [{ subNo: 'x' }] });
    expect(nested.success ? [] : formatZodIssues(nested.error.issues).map((f) => f.path)).toEqual(['values.0.subNo']);
    const whole = z.string().safeParse(5);
    expect(formatZodIssues(whole.error!.issues)).toEqual([{ path: '', message: { ja: '文字列を入力してください（数値が入力されています）。', en: 'Invalid input: expected string, received number' } }]);
  });

  it('are right about the type given even when zod kept the input', () => {
    const withInput = z.object({ n: z.number(), s: z.string() }).safeParse({ n: null }, { reportInput: true });
    expect(formatZodIssues(withInput.error!.issues)).toEqual([
      { path: 'n', message: { ja: '数値を入力してください（nullが入力されています）。', en: 'Invalid input: expected number, received null' } },
      { path: 's', message: { ja: 'この項目は必須です。', en: 'This field is required.' } },
    ]);
  });

  it('drop the type given where it cannot be known', () => {
    const date = z.object({ s: z.string() }).safeParse({ s: new Date(0) });
    expect(formatZodIssues(date.error!.issues)[0]!.message).toEqual({ ja: '文字列を入力してください。', en: 'Invalid input: expected string' });
  });

  it('cover other built-in checks readably', () => {
    const other = z.object({ id: z.string().regex(/^[a-z]+$/), list: z.array(z.number()).min(1), short: z.string().min(3) }).strict();
    const issues = other.safeParse({ id: 'A', list: [], short: 'ab', extra: 1 }).error!.issues;
    for (const field of formatZodIssues(issues)) {
      expect(field.message.ja, field.path).toMatch(JAPANESE);
      expect(field.message.en, field.path).toMatch(/[a-z]{3}/);
    }
  });
});
