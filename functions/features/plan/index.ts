/**
 * What other features may use of the plan (docs/architecture.md): a plan's year as rows of measures (the inspection
 * report, open data) and one measure of a plan (joint projects link to plan measures).
 */
export { getPlanAndMeasure, listPlans } from './plans.table';
export { loadPlan, loadPlanYear, measureRows, readableYears } from './plan-year';
export { loadPublishedYear } from './published-year';
/** The plans' measures as search documents (functions/features/search). */
export { measureSearchDocuments } from './search-documents';
