import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { shiftJis } from '../support/shift-jis';
import { tableState } from '../support/table-state';
import { useTestTable } from '../support/test-table';

/**
 * A values file as people make it (issue 15): saved from Excel as 「CSV（コンマ区切り）」 (Shift_JIS/CP932) or
 * 「CSV UTF-8」 (with a BOM), or an XLSX sheet read in the browser; Japanese headers; a preview before anything is
 * written. A file in neither encoding is refused — nothing is ever stored garbled.
 */
const api = apiClient();
const YOKOHAMA = '141003';
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const upload = (body: Record<string, unknown>, as = `muni-${YOKOHAMA}`) => api.post('/api/shared-values/imports', body, as);
const HEADER = '指標ID,指標名,期間,団体コード,団体名,項目,単位,値,備考,出典';
const NOTE = '①全庁調査（㈱委託）による髙﨑課長確認済み、～は範囲（Excel の波ダッシュ）';

async function stored(measure: string, period: string, as = 'pref-staff') {
  const { rows } = await (await api.get(`/api/shared-measures/${measure}/periods/${period}/comparison`, as)).json();
  return rows.find((r: { orgCode: string }) => r.orgCode === YOKOHAMA);
}
async function history(measure: string, period: string) {
  return (await (await api.get(`/api/shared-measures/${measure}/periods/${period}/values/${YOKOHAMA}/history`, 'pref-staff')).json()).items;
}

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true });
});

describe('encodings', () => {
  it('a Shift_JIS (CP932) CSV with Japanese headers and notes round-trips exactly', async () => {
    const csv = [HEADER, `rpa-processes,RPA,FY2026,${YOKOHAMA},横浜市,,件,40,${NOTE},ＲＰＡ台帳`].join('\r\n');
    const bytes = shiftJis(csv);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const res = await upload({ csvBase64: base64(bytes) });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ written: 1, changes: [{ row: 2, measureId: 'rpa-processes', periodLabel: { ja: '令和8年度' }, orgName: '横浜市', after: 40 }] });
    expect((await history('rpa-processes', 'FY2026'))[0].after).toMatchObject({ value: 40, note: NOTE, source: 'ＲＰＡ台帳', review: 'submitted' });
  });

  it('UTF-8 with a BOM reads the same', async () => {
    const csv = `\uFEFF${HEADER}\nai-ocr-forms,,FY2026,${YOKOHAMA},,,,12,${NOTE},\n`;
    const res = await upload({ csvBase64: base64(new TextEncoder().encode(csv)) });
    expect(res.status).toBe(200);
    expect((await history('ai-ocr-forms', 'FY2026'))[0].after.note).toBe(NOTE);
  });

  it('a file in neither UTF-8 nor Shift_JIS: 400 naming both, and nothing written', async () => {
    const before = await tableState();
    // 0x82 0xFF is no Shift_JIS character, and 0xFF never occurs in UTF-8.
    const bytes = new Uint8Array([...new TextEncoder().encode(`${HEADER}\nrpa-processes,,FY2026,${YOKOHAMA},,,,41,`), 0x82, 0xff, 0x0a]);
    const res = await upload({ csvBase64: base64(bytes) });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('encoding');
    expect(error.message.ja).toContain('UTF-8');
    expect(error.message.ja).toContain('Shift_JIS');
    expect(error.message.en).toContain('nothing was written');
    expect(await tableState()).toEqual(before);
  });

  it('exactly one source: csv, csvBase64 or rows', async () => {
    expect((await upload({ csv: `${HEADER}\n`, rows: [{ 値: '1' }] })).status).toBe(400);
    expect((await upload({})).status).toBe(400);
  });
});

describe('rows of an XLSX sheet, with a preview first', () => {
  const row = (cells: Record<string, string>) => ({ 指標ID: '', 指標名: '（読み取り専用）', 期間: 'FY2026', 団体コード: YOKOHAMA, 項目: '', 値: '', 備考: '', 出典: '', ...cells });

  it('a dry run shows before → after and warnings and writes nothing; the commit writes it', async () => {
    const rows = [
      row({ 指標ID: 'generative-ai', 値: 'はい' }),
      row({ 指標ID: 'telework', 値: 'いいえ', 備考: '庁舎改修中' }),
    ];
    const before = await tableState();
    const preview = await upload({ rows, dryRun: true });
    expect(preview.status).toBe(200);
    const body = await preview.json();
    expect(body).toMatchObject({ dryRun: true, written: 0, unchanged: 0 });
    expect(body.changes.map((c: { row: number; measureId: string; after: unknown }) => [c.row, c.measureId, c.after])).toEqual([
      [2, 'generative-ai', true],
      [3, 'telework', false],
    ]);
    expect(await tableState()).toEqual(before);

    const committed = await (await upload({ rows })).json();
    expect(committed).toMatchObject({ dryRun: false, written: 2 });
    expect(await stored('generative-ai', 'FY2026')).toMatchObject({ value: true, review: 'submitted' });
    // The same file again changes nothing.
    expect(await (await upload({ rows, dryRun: true })).json()).toMatchObject({ written: 0, changes: [], unchanged: 2 });
  });

  it('a status measure: one row per item (by Japanese name or id, statuses as labels), merged into one value over the stored one', async () => {
    const current = (await stored('system-standardisation', '2026-10')).value as Record<string, string>;
    const rows = [
      row({ 指標ID: 'system-standardisation', 期間: '2026-10', 項目: '住民基本台帳', 値: '移行完了' }),
      row({ 指標ID: 'system-standardisation', 期間: '2026-10', 項目: 'kokuho', 値: '作業中' }),
    ];
    const res = await upload({ rows, dryRun: true });
    expect(res.status, await res.clone().text()).toBe(200);
    const [change] = (await res.json()).changes;
    expect(change.row).toBe(2);
    expect(change.after).toEqual({ ...current, jumin: 'migrated', kokuho: 'in_progress' });
    const twice = await upload({ rows: [...rows, row({ 指標ID: 'system-standardisation', 期間: '2026-10', 項目: 'jumin', 値: '未着手' })], dryRun: true });
    expect(twice.status).toBe(400);
    expect((await twice.json()).error.rows[0]).toMatchObject({ row: 4, column: '項目' });
  });

  it('errors name Excel rows and the Japanese headers; a warning without a note asks for one in 備考', async () => {
    const before = await tableState();
    const res = await upload({
      rows: [
        row({ 指標ID: 'online-procedures', 値: '-1' }),
        row({ 指標ID: 'generative-ai', 値: 'たぶん' }),
        row({ 指標ID: 'online-usage-rate', 値: '96' }),
        row({ 指標ID: 'no-such-measure', 値: '1' }),
      ],
    });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.rows.map((r: { row: number; column: string }) => `${r.row}:${r.column}`)).toEqual(['2:値', '3:値', '4:備考', '5:指標ID']);
    const noteRow = error.rows.find((r: { row: number }) => r.row === 4);
    expect(noteRow.message.ja).toContain('「備考」列');
    expect(error.message.ja).toContain('Excel の行番号');
    expect(await tableState()).toEqual(before);
  });

  it('a header missing: 400 naming the column by its Japanese header', async () => {
    const res = await upload({ rows: [{ 指標ID: 'telework', 期間: 'FY2026', 値: 'はい' }] });
    expect(res.status).toBe(400);
    expect((await res.json()).error.rows).toEqual([expect.objectContaining({ row: 1, column: '団体コード' })]);
  });
});
