/**
 * What other features may use of surveys (照会, docs/architecture.md): a municipality's open surveys as tasks
 * (functions/features/tasks) and the surveys a viewer may see as search documents (functions/features/search).
 */
export { surveySearchDocuments, surveyTasks } from './survey-work';
/** The daily reminders (functions/reminder-job.ts). */
export { runSurveyReminders } from './survey-reminders';
