/**
 * The scheduled reminder job (EventBridge, daily): sends deadline reminders
 * for joint-project reports. Its logic lives in services/report-reminders.ts.
 */
export const handler = async (): Promise<{ sent: number }> => {
  const { runReminders } = await import('./services/report-reminders');
  return runReminders(new Date());
};
