/**
 * What other features may use of shared measures (docs/architecture.md): the cached catalogue and a measure's
 * values over a range of periods (the council's headlines, open data).
 */
export { catalogueOf } from './catalogue-cache';
export { listTrendValues, NATIONAL } from './shared-values.table';
/** One municipality's values, a page at a time (its tasks, functions/features/tasks). */
export { listAllOrganisationValues } from './shared-values.table';
/** The catalogue as search documents (functions/features/search). */
export { sharedMeasureSearchDocuments } from './search-documents';
/** Values entered from elsewhere through the same checks and all-or-nothing write (a survey's numeric answers, functions/features/surveys). */
export { importSharedValues } from './shared-values-import';
