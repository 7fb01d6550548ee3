import { writeXlsx } from '../functions/platform/files/xlsx';
import { templateRows, type TemplateMeasure } from '../shared/shared-measures/values-template';
import { ms, percentile } from './stats';

/**
 * The largest values template a municipality could ask for today's catalogue and more: 33 measures × 24 monthly
 * periods, three of them status measures of 20 items (2,160 rows), built and written as XLSX, as the template
 * route does after its one Query. Printed by `npm run bench`.
 */
export function benchValuesTemplate(runs = 9): { rows: number; bytes: number; p50: number; max: number } {
  const months = Array.from({ length: 24 }, (_, i) => {
    const period = new Date(Date.UTC(2024, 10 + i, 1)).toISOString().slice(0, 7);
    return { period, opensOn: `${period}-01`, deadline: `${period}-15` };
  });
  const items = Array.from({ length: 20 }, (_, i) => ({ id: `item_${i}`, name: { ja: `業務${i}`, en: `System ${i}` } }));
  const measures: TemplateMeasure[] = Array.from({ length: 33 }, (_, i) => ({
    id: `measure-${i}`,
    name: { ja: `指標${i}`, en: `Measure ${i}` },
    unit: '件',
    order: i,
    reportedBy: 'municipality',
    period: 'month',
    valueType: i < 3 ? 'status' : 'number',
    items: i < 3 ? items : undefined,
    calendar: months,
  }));
  const org = { code: '141003', name: '横浜市' };
  const now = new Date('2026-11-28T00:00:00Z');
  const times: number[] = [];
  let rows = 0;
  let bytes = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const built = templateRows({ measures, org, values: [], now });
    const file = writeXlsx([{ name: 'S', columns: [{ header: 'a', width: 5 }], rows: built.map((r) => Object.values(r.cells)), lists: [{ column: 8, rows: built.flatMap((r, i) => (r.choices ? [i] : [])), values: ['未着手', '作業中'] }] }]);
    times.push(performance.now() - started);
    rows = built.length;
    bytes = file.length;
  }
  return { rows, bytes, p50: percentile(times, 50), max: Math.max(...times) };
}

export const valuesTemplateLine = (r: ReturnType<typeof benchValuesTemplate>) =>
  `values template, ${r.rows} rows (${Math.round(r.bytes / 1024)} KB XLSX): built and written in ${ms(r.p50)} median, ${ms(r.max)} at most`;
