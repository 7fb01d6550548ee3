import { randomUUID } from 'node:crypto';
import { formatDate } from '../../../shared/fiscal-year';
import { daysUntil } from '../../../shared/japan-days';
import type { Notice } from '../../../shared/notices/notice';
import { noticeWords } from '../../../shared/notices/notice-words';
import { organisationNames } from '../../../shared/org/organisation';
import type { AnswerStatus } from '../../../shared/surveys/definition';
import { surveyRemindersDue } from '../../../shared/surveys/due';
import { config } from '../../platform/config';
import { ConditionFailedError, transactWrite } from '../../platform/db/transactions';
import { sendMail } from '../../platform/mail/mailer';
import { noticePut } from '../notices';
import { organisationsOf } from '../organisations';
import { activeStaffEmails } from '../users';
import { listAnswers, listOpenSurveys, sentSurveyReminders, surveyReminderPut } from './surveys.table';

/**
 * The daily reminders of surveys (照会), like the shared measures' (functions/features/shared-measures/calendar-reminders.ts):
 * a week before a survey's deadline and once it has passed, each municipality asked that has not submitted gets ONE
 * in-app notice and ONE e-mail to its active staff. A marker per (survey, municipality, kind), written in the same
 * transaction as the notice, makes each happen once, however often the job runs.
 */
export async function runSurveyReminders(now = new Date(), prefCode = config().homePrefecture): Promise<{ notices: number; emails: number }> {
  const run = { notices: 0, emails: 0 };
  const surveys = await listOpenSurveys(prefCode);
  if (surveys.length === 0) return run;
  const statuses = new Map<string, AnswerStatus>();
  for (const s of surveys) for (const a of await listAnswers(prefCode, s.id)) statuses.set(`${s.id}#${a.orgCode}`, a.status);
  const due = surveyRemindersDue(surveys, (id, org) => statuses.get(`${id}#${org}`), now);
  const sent = await sentSurveyReminders(prefCode, due.map((r) => r.marker));
  const organisations = await organisationsOf(prefCode);
  for (const r of due.filter((d) => !sent.has(d.marker))) {
    const notice: Notice = {
      id: randomUUID(),
      at: now.toISOString(),
      kind: r.kind,
      params: { survey: r.survey.title.slice(0, 200), deadline: r.survey.deadline, daysLeft: daysUntil(r.survey.deadline!, now) },
      link: `/surveys/${r.survey.id}`,
    };
    try {
      await transactWrite([surveyReminderPut(prefCode, r.marker, notice.at), noticePut(prefCode, `ORG#${r.orgCode}`, notice)]);
    } catch (error) {
      if (error instanceof ConditionFailedError) continue; // another run sent it meanwhile
      throw error;
    }
    run.notices += 1;
    const to = await activeStaffEmails(prefCode, r.orgCode);
    if (to.length === 0) continue;
    const { title } = noticeWords(notice, 'ja');
    await sendMail(
      {
        to,
        subject: `【かながわDX連携ポータル】${title}`,
        text: `${organisationNames(organisations, r.orgCode).ja} ご担当者様\n\n${title}。\n照会: ${r.survey.title}\n回答期限: ${formatDate(r.survey.deadline!)}\n\nポータルから回答してください（Excelの様式でも回答できます）。\n${config().portalUrl}/surveys/${r.survey.id}\n\n（このメールは送信専用です）`,
      },
      now,
    );
    run.emails += 1;
  }
  return run;
}
