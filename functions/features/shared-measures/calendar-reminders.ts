import { randomUUID } from 'node:crypto';
import type { Notice, NoticeKind } from '../../../shared/notices/notice';
import { noticeWords } from '../../../shared/notices/notice-words';
import { formatDate } from '../../../shared/fiscal-year';
import { daysUntil } from '../../../shared/japan-days';
import { organisationNames } from '../../../shared/org/organisation';
import { expectedWindows, owedValues, windowNames, type OwedValue, type ValueState } from '../../../shared/shared-measures/owed-values';
import { config } from '../../platform/config';
import { ConditionFailedError, transactWrite } from '../../platform/db/transactions';
import { sendMail } from '../../platform/mail/mailer';
import { noticePut } from '../notices';
import { organisationsOf } from '../organisations';
import { activeStaffEmails } from '../users';
import { catalogueOf } from './catalogue-cache';
import { listTrendValues } from './shared-values.table';
import { sentValueReminders, valueReminderMarker, valueReminderMarkerPut } from './value-reminders.table';

/** Reminders start a week before a deadline; the overdue reminder has no time limit (it is sent once). */
export const VALUES_DUE_SOON_DAYS = 7;

export interface ReminderRun {
  notices: number;
  emails: number;
}

/** What a municipality owes for one deadline: one reminder of one kind. */
interface Reminder {
  orgCode: string;
  deadline: string;
  kind: Extract<NoticeKind, 'values_due_soon' | 'values_overdue'>;
  owed: OwedValue[];
}

const kindOf = (daysLeft: number): Reminder['kind'] | undefined =>
  daysLeft < 0 ? 'values_overdue' : daysLeft <= VALUES_DUE_SOON_DAYS ? 'values_due_soon' : undefined;

/** Every value owed for a deadline due within a week or past, grouped per municipality, deadline and kind. */
async function remindersDue(prefCode: string, now: Date): Promise<{ reminders: Reminder[]; municipalities: Map<string, { ja: string; en: string }> }> {
  const [measures, organisations] = await Promise.all([catalogueOf(prefCode), organisationsOf(prefCode)]);
  const due = expectedWindows(measures, now).filter(({ window }) => kindOf(daysUntil(window.deadline, now)));
  // One Query on GSI1 per measure over the periods it is reminded of (pattern 4), in parallel.
  const ranges = new Map<string, string[]>();
  for (const { measure, window } of due) ranges.set(measure.id, [...(ranges.get(measure.id) ?? []), window.period].sort());
  const values = (await Promise.all([...ranges].map(([id, periods]) => listTrendValues(prefCode, id, periods[0]!, periods.at(-1)!)))).flat();
  const byOrg = new Map<string, ValueState[]>();
  for (const v of values) byOrg.set(v.orgCode, [...(byOrg.get(v.orgCode) ?? []), v]);
  const remindedMeasures = measures.filter((m) => ranges.has(m.id));
  const municipalities = new Map(organisations.filter((o) => o.kind !== 'prefecture').map((o) => [o.code, organisationNames(organisations, o.code)]));
  const reminders: Reminder[] = [];
  for (const orgCode of municipalities.keys()) {
    const groups = new Map<string, Reminder>();
    for (const owed of owedValues(remindedMeasures, byOrg.get(orgCode) ?? [], now)) {
      const kind = kindOf(daysUntil(owed.window.deadline, now));
      // A returned value was reported: its municipality heard of the return (value_returned) and sees it in its tasks.
      if (!kind || owed.state !== 'missing') continue;
      const marker = valueReminderMarker(owed.window.deadline, orgCode, kind);
      const group = groups.get(marker) ?? { orgCode, deadline: owed.window.deadline, kind, owed: [] };
      group.owed.push(owed);
      groups.set(marker, group);
    }
    reminders.push(...groups.values());
  }
  return { reminders, municipalities };
}

/**
 * The daily calendar reminders of shared-measure values (issue 15): for each deadline of a municipality-reported
 * measure, a week before it and once it has passed, each municipality that still owes a value for it gets ONE
 * in-app notice and ONE e-mail to its active staff listing every measure it owes for that deadline. A marker per
 * (deadline, municipality, kind), written in the same transaction as the notice, makes each happen once, so the
 * job may run again, or twice, safely.
 */
export async function runCalendarReminders(now = new Date(), prefCode = config().homePrefecture): Promise<ReminderRun> {
  const run: ReminderRun = { notices: 0, emails: 0 };
  const { reminders, municipalities } = await remindersDue(prefCode, now);
  const markerOf = (r: Reminder) => valueReminderMarker(r.deadline, r.orgCode, r.kind);
  // Most reminders were sent on an earlier day: one read instead of a refused transaction each.
  const sent = await sentValueReminders(prefCode, reminders.map(markerOf));
  for (const reminder of reminders.filter((r) => !sent.has(markerOf(r)))) {
    const notice: Notice = {
      id: randomUUID(),
      at: now.toISOString(),
      kind: reminder.kind,
      params: {
        org: municipalities.get(reminder.orgCode),
        deadline: reminder.deadline,
        daysLeft: daysUntil(reminder.deadline, now),
        owed: reminder.owed.slice(0, 200).map((o) => windowNames(o.measure, o.window.period)),
      },
      link: '/tasks',
    };
    try {
      await transactWrite([valueReminderMarkerPut(prefCode, markerOf(reminder), notice.at), noticePut(prefCode, `ORG#${reminder.orgCode}`, notice)]);
    } catch (error) {
      if (error instanceof ConditionFailedError) continue; // another run sent it meanwhile
      throw error;
    }
    run.notices += 1;
    const to = await activeStaffEmails(prefCode, reminder.orgCode);
    if (to.length === 0) continue;
    // In Japanese, as the prefecture writes to municipalities.
    const { title } = noticeWords(notice, 'ja');
    const list = reminder.owed.map((o) => {
      const names = windowNames(o.measure, o.window.period);
      return `・${names.measure.ja}（${names.period.ja}）`;
    });
    await sendMail(
      {
        to,
        subject: `【かながわDX連携ポータル】${title}`,
        text: `${municipalities.get(reminder.orgCode)?.ja ?? reminder.orgCode} ご担当者様\n\n${title}。\n報告期限: ${formatDate(reminder.deadline)}\n\nまだ報告されていない値:\n${list.join('\n')}\n\nポータルの「やること」から報告してください。\n${config().portalUrl}/tasks\n\n（このメールは送信専用です）`,
      },
      now,
    );
    run.emails += 1;
  }
  return run;
}
