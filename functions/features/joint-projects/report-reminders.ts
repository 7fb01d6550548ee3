import { randomUUID } from 'node:crypto';
import type { Notice, NoticeParams } from '../../../shared/notices/notice';
import { noticeWords } from '../../../shared/notices/notice-words';
import { daysUntil, deadlineStatus, stillOwed } from '../../../shared/joint-projects/deadlines';
import { config } from '../../platform/config';
import { sendMail } from '../../platform/mail/mailer';
import { getProjectBoard, listAllProjects } from './joint-projects.table';
import { noticePut, reminderMarkerPut } from '../notices';
import { ConditionFailedError, transactWrite } from '../../platform/db/transactions';
import { organisationsOf } from '../organisations';
import { activeStaffEmails } from '../users';
import { organisationNames } from '../../../shared/org/organisation';
import { reportLink } from './report-notices';

/**
 * Reminders start a week before a deadline. The overdue reminder has no time limit: a report still owed months
 * after its deadline gets its one overdue reminder (issue 15: a village 136 days overdue had heard nothing).
 */
export const DUE_SOON_DAYS = 7;

export interface ReminderRun {
  notices: number;
  emails: number;
}

/** Writes the reminder's marker and notice together; false when this reminder was already sent. */
async function recordOnce(prefCode: string, projectId: string, marker: string, audience: `ORG#${string}` | 'PREF', notice: Notice): Promise<boolean> {
  try {
    await transactWrite([reminderMarkerPut(prefCode, projectId, marker, notice.at), noticePut(prefCode, audience, notice)]);
    return true;
  } catch (error) {
    if (error instanceof ConditionFailedError) return false;
    throw error;
  }
}

/**
 * The daily reminder job: for each report due within a week, or overdue
 * (however long ago), that the municipality still owes, one in-app notice
 * to its staff and an email to its contacts (else its active staff); and one overdue summary to the
 * prefecture per period. A marker item makes each reminder happen once, so
 * the job may run again (or twice) safely.
 */
export async function runReminders(now = new Date(), prefCode = config().homePrefecture): Promise<ReminderRun> {
  const run: ReminderRun = { notices: 0, emails: 0 };
  const [projects, organisations] = await Promise.all([listAllProjects(prefCode), organisationsOf(prefCode)]);
  const namesOf = (code: string) => organisationNames(organisations, code);
  const staff = new Map<string, Promise<string[]>>();
  const staffEmails = (orgCode: string) => {
    if (!staff.has(orgCode)) staff.set(orgCode, activeStaffEmails(prefCode, orgCode));
    return staff.get(orgCode)!;
  };
  for (const summary of projects) {
    const { project, participants } = await getProjectBoard(prefCode, summary.id);
    if (!project) continue;
    for (const period of project.periods) {
      const days = daysUntil(period.deadline, now);
      const kind = days < 0 ? 'overdue' : days <= DUE_SOON_DAYS ? 'due_soon' : undefined;
      if (!kind) continue;
      const owing = participants.filter((p) => {
        const status = deadlineStatus(p.reports[period.id]?.state, period.deadline, now);
        const joinedLate = p.phaseSince.slice(0, 10) > period.deadline && !p.reports[period.id];
        return stillOwed(status) && !joinedLate;
      });
      for (const p of owing) {
        const link = reportLink({ projectId: project.id, periodId: period.id, orgCode: p.orgCode });
        const params: NoticeParams = { project: project.name, period: period.label, org: namesOf(p.orgCode), deadline: period.deadline, daysLeft: days };
        const notice: Notice = { id: randomUUID(), at: now.toISOString(), kind, params, link };
        // E-mails go to the municipality's DX contact in Japanese, as the prefecture writes to municipalities.
        const { title, body } = noticeWords(notice, 'ja');
        if (!(await recordOnce(prefCode, project.id, `${period.id}#${p.orgCode}#${kind}`, `ORG#${p.orgCode}`, notice))) continue;
        run.notices += 1;
        // The participation's DX contacts; where none were named, the municipality's active staff.
        const to = p.contactEmails.length > 0 ? p.contactEmails : await staffEmails(p.orgCode);
        if (to.length > 0) {
          await sendMail(
            {
              to,
              subject: `【かながわDX連携ポータル】${title}: ${project.name}`,
              text: `${namesOf(p.orgCode).ja} ご担当者様\n\n${body}\nポータルで報告を作成・提出してください。\n${config().portalUrl}${link}\n\n（このメールは送信専用です）`,
            },
            now,
          );
          run.emails += 1;
        }
      }
      const late = kind === 'overdue' ? owing : [];
      if (late.length > 0) {
        const notice: Notice = {
          id: randomUUID(),
          at: now.toISOString(),
          kind: 'overdue_summary',
          params: { project: project.name, period: period.label, late: late.map((p) => namesOf(p.orgCode)) },
          link: `/joint-projects/${project.id}`,
        };
        if (await recordOnce(prefCode, project.id, `${period.id}#PREF#overdue`, 'PREF', notice)) run.notices += 1;
      }
    }
  }
  return run;
}
