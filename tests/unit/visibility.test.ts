import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mayReadHistory, relationOf, seenBy, visibleTo } from '../../shared/auth/visibility';
import { participationSchema } from '../../shared/joint-projects/participation';
import { progressReportSchema } from '../../shared/api/joint-projects';
import { reportedValueSchema } from '../../shared/api/shared-measures';
import { userViewSchema } from '../../shared/api/users';

const yokohama = { role: 'municipal_staff', orgCode: '141003' } as const;
const kawasaki = { role: 'municipal_staff', orgCode: '141305' } as const;
const staff = { role: 'prefecture_staff', orgCode: '140007' } as const;
const council = { role: 'council', orgCode: '140007' } as const;

describe('who stands where to a piece of data', () => {
  it('the prefecture, the owning municipality, everyone else', () => {
    expect(relationOf(staff, '141003')).toBe('prefecture');
    expect(relationOf(yokohama, '141003')).toBe('owner');
    expect(relationOf(kawasaki, '141003')).toBe('other');
    expect(relationOf(council, '141003')).toBe('other');
    expect(relationOf(undefined, '141003')).toBe('other');
  });

  it('histories are the owner’s and the prefecture’s; plan and catalogue histories the prefecture’s alone', () => {
    expect(mayReadHistory('sharedValue', 'owner')).toBe(true);
    expect(mayReadHistory('sharedValue', 'other')).toBe(false);
    expect(mayReadHistory('progressReport', 'other')).toBe(false);
    expect(mayReadHistory('measure', 'owner')).toBe(false);
    expect(mayReadHistory('measure', 'prefecture')).toBe(true);
    // A user account's history: its organisation (the users routes narrow that to its administrators) and the prefecture.
    expect(mayReadHistory('user', 'owner')).toBe(true);
    expect(mayReadHistory('user', 'other')).toBe(false);
  });

  it('a user’s last sign-in is for their organisation and the prefecture only', () => {
    const user = { userId: 'u1', email: 'a@example.jp', name: 'A', role: 'municipal_staff', orgCode: '141003', orgName: '横浜市', orgAdmin: false, status: 'active', lastSignInAt: 'T', createdAt: 'T', version: 1 };
    expect(visibleTo(userViewSchema, user, relationOf(kawasaki, '141003'))).not.toHaveProperty('lastSignInAt');
    expect(visibleTo(userViewSchema, user, relationOf(yokohama, '141003'))).toHaveProperty('lastSignInAt', 'T');
  });
});

describe('fields follow the audience declared in their schema', () => {
  const schema = z.object({
    name: z.string(),
    memo: seenBy('prefecture', z.string()).optional(),
    contacts: seenBy('owner', z.array(z.string())),
    rows: z.array(z.object({ n: z.number(), by: seenBy('owner', z.string()).optional() })),
  });
  const record = { name: 'A', memo: 'internal', contacts: ['a@example.jp'], rows: [{ n: 1, by: 'u1', stray: 'x' }], pk: 'KEY#1' };

  it('drops what a viewer may not see, empties hidden lists, and never passes undeclared attributes', () => {
    expect(visibleTo(schema, record, 'other')).toEqual({ name: 'A', contacts: [], rows: [{ n: 1 }] });
    expect(visibleTo(schema, record, 'owner')).toEqual({ name: 'A', contacts: ['a@example.jp'], rows: [{ n: 1, by: 'u1' }] });
    expect(visibleTo(schema, record, 'prefecture')).toEqual({ name: 'A', memo: 'internal', contacts: ['a@example.jp'], rows: [{ n: 1, by: 'u1' }] });
  });

  it('a participation’s internal note is the prefecture’s, its contacts the owner’s', () => {
    const p = {
      projectId: 'ai-ocr', orgCode: '141003', phaseId: 'live', contactEmails: ['dx@city.yokohama.lg.jp'], note: '予算確保が遅れている',
      phaseSince: '2024-04-01', reports: {}, approvedFigures: {}, sample: false, version: 2, updatedAt: '2024-05-01', updatedBy: 'pref-staff',
    };
    const asOther = visibleTo(participationSchema, p, 'other');
    expect(asOther).not.toHaveProperty('note');
    expect(asOther.contactEmails).toEqual([]);
    expect(asOther).not.toHaveProperty('updatedBy');
    expect(visibleTo(participationSchema, p, 'owner')).not.toHaveProperty('note');
    expect(visibleTo(participationSchema, p, 'prefecture').note).toBe('予算確保が遅れている');
  });

  it('a published report shows others its answers, not who moved it through review', () => {
    const report = {
      projectId: 'ai-ocr', periodId: '2024h1', orgCode: '141003', state: 'approved', values: { status: 'on_track' },
      transitions: [{ action: 'submit', from: 'draft', to: 'submitted', by: { userId: 'muni-141003', name: '横浜市 職員', role: 'municipal_staff' }, at: '2024-10-01' }],
      version: 3, createdAt: '2024-09-01', updatedAt: '2024-10-02', updatedBy: 'pref-staff', submittedAt: '2024-10-01',
    };
    const asOther = visibleTo(progressReportSchema, report, 'other');
    expect(asOther.values).toEqual({ status: 'on_track' });
    expect(asOther.transitions).toEqual([]);
    expect(asOther).not.toHaveProperty('updatedBy');
    expect(visibleTo(progressReportSchema, report, 'owner').transitions).toHaveLength(1);
  });

  it('a shared value shows everyone the figure, its note and source, and its owner who entered it', () => {
    const v = { measureId: 'open-data-adopted', period: 'FY2024', orgCode: '141003', value: true, note: '備考', source: '出典', sample: false, enteredByPrefecture: false, version: 1, updatedAt: '2024-05-01', updatedBy: 'muni-141003' };
    const asOther = visibleTo(reportedValueSchema, v, 'other');
    expect(asOther).toMatchObject({ value: true, note: '備考', source: '出典' });
    expect(asOther).not.toHaveProperty('updatedBy');
    expect(visibleTo(reportedValueSchema, v, 'owner').updatedBy).toBe('muni-141003');
  });
});
