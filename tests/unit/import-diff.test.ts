import { describe, expect, it } from 'vitest';
import { ERRATUM_FIELD_LABELS, ERRATUM_FIELDS } from '../../shared/plan/errata';
import { importedSnapshot, inReviewOrder, portalEdits, resultChanges, type ImportItem } from '../../shared/plan/import-diff';
import { PREVIEW_FIELD_LABELS, RESULT_FIELDS } from '../../shared/plan/import-fields';
import type { MeasureResult } from '../../shared/plan/result';

const fromFile = {
  targetText: '①33名 ②60件',
  actualText: '①２名 ②57件',
  values: [
    { subNo: 1, target: { text: '33名', value: 33 }, actual: { text: '２名', value: 2 } },
    { subNo: 2, target: { text: '60件', value: 60 }, actual: { text: '57件', value: 57 } },
  ],
  confirmedRating: 'not_achieved',
  reason: '方針を変更したため。',
};
const stored = (over: Partial<MeasureResult> = {}): MeasureResult => ({
  measureNo: '21-2',
  fiscalYear: 2024,
  ...fromFile,
  computedRating: 'not_achieved',
  version: 2,
  updatedAt: '2025-07-01T00:00:00.000Z',
  imported: importedSnapshot(fromFile, '2025-06-01T00:00:00.000Z'),
  ...over,
});

describe('what a re-import would undo', () => {
  it('a field edited in the portal since the import, which the file says otherwise, is a conflict', () => {
    const edited = stored({ actualText: '①33名 ②60件' });
    expect([...portalEdits(edited)]).toEqual(['actualText']);
    expect(resultChanges(edited, fromFile)).toEqual([{ field: 'actualText', before: '①33名 ②60件', after: '①２名 ②57件', conflict: true }]);
  });

  it('a change in the file alone is not a conflict', () => {
    expect(resultChanges(stored(), { ...fromFile, reason: '見直した。' })).toEqual([{ field: 'reason', before: '方針を変更したため。', after: '見直した。', conflict: false }]);
  });

  it('a result without a snapshot (written before imports kept one) has no known portal edit', () => {
    const old = stored({ imported: undefined, actualText: '①33名 ②60件' });
    expect(portalEdits(old).size).toBe(0);
    expect(resultChanges(old, fromFile).every((c) => !c.conflict)).toBe(true);
  });

  it('lists conflicts first, otherwise in the files’ order', () => {
    const item = (measureNo: string, conflict: boolean): ImportItem => ({ measureNo, name: '', kind: 'changed', changes: [], conflict, write: !conflict });
    expect(inReviewOrder([item('1-1', false), item('2-1', true), item('3-1', false), item('4-1', true)]).map((i) => i.measureNo)).toEqual(['2-1', '4-1', '1-1', '3-1']);
  });

  it('names the result fields as errata do', () => {
    expect(RESULT_FIELDS).toEqual(ERRATUM_FIELDS);
    for (const field of ERRATUM_FIELDS) expect(PREVIEW_FIELD_LABELS[field]).toEqual(ERRATUM_FIELD_LABELS[field]);
  });
});
