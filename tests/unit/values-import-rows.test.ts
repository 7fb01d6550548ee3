import { describe, expect, it } from 'vitest';
import { valuesRows } from '../../shared/shared-measures/values-import';

describe('rows of a values file', () => {
  const header = ['指標ID', '指標名', '期間', '団体コード', '値', '備考'];
  const row = (n: number, value: string, note = '') => ({
    row: n,
    cells: { 指標ID: 'open-data-datasets', 指標名: '公開データセット数', 期間: 'FY2025', 団体コード: '141003', 値: value, 備考: note },
  });

  it('skips template rows left without a value (XLSX or saved as CSV alike), keeping the others’ Excel row numbers', () => {
    const { rows, errors } = valuesRows(header, [row(2, ''), row(3, '156'), row(4, '  ', '記入なし')]);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.row, r.cells.value])).toEqual([[3, '156']]);
  });
});
