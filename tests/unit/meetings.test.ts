import { describe, expect, it } from 'vitest';
import { visibleTo } from '../../shared/auth/visibility';
import { actionItemSaveSchema, actionItemTasksOf, mayChangeStatus, ownOwner, type ActionItem } from '../../shared/meetings/action-item';
import { mayReadMeeting, meetingInputSchema, publicMeetingSchema } from '../../shared/meetings/meeting';

const item = (over: Partial<ActionItem> = {}): ActionItem => ({
  id: 'i1',
  meetingId: 'm-2026-1',
  meetingTitle: '第1回',
  meetingDate: '2026-07-16',
  text: '資料を提供する',
  owner: '142051',
  deadline: '2026-09-30',
  status: 'open',
  note: '',
  version: 1,
  updatedAt: '2026-07-16T00:00:00Z',
  ...over,
});

describe('who may move an action item along', () => {
  it('the owner municipality and the prefecture; never another municipality or a council member', () => {
    expect(mayChangeStatus({ role: 'municipal_staff', orgCode: '142051' }, item())).toBe(true);
    expect(mayChangeStatus({ role: 'municipal_staff', orgCode: '142034' }, item())).toBe(false);
    expect(mayChangeStatus({ role: 'council', orgCode: '140007' }, item())).toBe(false);
    expect(mayChangeStatus({ role: 'prefecture_staff', orgCode: '140007' }, item())).toBe(true);
    // A prefecture-owned item is not any municipality's, even one whose code someone typed as "prefecture".
    expect(mayChangeStatus({ role: 'municipal_staff', orgCode: '142051' }, item({ owner: 'prefecture' }))).toBe(false);
  });

  it('a principal’s own items: its municipality, the prefecture’s, or none for council members', () => {
    expect(ownOwner({ role: 'municipal_staff', orgCode: '142051' })).toBe('142051');
    expect(ownOwner({ role: 'prefecture_admin', orgCode: '140007' })).toBe('prefecture');
    expect(ownOwner({ role: 'council', orgCode: '140007' })).toBeUndefined();
  });
});

describe('action items as やること', () => {
  it('open and in-progress items are tasks, due until the deadline day in Japan ends, overdue after; done items are none', () => {
    const items = [item(), item({ id: 'i2', status: 'in_progress', deadline: '2026-09-29' }), item({ id: 'i3', status: 'done' })];
    // 2026-09-29T15:30Z is already 30 September in Japan.
    const tasks = actionItemTasksOf(items, new Date('2026-09-29T15:30:00Z'));
    expect(tasks.map((t) => [t.kind, t.daysLeft, t.link])).toEqual([
      ['action_item_due', 0, '/meetings/m-2026-1#item-i1'],
      ['action_item_overdue', -1, '/meetings/m-2026-1#item-i2'],
    ]);
    expect(tasks[0]!.title.ja).toContain('資料を提供する');
    expect(tasks[0]!.title.en).toContain('action item');
  });

  it('shortens a long item in the title', () => {
    const [task] = actionItemTasksOf([item({ text: 'あ'.repeat(200) })], new Date('2026-07-20T00:00:00Z'));
    expect(task!.title.ja.length).toBeLessThan(90);
  });
});

describe('meeting input and what anonymous readers see', () => {
  it('refuses a missing title, an impossible date and an unknown owner with a message that says what to enter', () => {
    const meeting = meetingInputSchema.safeParse({ title: ' ', date: '2026-02-30' });
    expect(meeting.success).toBe(false);
    const paths = meeting.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'date']));
    const owner = actionItemSaveSchema.safeParse({ version: 0, text: 'x', owner: 'yokohama', deadline: '2026-09-30' });
    expect(owner.success).toBe(false);
    expect(owner.error!.issues[0]!.message).toContain('organisation code');
  });

  it('anonymous readers read only meetings with public minutes, and only title, date, agenda and minutes', () => {
    expect(mayReadMeeting({ minutesPublic: false }, false)).toBe(false);
    expect(mayReadMeeting({ minutesPublic: false }, true)).toBe(true);
    const meeting = { ...meetingInputSchema.parse({ title: '第1回', date: '2026-07-16', minutes: '議事', minutesPublic: true, place: '県庁' }), id: 'm-1', version: 3, updatedAt: 'x' };
    const seen = visibleTo(publicMeetingSchema, { meeting, materials: [], actionItems: [item()] }, 'other') as { meeting: object; actionItems: unknown[] };
    expect(Object.keys(seen.meeting).sort()).toEqual(['agenda', 'date', 'id', 'minutes', 'minutesPublic', 'title']);
  });
});
