import { describe, expect, it } from 'vitest';
import { defineItem, UNPREFIXED } from '../../functions/platform/db/item-type';
import { auditItem } from '../../functions/platform/db/audit';
import { journalChunkItem, journalHeadItem } from '../../functions/platform/db/import-journal';
import { organisationItem } from '../../functions/features/organisations/organisations.table';
import { userEmailItem, userItem } from '../../functions/features/users/users.table';
import { planDefinitionItem, planGroupItem, planMeasureItem, planRegistryItem } from '../../functions/features/plan/plans.table';
import { resultItem } from '../../functions/features/plan/results.table';
import { sharedMeasureItem } from '../../functions/features/shared-measures/shared-measures.table';
import { sharedValueItem } from '../../functions/features/shared-measures/shared-values.table';
import { participationItem, projectDefinitionItem, projectRegistryItem } from '../../functions/features/joint-projects/joint-projects.table';
import { attachmentItem, progressReportItem, reportCommentItem } from '../../functions/features/joint-projects/progress-reports.table';
import { attachmentCounterItem } from '../../functions/features/joint-projects/report-attachments.table';
import { noticeItem, reminderMarkerItem } from '../../functions/features/notices/notices.table';
import { valueReminderMarkerItem } from '../../functions/features/shared-measures/value-reminders.table';

/**
 * The stored form of every item type (docs/architecture.md, "Item types"). Data already stored and the
 * tests that read raw items depend on these keys and attributes: a change here is a data migration.
 */
const P = '140007';
const report = { projectId: 'jp1', periodId: '2024H1', orgCode: '141003' };
const thread = `${P}#JP#jp1#R#2024H1#141003`;

// Each object carries only the fields its key needs: the declarations must not depend on more.
const cases: [string, Record<string, unknown>, { pk: string; sk: string; [index: string]: string }][] = [
  ['organisation', organisationItem.toItem(P, { code: '141003' } as never), { pk: `${P}#ORGS`, sk: 'ORG#141003' }],
  [
    'user',
    userItem.toItem(P, { userId: 'u1', role: 'municipal_staff', orgCode: '141003', name: '横浜 太郎', status: 'active' } as never),
    {
      pk: `${P}#USERS`,
      sk: 'USER#u1',
      gsi1pk: `${P}#USERS#active`,
      gsi1sk: '2#municipal_staff#横浜 太郎#u1',
      gsi2pk: `${P}#USERS#ORG#141003#active`,
      gsi2sk: '2#municipal_staff#横浜 太郎#u1',
    },
  ],
  ['userEmail', userEmailItem.toItem(P, { email: 'taro@example.jp', userId: 'u1' }), { pk: `${P}#USERS`, sk: 'EMAIL#taro@example.jp' }],
  ['plan', planDefinitionItem.toItem(P, {} as never, { planId: 'kdx' }), { pk: `${P}#PLAN#kdx`, sk: 'DEF' }],
  ['planEntry', planRegistryItem.toItem(P, { id: 'kdx' } as never), { pk: `${P}#PLANS`, sk: 'PLAN#kdx' }],
  ['group', planGroupItem.toItem(P, {} as never, { planId: 'kdx', path: 'a/b' }), { pk: `${P}#PLAN#kdx`, sk: 'G#a/b' }],
  ['measure', planMeasureItem.toItem(P, {} as never, { planId: 'kdx', measureNo: '21-1' }), { pk: `${P}#PLAN#kdx`, sk: 'M#21-1' }],
  [
    'result',
    resultItem.toItem(P, {} as never, { planId: 'kdx', fiscalYear: 2024, measureNo: '21-1' }),
    { pk: `${P}#PLAN#kdx#FY#2024`, sk: 'M#21-1', gsi1pk: `${P}#PLAN#kdx#M#21-1`, gsi1sk: 'FY#2024' },
  ],
  ['audit', auditItem.toItem(UNPREFIXED, { entity: 'E', at: 'T', id: 'i' } as never), { pk: 'AUDIT#E', sk: 'T#i' }],
  ['importJournal', journalHeadItem.toItem(UNPREFIXED, {} as never, { scope: 'S' }), { pk: 'IMPORT#S', sk: 'HEAD' }],
  [
    'importChunk',
    journalChunkItem.toItem(UNPREFIXED, {} as never, { scope: 'S', importId: 'i', sequence: 7 }),
    { pk: 'IMPORT#S', sk: 'CHUNK#i#00007' },
  ],
  ['sharedMeasure', sharedMeasureItem.toItem(P, { id: 'sm1' } as never), { pk: `${P}#SMCAT`, sk: 'SM#sm1' }],
  [
    'sharedValue',
    sharedValueItem.toItem(P, { measureId: 'sm1', period: '2024', orgCode: '141003' } as never),
    {
      pk: `${P}#SM#sm1#P#2024`,
      sk: 'ORG#141003',
      gsi1pk: `${P}#SM#sm1`,
      gsi1sk: '2024#141003',
      gsi2pk: `${P}#ORGV#141003`,
      gsi2sk: 'sm1#2024',
    },
  ],
  ['jointProject', projectDefinitionItem.toItem(P, { id: 'jp1' } as never), { pk: `${P}#JP#jp1`, sk: 'DEF' }],
  ['jointProject', projectRegistryItem.toItem(P, { id: 'jp1' } as never), { pk: `${P}#JP`, sk: 'P#jp1' }],
  [
    'participation',
    participationItem.toItem(P, { projectId: 'jp1', orgCode: '141003' } as never),
    { pk: `${P}#JP#jp1`, sk: 'ORG#141003', gsi1pk: `${P}#JP-PARTICIPANTS`, gsi1sk: 'jp1#141003' },
  ],
  ['progressReport', progressReportItem.toItem(P, { ...report, state: 'draft' } as never), { pk: `${P}#JP#jp1`, sk: 'R#2024H1#141003' }],
  [
    'progressReport',
    progressReportItem.toItem(P, { ...report, state: 'submitted', submittedAt: 'T' } as never),
    { pk: `${P}#JP#jp1`, sk: 'R#2024H1#141003', gsi2pk: `${P}#JP#REVIEW`, gsi2sk: 'T#jp1#2024H1#141003' },
  ],
  ['reportComment', reportCommentItem.toItem(P, {} as never, { ...report, at: 'T', id: 'c1' }), { pk: thread, sk: 'C#T#c1' }],
  ['attachment', attachmentItem.toItem(P, {} as never, { ...report, id: 'a1' }), { pk: thread, sk: 'A#a1' }],
  ['attachmentCount', attachmentCounterItem.toItem(P, {} as never, report), { pk: thread, sk: 'A' }],
  ['notice', noticeItem.toItem(P, {} as never, { audience: 'ORG#141003', at: 'T', id: 'n1' }), { pk: `${P}#NOTICE#ORG#141003`, sk: 'T#n1' }],
  ['valueReminder', valueReminderMarkerItem.toItem(P, {} as never, { marker: '2026-05-31#141003#values_overdue' }), { pk: `${P}#SM-REMIND`, sk: '2026-05-31#141003#values_overdue' }],
  ['reminder', reminderMarkerItem.toItem(P, {} as never, { projectId: 'jp1', marker: '2024H1#141003#due_soon' }), { pk: `${P}#JP#jp1#REMIND`, sk: '2024H1#141003#due_soon' }],
];

