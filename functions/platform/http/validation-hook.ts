import type { ZodError } from 'zod';
import { formatZodIssues } from '../../../shared/validation/messages';
import { invalidInput } from '../../../shared/errors';

const WHERE = {
  json: { ja: '送信された内容', en: 'the request body' },
  query: { ja: '検索条件', en: 'the query parameters' },
  param: { ja: 'URL の指定', en: 'the path' },
  header: { ja: 'ヘッダー', en: 'the headers' },
} as Record<string, { ja: string; en: string }>;

/**
 * The validators' hook: a failed zod check becomes a 400 with one message per
 * field, in Japanese and English.
 */
export function validationHook(result: { success: boolean; target: string; error?: ZodError }) {
  if (result.success || !result.error) return;
  const where = WHERE[result.target] ?? { ja: '入力', en: 'the input' };
  const fields = formatZodIssues(result.error.issues);
  throw invalidInput(
    {
      ja: `${where.ja}に誤りがあります（${fields.length}件）。各項目のメッセージを確認して修正してください。`,
      en: `There ${fields.length === 1 ? 'is 1 problem' : `are ${fields.length} problems`} with ${where.en}. Correct the fields listed.`,
    },
    fields,
  );
}
