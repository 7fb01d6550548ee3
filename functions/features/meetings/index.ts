/**
 * What other features may use of meetings (推進会議, docs/architecture.md): open action items as tasks
 * (functions/features/tasks) and meetings as search documents (functions/features/search).
 */
export { actionItemTasks } from './action-items';
export { meetingSearchDocuments } from './search-documents';
