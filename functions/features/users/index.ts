/** What other features may use of users (docs/architecture.md): names from the portal's own user records. */
export { withRecordedNames } from './user-names';
