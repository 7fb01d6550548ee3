/** A progress report's evidence files are thread attachments (shared/files/attachment-types.ts) with a limit of their own. */
export { ATTACHMENT_FORMATS, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, PENDING_UPLOAD_MINUTES, formatBytes, type AttachmentType } from '../files/attachment-types';

export const MAX_ATTACHMENTS_PER_REPORT = 10;
