import { beforeAll, describe, expect, it } from 'vitest';
import { runCalendarReminders } from '../../functions/features/shared-measures/calendar-reminders';
import { runReminders } from '../../functions/features/joint-projects/report-reminders';
import { readOutbox } from '../../functions/platform/mail/mailer';
import { noticeWords } from '../../shared/notices/notice-words';
import type { Notice } from '../../shared/notices/notice';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';
import { calendarMeasure, putCalendarFixture, reportedValue } from '../support/reporting-calendar';

const api = apiClient();
const YOKOHAMA = '141003'; // reported everything due on 31 May 2031
const KAWASAKI = '141305'; // reported the annual value only
const SAGAMIHARA = '141500'; // reported nothing
const ZUSHI = '142085'; // in 共同調達 since 2025-10, no Q1 or Q2 report
const MUNICIPALITIES = 33;

/** Days in Japan at 09:00, when the daily job runs. */
const at = (day: string) => new Date(`${day}T00:00:00Z`);

async function noticesOf(orgCode: string): Promise<Notice[]> {
  const res = await api.get('/api/notices?limit=100', `muni-${orgCode}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Notice[] }).items;
}

beforeAll(async () => {
  await useTestTable({ jointProjects: true });
  await putCalendarFixture(
    [
      // Both due on 31 May 2031: a municipality owing both hears of them in one reminder.
      calendarMeasure('fixture-annual', 'fiscal_year', [{ period: 'FY2030', opensOn: '2031-04-01', deadline: '2031-05-31' }]),
      calendarMeasure('fixture-monthly', 'month', [
        { period: '2031-04', opensOn: '2031-05-01', deadline: '2031-05-31' },
        { period: '2031-05', opensOn: '2031-06-01', deadline: '2031-06-15' },
      ]),
      // Entered by the prefecture: never asked of municipalities.
      calendarMeasure('fixture-national', 'fiscal_year', [{ period: 'FY2030', opensOn: '2031-04-01', deadline: '2031-05-31' }], 'prefecture'),
    ],
    [
      reportedValue('fixture-annual', 'FY2030', YOKOHAMA),
      reportedValue('fixture-monthly', '2031-04', YOKOHAMA),
      reportedValue('fixture-annual', 'FY2030', KAWASAKI),
    ],
  );
});

describe('calendar reminders of shared-measure values', () => {
  it('one reminder per deadline, kind and municipality, never two: before the deadline, and after it however late', async () => {
    // Three days before 31 May: every municipality still owing gets one notice and one e-mail listing what it owes.
    expect(await runCalendarReminders(at('2031-05-28'), '140007')).toEqual({ notices: MUNICIPALITIES - 1, emails: MUNICIPALITIES - 1 });
    expect(await runCalendarReminders(at('2031-05-28'), '140007')).toEqual({ notices: 0, emails: 0 });
    expect(await runCalendarReminders(at('2031-05-30'), '140007')).toEqual({ notices: 0, emails: 0 });
    // After 31 May: the overdue reminder for it; five days before 15 June: the next one's.
    expect(await runCalendarReminders(at('2031-06-10'), '140007')).toEqual({ notices: MUNICIPALITIES - 1 + MUNICIPALITIES, emails: MUNICIPALITIES - 1 + MUNICIPALITIES });
    expect(await runCalendarReminders(at('2031-06-11'), '140007')).toEqual({ notices: 0, emails: 0 });
    // 136 days after 15 June, the value is still owed: its one overdue reminder comes even now.
    expect(await runCalendarReminders(at('2031-10-29'), '140007')).toEqual({ notices: MUNICIPALITIES, emails: MUNICIPALITIES });
    expect(await runCalendarReminders(at('2031-10-29'), '140007')).toEqual({ notices: 0, emails: 0 });

    const sagamihara = (await noticesOf(SAGAMIHARA)).filter((n) => n.kind.startsWith('values_'));
    expect(sagamihara.map((n) => `${n.params!.deadline} ${n.kind}`).sort()).toEqual([
      '2031-05-31 values_due_soon',
      '2031-05-31 values_overdue',
      '2031-06-15 values_due_soon',
      '2031-06-15 values_overdue',
    ]);
    const soon = sagamihara.find((n) => n.kind === 'values_due_soon' && n.params!.deadline === '2031-05-31')!;
    expect(noticeWords(soon, 'ja')).toEqual({
      title: '共通指標の報告期限が近づいています（あと3日）',
      body: '令和13年5月31日が期限で、まだ報告されていない値があります: オープンデータ数（令和12年度）、オンライン申請件数（2031年4月）',
    });
    expect(soon.link).toBe('/tasks');
    // Kawasaki reported the annual value: its reminder lists only the monthly one.
    const kawasaki = (await noticesOf(KAWASAKI)).find((n) => n.kind === 'values_due_soon' && n.params!.deadline === '2031-05-31')!;
    expect(kawasaki.params!.owed!.map((o) => o.measure.ja)).toEqual(['オンライン申請件数']);
    // Yokohama owed nothing for 31 May.
    expect((await noticesOf(YOKOHAMA)).filter((n) => n.params?.deadline === '2031-05-31')).toEqual([]);
  });

  it('e-mails the municipality’s active staff, once per reminder, naming every measure and the deadline in 令和', async () => {
    const mails = (await readOutbox()).filter((m) => m.to.includes(`muni-${SAGAMIHARA}@example.invalid`));
    expect(mails.map((m) => m.subject)).toEqual([
      '【かながわDX連携ポータル】共通指標の報告期限が近づいています（あと3日）',
      '【かながわDX連携ポータル】共通指標の報告期限を過ぎています（2件）',
      '【かながわDX連携ポータル】共通指標の報告期限が近づいています（あと5日）',
      '【かながわDX連携ポータル】共通指標の報告期限を過ぎています（1件）',
    ]);
    expect(mails[0]!.text).toContain('報告期限: 令和13年5月31日');
    expect(mails[0]!.text).toContain('・オープンデータ数（令和12年度）\n・オンライン申請件数（2031年4月）');
    expect(mails[0]!.text).toContain('/tasks');
    expect(mails.some((m) => m.text.includes('指標 fixture-national'))).toBe(false);
  });
});

describe('joint-project reminders', () => {
  it('a report 136 days overdue gets its one overdue reminder, e-mailed to the active staff when no contact was named', async () => {
    const board = await (await api.get('/api/joint-projects/joint-procurement', 'pref-admin')).json();
    const zushi = board.participants.find((p: { orgCode: string }) => p.orgCode === ZUSHI);
    const res = await api.put(`/api/joint-projects/joint-procurement/participants/${ZUSHI}`, { version: zushi.version, phaseId: zushi.phaseId, contactEmails: [] }, 'pref-admin');
    expect(res.status).toBe(200);

    // 28 November 2026: Q1 (15 July) is 136 days overdue, Q2 (15 October) 44.
    const now = at('2026-11-28');
    expect((await runReminders(now, '140007')).notices).toBeGreaterThan(0);
    expect(await runReminders(now, '140007')).toEqual({ notices: 0, emails: 0 });
    const overdue = (await noticesOf(ZUSHI)).filter((n) => n.kind === 'overdue');
    expect(overdue.map((n) => n.params!.deadline).sort()).toEqual(['2026-07-15', '2026-10-15']);
    const mails = (await readOutbox()).filter((m) => m.to.includes(`muni-${ZUSHI}@example.invalid`) && m.subject.includes('進捗報告'));
    expect(mails).toHaveLength(2);
    expect(mails.map((m) => m.text).join()).toContain('令和8年7月15日');
  });
});
