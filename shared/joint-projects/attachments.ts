import { z } from 'zod';
import { bilingual } from '../validation/messages';

/** Evidence files: documents and images people actually attach to a progress report. */
export const ATTACHMENT_TYPES = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'text/csv': 'CSV',
  'text/plain': 'テキスト',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (xlsx)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (docx)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint (pptx)',
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_REPORT = 10;

const typeNames = Object.values(ATTACHMENT_TYPES).join('、');

export const attachmentRequestSchema = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(120, bilingual('ファイル名は120文字以内にしてください。', 'The file name must be at most 120 characters.'))
    .refine((n) => !/[\\/\u0000-\u001f]/.test(n), bilingual('ファイル名に使えない文字（/ \\ や制御文字）があります。', 'The file name has characters that are not allowed (/, \\, control characters).')),
  contentType: z.enum(
    Object.keys(ATTACHMENT_TYPES) as [AttachmentType, ...AttachmentType[]],
    bilingual(`添付できるのは ${typeNames} のファイルです。`, 'Allowed file types: PDF, PNG, JPEG, CSV, text, xlsx, docx, pptx.'),
  ),
  size: z
    .number()
    .int()
    .min(1, bilingual('空のファイルは添付できません。', 'The file is empty.'))
    .max(MAX_ATTACHMENT_BYTES, bilingual('添付できるのは1ファイル10MBまでです。ファイルを分けるか圧縮してください。', 'At most 10 MB per file. Split or compress it.')),
});
export type AttachmentRequest = z.infer<typeof attachmentRequestSchema>;

export const attachmentSchema = attachmentRequestSchema.extend({
  id: z.string(),
  /** `pending` until the upload is confirmed; only `stored` files are listed to readers. */
  status: z.enum(['pending', 'stored']),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** "1.2 MB" / "340 KB" for people. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
