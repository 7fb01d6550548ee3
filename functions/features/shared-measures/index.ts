/**
 * What other features may use of shared measures (docs/architecture.md): the cached catalogue and a measure's
 * values over a range of periods (the council's headlines, open data).
 */
export { catalogueOf } from './catalogue-cache';
export { listTrendValues, NATIONAL } from './shared-values.table';
/** One municipality's values, a page at a time (its tasks, functions/features/tasks). */
export { listAllOrganisationValues } from './shared-values.table';
