/** What other features may use of users (docs/architecture.md): names from the portal's own user records. */
export { withRecordedNames } from './user-names';
/** Where reminders are e-mailed when a municipality has named no other contact (joint projects, shared measures). */
export { activeStaffEmails } from './staff-emails';
/** For the local OpenID provider (functions/local/): whom it may sign in, with which claims. */
export { findUser, listAllUsers } from './users.table';
