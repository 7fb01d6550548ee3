/** What other features may use of joint projects (docs/architecture.md): every project with its participants. */
export { listAllBoards } from './joint-projects.table';
/** Joint projects as search documents (functions/features/search). */
export { jointProjectSearchDocuments } from './search-documents';
