import { z } from 'zod';
import { seenBy } from '../auth/visibility';
import { bilingual } from '../validation/messages';
import { CONSULTATION_CATEGORIES, FAQ_STATUSES } from './labels';
import { MAX_TEXT } from './consultation';

/**
 * An entry of the FAQ (よくある相談): a consultation the prefecture answered, edited into a question and an answer
 * and stored as an item of its own, so nothing of the asker (municipality, names, the thread) is in it. Only the
 * prefecture may know which consultation it came from.
 */
export const FAQ_ID = /^faq-[a-z0-9][a-z0-9-]{0,39}$/;
export const faqIdSchema = z.string().regex(FAQ_ID, bilingual('よくある相談の番号が正しくありません。', 'Not an FAQ entry id.'));

const category = z.enum(CONSULTATION_CATEGORIES, bilingual('分類を一覧から選んでください。', 'Choose a category from the list.'));
const question = z
  .string()
  .trim()
  .min(1, bilingual('質問を入力してください。', 'Enter the question.'))
  .max(MAX_TEXT, bilingual(`質問は${MAX_TEXT}文字以内にしてください。`, `The question must be at most ${MAX_TEXT} characters.`));
const answer = z
  .string()
  .trim()
  .min(1, bilingual('回答を入力してください。', 'Enter the answer.'))
  .max(MAX_TEXT, bilingual(`回答は${MAX_TEXT}文字以内にしてください。`, `The answer must be at most ${MAX_TEXT} characters.`));

export const faqEntrySchema = z.object({
  id: z.string(),
  category,
  question: z.string(),
  answer: z.string(),
  status: z.enum(FAQ_STATUSES),
  publishedAt: z.string(),
  updatedAt: z.string(),
  sourceConsultationId: seenBy('prefecture', z.string().optional()),
  version: z.number().int(),
});
export type FaqEntry = z.infer<typeof faqEntrySchema>;

export const faqListSchema = z.object({ items: z.array(faqEntrySchema), nextCursor: z.string().optional() });

/** Publishing a consultation: the edited text, and the consultation's version (it records the entry made from it). */
export const faqPublishSchema = z.object({ category, question, answer, version: z.number().int().min(0) });
export type FaqPublish = z.infer<typeof faqPublishSchema>;

export const faqUpdateSchema = z.object({ category, question, answer, status: z.enum(FAQ_STATUSES), version: z.number().int().min(0) });
export type FaqUpdate = z.infer<typeof faqUpdateSchema>;

export const faqListQuery = z.object({
  q: z.string().max(100, bilingual('検索語は100文字以内にしてください。', 'The search text must be at most 100 characters.')).optional(),
  category: category.optional(),
});
