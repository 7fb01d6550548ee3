import { z } from 'zod';
import { seenBy } from '../auth/visibility';
import { attachmentSchema } from '../files/attachments';
import { bilingual } from '../validation/messages';
import { CONSULTATION_ACTIONS, CONSULTATION_CATEGORIES, CONSULTATION_STATUSES } from './labels';

export * from './labels';

/**
 * A consultation (相談) of the consultation desk and its thread (docs/architecture.md, "Consultation desk"). It
 * belongs to the asking municipality and the prefecture (ENTITY_AUDIENCES.consultation): others get 404 and see it
 * only as an FAQ entry (faq.ts), edited and without the asker.
 */
export const CONSULTATION_ID = /^c-[a-z0-9][a-z0-9-]{0,39}$/;
export const consultationIdSchema = z.string().regex(CONSULTATION_ID, bilingual('相談の番号が正しくありません。', 'Not a consultation id.'));

const category = z.enum(CONSULTATION_CATEGORIES, bilingual('分類を一覧から選んでください。', 'Choose a category from the list.'));
const title = z
  .string()
  .trim()
  .min(1, bilingual('件名を入力してください。', 'Enter a title.'))
  .max(200, bilingual('件名は200文字以内にしてください。', 'The title must be at most 200 characters.'));
/** Bounded so that a thread message and its audit copy stay far below DynamoDB's 400 KB item. */
export const MAX_TEXT = 5000;
const text = z
  .string()
  .trim()
  .min(1, bilingual('本文を入力してください。', 'Enter the text.'))
  .max(MAX_TEXT, bilingual(`本文は${MAX_TEXT}文字以内にしてください。長い資料はファイルで添付してください。`, `The text must be at most ${MAX_TEXT} characters. Attach longer material as a file.`));
const version = z.number().int().min(0);

export const consultationSchema = z.object({
  id: z.string(),
  /** The asking municipality. */
  orgCode: z.string(),
  category,
  title: z.string(),
  text: z.string(),
  status: z.enum(CONSULTATION_STATUSES),
  /** Counts as a 技術相談 (21-2 ②); the prefecture decides. */
  technical: z.boolean(),
  createdAt: z.string(),
  /** Who raised it (a user id): the municipality's and the prefecture's, like the whole consultation. */
  createdBy: z.string(),
  updatedAt: z.string(),
  firstAnsweredAt: z.string().optional(),
  resolvedAt: z.string().optional(),
  /** The FAQ entry made from it: the prefecture's to know (others never learn an entry's source). */
  faqEntryId: seenBy('prefecture', z.string().optional()),
  version: z.number().int(),
});
export type Consultation = z.infer<typeof consultationSchema>;

export const consultationMessageSchema = z.object({
  id: z.string(),
  at: z.string(),
  /** Which side wrote it. */
  from: z.enum(['municipality', 'prefecture']),
  /** The writer, named from the portal's user records when read (functions/features/users). */
  by: z.object({ userId: z.string(), name: z.string(), role: z.string() }),
  text: z.string(),
});
export type ConsultationMessage = z.infer<typeof consultationMessageSchema>;

export const consultationViewSchema = z.object({
  consultation: consultationSchema,
  messages: z.array(consultationMessageSchema),
  attachments: z.array(attachmentSchema),
  allowedActions: z.array(z.enum(CONSULTATION_ACTIONS)),
});
export type ConsultationView = z.infer<typeof consultationViewSchema>;

export const consultationListSchema = z.object({ items: z.array(consultationSchema), nextCursor: z.string().optional() });

export const newConsultationSchema = z.object({ category, title, text });
export type NewConsultation = z.infer<typeof newConsultationSchema>;

/**
 * A message in the thread. From the prefecture it is an answer: the first one sets 回答済 unless `status` says
 * 対応中 (an interim reply).
 */
export const messageRequestSchema = z.object({
  text,
  version,
  status: z.enum(['answered', 'in_progress']).optional(),
});
export type MessageRequest = z.infer<typeof messageRequestSchema>;

/** A change of status (either side, as workflow.ts allows) or of the 技術相談 mark (the prefecture). */
export const consultationUpdateSchema = z
  .object({
    version,
    status: z.enum(CONSULTATION_STATUSES).optional(),
    technical: z.boolean().optional(),
  })
  .refine((u) => u.status !== undefined || u.technical !== undefined, bilingual('変更する状態か技術相談の区分を指定してください。', 'Give a status or the technical mark to change.'));
export type ConsultationUpdate = z.infer<typeof consultationUpdateSchema>;

export const consultationListQuery = z.object({
  status: z.enum(CONSULTATION_STATUSES).optional(),
  category: z.enum(CONSULTATION_CATEGORIES).optional(),
});
