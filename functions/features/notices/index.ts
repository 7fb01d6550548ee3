/**
 * What other features may use of notices (docs/architecture.md): joint projects write a notice, or a reminder's
 * marker, in the same transaction as the change it tells of.
 */
export { noticePut, reminderMarkerPut, type NoticeAudience } from './notices.table';
