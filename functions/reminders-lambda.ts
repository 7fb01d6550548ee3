import { runReminders } from './services/report-reminders';

/**
 * The scheduled reminder job (EventBridge, daily at 09:00 JST): in-app
 * notices and SES emails for joint-project reports due soon or overdue.
 */
export const handler = async () => {
  const run = await runReminders(new Date());
  console.log(JSON.stringify({ level: 'info', message: 'reminders sent', ...run }));
  return run;
};
