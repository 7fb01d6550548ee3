import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../functions/platform/files/xlsx';
import { templateRows, type TemplateMeasure } from '../../shared/shared-measures/values-template';

const fy = (year: number) => ({ period: `FY${year}`, opensOn: `${year + 1}-04-01`, deadline: `${year + 1}-05-31` });
const base = { unit: '', order: 0, reportedBy: 'municipality' as const, period: 'fiscal_year' as const };
const datasets: TemplateMeasure = { ...base, id: 'open-data-datasets', name: { ja: '公開データセット数', en: 'Datasets' }, unit: '件', valueType: 'number', order: 2, calendar: [fy(2024), fy(2025), fy(2026)] };
const adopted: TemplateMeasure = { ...base, id: 'open-data-adopted', name: { ja: 'オープンデータの取組', en: 'Adopted' }, valueType: 'boolean', order: 1, calendar: [fy(2025)] };
const systems: TemplateMeasure = {
  ...base,
  id: 'system-standardisation',
  name: { ja: '標準準拠システムへの移行状況', en: 'Systems' },
  valueType: 'status',
  period: 'month',
  order: 3,
  items: [
    { id: 'jumin', name: { ja: '住民基本台帳', en: 'Resident register' } },
    { id: 'koseki', name: { ja: '戸籍', en: 'Family register' } },
  ],
  calendar: [{ period: '2026-10', opensOn: '2026-11-01', deadline: '2026-11-15' }],
};
const cardRate: TemplateMeasure = { ...base, id: 'mynumber-card-rate', name: { ja: 'カード保有率', en: 'Card rate' }, valueType: 'percent', reportedBy: 'prefecture', calendar: [fy(2025)] };
const org = { code: '141003', name: '横浜市' };
/** 2026-11-28 09:00 in Japan: FY2024 and FY2025 have opened, FY2026 has not. */
const NOW = new Date('2026-11-28T00:00:00Z');

describe('the values template’s rows: what a municipality still has to report', () => {
  it('lists every opened period of every measure it reports, left out what the prefecture confirmed or enters itself', () => {
    const rows = templateRows({
      measures: [systems, datasets, adopted, cardRate],
      org,
      values: [
        { measureId: 'open-data-datasets', period: 'FY2024', value: 156, review: 'confirmed' },
        { measureId: 'open-data-datasets', period: 'FY2025', value: 1300, note: '桁を確認中', review: 'returned' },
      ],
      now: NOW,
    });
    expect(rows.map((r) => [r.cells.measure_id, r.cells.period, r.cells.item])).toEqual([
      ['open-data-adopted', 'FY2025', ''],
      ['open-data-datasets', 'FY2025', ''],
      ['system-standardisation', '2026-10', '住民基本台帳'],
      ['system-standardisation', '2026-10', '戸籍'],
    ]);
    expect(rows[1]!.cells).toMatchObject({ measure_name: '公開データセット数', period_label: '令和7年度', org_code: '141003', org_name: '横浜市', unit: '件', value: 1300, note: '桁を確認中' });
  });

  it('prefills the current value as the drop-down lists spell it, and offers those lists', () => {
    const rows = templateRows({
      measures: [adopted, systems],
      org,
      values: [
        { measureId: 'open-data-adopted', period: 'FY2025', value: false, review: 'submitted' },
        { measureId: 'system-standardisation', period: '2026-10', value: { jumin: 'migrated' }, note: '戸籍は作業中', review: 'submitted' },
      ],
      now: NOW,
    });
    expect(rows.map((r) => [r.cells.value, r.choices, r.cells.note])).toEqual([
      ['いいえ', 'boolean', ''],
      ['移行完了', 'status', '戸籍は作業中'],
      ['', 'status', ''], // the note is the value's, written once so the file never holds two of it
    ]);
  });

  it('a value stored before review existed counts as confirmed (it was published)', () => {
    expect(templateRows({ measures: [adopted], org, values: [{ measureId: 'open-data-adopted', period: 'FY2025', value: true }], now: NOW })).toEqual([]);
  });
});

describe('the template’s size', () => {
  it('writes 33 measures × 24 monthly periods, three of them with 20 items each, (its time is measured by bench/values-template.ts)', () => {
    const months = Array.from({ length: 24 }, (_, i) => {
      const d = new Date(Date.UTC(2024, 10 + i, 1));
      const period = d.toISOString().slice(0, 7);
      return { period, opensOn: `${period}-01`, deadline: `${period}-15` };
    });
    const items = Array.from({ length: 20 }, (_, i) => ({ id: `item_${i}`, name: { ja: `業務${i}`, en: `System ${i}` } }));
    const measures: TemplateMeasure[] = Array.from({ length: 33 }, (_, i) => ({
      ...systems,
      id: `measure-${i}`,
      valueType: i < 3 ? 'status' : 'number',
      items: i < 3 ? items : undefined,
      calendar: months,
    }));
    const rows = templateRows({ measures, org, values: [], now: NOW });
    const file = writeXlsx([{ name: 'S', columns: [{ header: 'a', width: 5 }], rows: rows.map((r) => Object.values(r.cells)), lists: [{ column: 8, rows: rows.flatMap((r, i) => (r.choices ? [i] : [])), values: ['未着手', '作業中'] }] }]);
    expect(rows).toHaveLength(30 * 24 + 3 * 24 * 20);
    expect(file.length).toBeGreaterThan(0);
  });
});
