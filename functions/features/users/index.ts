/** What other features may use of users (docs/architecture.md): names from the portal's own user records. */
export { withRecordedNames } from './user-names';
/** For the local OpenID provider (functions/local/): whom it may sign in, with which claims. */
export { findUser, listAllUsers } from './users.table';
