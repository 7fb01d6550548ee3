import type { ContentKind } from './sniff';

/** Files people attach to a thread (a report, a consultation, a meeting, a survey answer): documents and images. */
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

/**
 * What a file of each declared type must look like: the name's extension
 * (checked when the upload is registered) and the content's kind (its first
 * bytes, or for text the whole file, checked when the upload is confirmed).
 * SVG is not an image type here: it is a document that can carry script.
 */
export const ATTACHMENT_FORMATS: Record<AttachmentType, { extensions: readonly string[]; kind: ContentKind }> = {
  'application/pdf': { extensions: ['pdf'], kind: 'pdf' },
  'image/png': { extensions: ['png'], kind: 'png' },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], kind: 'jpeg' },
  'text/csv': { extensions: ['csv'], kind: 'text' },
  'text/plain': { extensions: ['txt'], kind: 'text' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extensions: ['xlsx'], kind: 'ooxml' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extensions: ['docx'], kind: 'ooxml' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { extensions: ['pptx'], kind: 'ooxml' },
};

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * A registered upload that is not confirmed within this time is dropped: it
 * stops counting towards the limit and can no longer be confirmed. Three
 * times the signed URL's five minutes, so a slow upload still confirms.
 */
export const PENDING_UPLOAD_MINUTES = 15;

/** "1.2 MB" / "340 KB" for people. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