describe('stored item types', () => {
  it.each(cases)('%s keeps its keys and type', (type, item, keys) => {
    const tableAttributes = Object.fromEntries(Object.entries(item).filter(([name]) => name === 'pk' || name === 'sk' || name.startsWith('gsi')));
    expect({ type: item.type, ...tableAttributes }).toEqual({ type, ...keys });
  });
});

describe('defineItem', () => {
  const thing = defineItem<{ id: string; secret?: string; n: number }>({
    type: 'thing',
    key: (prefCode, t) => ({ pk: `${prefCode}#T`, sk: t.id }),
    indexes: (prefCode, t) => (t.n > 0 ? { gsi1pk: `${prefCode}#POSITIVE`, gsi1sk: t.id } : {}),
    internal: ['secret'],
  });

  it('writes the key, the index keys and the type before the object, and reads back the object alone', () => {
    const item = thing.toItem(P, { id: 'x', n: 1, secret: 's' });
    expect(item).toEqual({ pk: `${P}#T`, sk: 'x', gsi1pk: `${P}#POSITIVE`, gsi1sk: 'x', type: 'thing', id: 'x', n: 1, secret: 's' });
    expect(thing.fromItem(item)).toEqual({ id: 'x', n: 1 });
  });

  it('leaves an item out of a sparse index when the declaration gives no key for it', () => {
    expect(Object.keys(thing.toItem(P, { id: 'y', n: 0 }))).not.toContain('gsi1pk');
    expect(thing.indexKeys(P, { id: 'y', n: 0 })).toEqual({});
  });

  it('keeps attributes it does not know (older items read as they were stored)', () => {
    expect(thing.fromItem({ pk: 'p', sk: 's', type: 'thing', id: 'z', n: 2, legacy: true })).toEqual({ id: 'z', n: 2, legacy: true });
  });
});
