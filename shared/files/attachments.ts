import { z } from 'zod';
import { DECEPTIVE_NAME_CHARACTERS, fileNameProblem } from './file-names';
import { seenBy } from '../auth/visibility';
import { bilingual } from '../validation/messages';
import { ATTACHMENT_FORMATS, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentType } from './attachment-types';

export { ATTACHMENT_FORMATS, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, PENDING_UPLOAD_MINUTES, formatBytes, type AttachmentType } from './attachment-types';

/**
 * A file on a thread of any feature (functions/platform/files/attachments.ts): what the browser declares when it
 * registers an upload, and what readers are shown.
 */
const typeNames = Object.values(ATTACHMENT_TYPES).join('、');

/** The extensions a declared type allows, for messages: ".jpg / .jpeg". */
const extensionList = (type: AttachmentType) => ATTACHMENT_FORMATS[type].extensions.map((e) => `.${e}`).join(' / ');

export const attachmentRequestSchema = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(120, bilingual('ファイル名は120文字以内にしてください。', 'The file name must be at most 120 characters.'))
      .refine(
        (n) => !DECEPTIVE_NAME_CHARACTERS.test(n),
        bilingual('ファイル名に使えない文字（/ \\ 、制御文字、文字の向きを変える記号）があります。', 'The file name has characters that are not allowed (/, \\, control or text-direction characters).'),
      ),
    contentType: z.enum(
      Object.keys(ATTACHMENT_TYPES) as [AttachmentType, ...AttachmentType[]],
      bilingual(`添付できるのは ${typeNames} のファイルです。`, 'Allowed file types: PDF, PNG, JPEG, CSV, text, xlsx, docx, pptx.'),
    ),
    size: z
      .number()
      .int()
      .min(1, bilingual('空のファイルは添付できません。', 'The file is empty.'))
      .max(MAX_ATTACHMENT_BYTES, bilingual('添付できるのは1ファイル10MBまでです。ファイルを分けるか圧縮してください。', 'At most 10 MB per file. Split or compress it.')),
  })
  .superRefine(({ fileName, contentType }, ctx) => {
    // Reached also when a field failed its own check: judge the name only against a known type.
    if (typeof fileName !== 'string' || !Object.hasOwn(ATTACHMENT_FORMATS, contentType)) return;
    const problem = fileNameProblem(fileName, ATTACHMENT_FORMATS[contentType].extensions);
    if (!problem) return;
    const type = ATTACHMENT_TYPES[contentType];
    const [ja, en] =
      problem === 'wrong_extension'
        ? [`${type} のファイル名は ${extensionList(contentType)} で終わる必要があります。ファイルの種類と名前を確認してください。`, `A ${type} file’s name must end in ${extensionList(contentType)}. Check the file’s type and name.`]
        : [
            'ファイル名に拡張子が二重に付いています（例: 請求書.pdf.exe）。「請求書.pdf」のように拡張子を一つにしてから添付してください。',
            'The file name has two extensions (e.g. invoice.pdf.exe). Rename it to have one (e.g. invoice.pdf), then attach it.',
          ];
    ctx.addIssue({ code: 'custom', path: ['fileName'], message: en, params: { ja, en } });
  });
export type AttachmentRequest = z.infer<typeof attachmentRequestSchema>;

export const attachmentSchema = z.object({
  fileName: z.string(),
  contentType: z.enum(Object.keys(ATTACHMENT_TYPES) as [AttachmentType, ...AttachmentType[]]),
  size: z.number().int(),
  id: z.string(),
  /** `pending` until the upload is confirmed; only `stored` files are listed to readers. */
  status: z.enum(['pending', 'stored']),
  /** Who uploaded it: for the thread's owner and the prefecture to see (shared/auth/visibility.ts). */
  uploadedBy: seenBy('owner', z.string()).optional(),
  uploadedAt: z.string(),
  /** A pending upload's deadline for confirming; after it the registration is dropped. */
  expiresAt: z.string().optional(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** Where the browser sends or fetches the file itself: a presigned URL for five minutes (functions/platform/files/file-store.ts). */
export const signedRequestSchema = z.object({ url: z.string(), method: z.enum(['PUT', 'GET']), headers: z.record(z.string(), z.string()), expiresAt: z.string() });

/** What registering an upload answers: the pending file and where to PUT it. */
export const attachmentUploadSchema = z.object({ attachment: attachmentSchema, upload: signedRequestSchema });
