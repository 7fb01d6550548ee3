/**
 * What other features may use of the consultation desk (相談窓口, docs/architecture.md): consultations as tasks
 * (functions/features/tasks) and the FAQ as search documents (functions/features/search).
 */
export { consultationTasks } from './tasks';
export { faqSearchDocuments } from './search-documents';
