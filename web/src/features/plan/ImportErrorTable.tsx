import { For } from 'solid-js';
import type { ImportRowError } from '../../../../shared/api/errors';
import { pick, tr } from '../../app/lang';

const FILE_LABEL: Record<ImportRowError['file'], { ja: string; en: string }> = {
  plan: { ja: '計画定義', en: 'Plan file' },
  measures: { ja: '施策CSV', en: 'Measures CSV' },
  indicators: { ja: '成果指標CSV', en: 'Indicators CSV' },
  values: { ja: '共通指標の値CSV', en: 'Values CSV' },
};

/** Every bad row and column of an import, as the API reported them (row 0 is the header). */
export function ImportErrorTable(props: { rows: ImportRowError[] }) {
  return (
    <div class="table-scroll" tabindex="0" role="region" aria-label={tr(`取込ファイルの誤り（${props.rows.length}件）`, `Problems in the files (${props.rows.length})`)}>
      <table>
        <caption>{tr(`取込ファイルの誤り（${props.rows.length}件）`, `Problems in the files (${props.rows.length})`)}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('ファイル', 'File')}</th>
            <th scope="col">{tr('行', 'Row')}</th>
            <th scope="col">{tr('列', 'Column')}</th>
            <th scope="col">{tr('内容', 'Problem')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(r) => (
              <tr>
                <td>{pick(FILE_LABEL[r.file])}</td>
                <td class="num">{r.file === 'plan' ? '―' : r.row === 0 ? tr('見出し', 'header') : r.row}</td>
                <td>{r.column}</td>
                <td>{pick(r.message)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
