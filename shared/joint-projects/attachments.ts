/** A report's evidence files are thread attachments (shared/files/attachments.ts). */
export {
  ATTACHMENT_FORMATS,
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  PENDING_UPLOAD_MINUTES,
  attachmentRequestSchema,
  attachmentSchema,
  formatBytes,
  type Attachment,
  type AttachmentRequest,
  type AttachmentType,
} from '../files/attachments';
export { MAX_ATTACHMENTS_PER_REPORT } from './attachment-types';
