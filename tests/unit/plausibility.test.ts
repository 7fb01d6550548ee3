import { describe, expect, it } from 'vitest';
import type { ReportedValueRecord } from '../../shared/api/shared-measures';
import { sharedMeasureSchema, type SharedMeasure } from '../../shared/shared-measures/definition';
import { checkPlausibility, outlierFindings } from '../../shared/shared-measures/plausibility';
import { publishedValue, valueSeenBy } from '../../shared/shared-measures/review';
import { decideEntry, type EntryContext } from '../../shared/shared-measures/value-entry';

const measure = (extra: Record<string, unknown>): SharedMeasure =>
  sharedMeasureSchema.parse({
    id: 'online-procedures',
    category: { ja: 'c', en: 'c' },
    name: { ja: 'オンライン化手続数', en: 'Online procedures' },
    definition: { ja: '定義', en: 'Definition' },
    unit: '件',
    valueType: 'number',
    period: 'fiscal_year',
    reportedBy: 'municipality',
    ...extra,
  });
const all = measure({ id: 'all-procedures', name: { ja: '手続総数', en: 'All procedures' } });

describe('plausibility rules as data', () => {
  it('a range, a change from the previous period and a rule across measures, each with its severity', () => {
    const m = measure({
      rules: [
        { kind: 'range', min: 0, max: 500, severity: 'warning' },
        { kind: 'change', maxRatio: 2, severity: 'warning' },
        { kind: 'not_above', measureId: 'all-procedures', severity: 'error' },
      ],
    });
    const ctx = { previous: 100, others: { 'all-procedures': 400 }, catalogue: [m, all] };
    expect(checkPlausibility(m, 250, ctx)).toEqual({ errors: [], warnings: [] });
    const big = checkPlausibility(m, 600, ctx);
    expect(big.warnings.map((f) => f.rule)).toEqual(['range', 'change']);
    expect(big.errors.map((f) => f.rule)).toEqual(['not_above']);
    expect(big.errors[0]!.message.ja).toContain('「手続総数」（400件）を超えています');
    expect(big.warnings[1]!.message.ja).toContain('100件から600件へ500%変化');
    // Without the other value or a previous one, those rules have nothing to compare with.
    expect(checkPlausibility(m, 301, { others: {}, catalogue: [m, all] }).warnings).toEqual([]);
    // A change from 0 is measured against 1, not divided by zero.
    expect(checkPlausibility(m, 3, { previous: 0, others: {}, catalogue: [m] }).warnings.map((f) => f.rule)).toEqual(['change']);
  });

  it('flags values far from the distribution by a robust z-score, only with enough values and spread', () => {
    const values = [10, 11, 12, 12, 13, 14, 15, 16].map((numeric, i) => ({ orgCode: String(i), numeric }));
    expect(outlierFindings([...values, { orgCode: 'x', numeric: 120 }])).toEqual(['x']);
    expect(outlierFindings([...values, { orgCode: 'x', numeric: 20 }])).toEqual([]);
    expect(outlierFindings(values.slice(0, 6).concat({ orgCode: 'x', numeric: 999 }))).toEqual([]);
    expect(outlierFindings(Array.from({ length: 9 }, (_, i) => ({ orgCode: String(i), numeric: i === 8 ? 50 : 5 })))).toEqual([]);
  });
});

describe('what a save does (the form and the import alike)', () => {
  const m = measure({ rules: [{ kind: 'change', maxRatio: 1, severity: 'warning' }] });
  const stored: ReportedValueRecord = {
    measureId: m.id,
    period: 'FY2025',
    orgCode: '141003',
    value: 100,
    sample: false,
    enteredByPrefecture: false,
    review: 'confirmed',
    version: 2,
    updatedAt: '2026-05-10T00:00:00.000Z',
    submittedAt: '2026-05-01T00:00:00.000Z',
  };
  const ctx = (extra: Partial<EntryContext> = {}): EntryContext => ({
    measure: m,
    catalogue: [m],
    target: { measureId: m.id, period: 'FY2025', orgCode: '141003' },
    current: stored,
    previous: 90,
    others: {},
    byPrefecture: false,
    userId: 'muni-141003',
    at: '2026-06-20T00:00:00.000Z',
    ...extra,
  });

  it('a municipality’s correction is submitted; the confirmed value and the first submission stay', () => {
    const d = decideEntry({ value: 120 }, ctx());
    expect(d).toMatchObject({ ok: true, record: { review: 'submitted', value: 120, confirmed: { value: 100 }, submittedAt: '2026-05-01T00:00:00.000Z', version: 3 } });
    if (!d.ok) return;
    expect(publishedValue(d.record)).toMatchObject({ value: 100, review: 'confirmed' });
    expect(valueSeenBy({ role: 'council', orgCode: '140007' }, d.record)?.value).toBe(100);
    expect(valueSeenBy({ role: 'municipal_staff', orgCode: '141003' }, d.record)?.value).toBe(120);
    expect(valueSeenBy({ role: 'municipal_staff', orgCode: '141305' }, d.record)?.value).toBe(100);
  });

  it('a warning needs a note, and is kept as a flag when given one', () => {
    const refused = decideEntry({ value: 300 }, ctx());
    expect(refused).toMatchObject({ ok: false, code: 'note_required' });
    expect(decideEntry({ value: 300, note: '統合により増加' }, ctx())).toMatchObject({ ok: true, record: { flags: [{ rule: 'change' }] } });
  });

  it('the prefecture’s entry is confirmed at once', () => {
    expect(decideEntry({ value: 95 }, ctx({ byPrefecture: true, userId: 'pref-staff' }))).toMatchObject({
      ok: true,
      record: { review: 'confirmed', confirmed: { value: 95, at: '2026-06-20T00:00:00.000Z' }, enteredByPrefecture: true, reviewedBy: 'pref-staff' },
    });
  });

  it('a first submission is dated now; nothing is published before its confirmation', () => {
    const d = decideEntry({ value: 95 }, ctx({ current: undefined }));
    expect(d).toMatchObject({ ok: true, record: { review: 'submitted', submittedAt: '2026-06-20T00:00:00.000Z', version: 1 } });
    if (d.ok) expect(publishedValue(d.record)).toBeUndefined();
  });
});
