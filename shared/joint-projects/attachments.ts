import { z } from 'zod';
import { bilingual } from '../validation/messages';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentType } from './attachment-types';

export { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_REPORT, formatBytes, type AttachmentType } from './attachment-types';

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
