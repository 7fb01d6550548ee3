import { requireSettings, startOrExplain } from './platform/config';
import { runReminderJob } from './reminder-job';

// At init, before any run: deployed without its settings, the function fails naming them instead of mailing from defaults.
startOrExplain(() => requireSettings('reminders'));

/** The reminder Lambda's entry (functions/reminder-job.ts does the work; tests call it there). */
export const handler = runReminderJob;
