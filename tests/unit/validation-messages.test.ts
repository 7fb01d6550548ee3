import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { bilingual, formatZodIssues } from '../../shared/validation/messages';

const schema = z.object({
  rate: z.number().max(100),
  name: z.string(),
  kind: z.enum(['numeric', 'milestone']),
  code: z.string().refine((s) => /^\d{6}$/.test(s), bilingual('団体コードは6桁の数字です。', 'An organisation code is six digits.')),
});

describe('validation messages for people, in Japanese and English', () => {
  const result = schema.safeParse({ rate: 120, kind: 'other', code: '14' });
  const fields = result.success ? [] : formatZodIssues(result.error.issues);
  const byPath = Object.fromEntries(fields.map((f) => [f.path, f.message]));

  it('name the field and say what is wrong', () => {
    expect(Object.keys(byPath).sort()).toEqual(['code', 'kind', 'name', 'rate']);
    expect(byPath.rate!.ja).toContain('100');
    expect(byPath.rate!.en).toMatch(/100/);
    expect(byPath.kind!.ja).toContain('numeric');
  });

  it('call a missing field required', () => {
    expect(byPath.name).toEqual({ ja: 'この項目は必須です。', en: 'This field is required.' });
  });

  it('use the schema’s own bilingual text for custom checks', () => {
    expect(byPath.code).toEqual({ ja: '団体コードは6桁の数字です。', en: 'An organisation code is six digits.' });
  });

  it('join nested paths with dots', () => {
    const nested = z.object({ values: z.array(z.object({ subNo: z.number() })) }).safeParse({ values: [{ subNo: 'x' }] });
    expect(nested.success ? [] : formatZodIssues(nested.error.issues).map((f) => f.path)).toEqual(['values.0.subNo']);
  });
});
