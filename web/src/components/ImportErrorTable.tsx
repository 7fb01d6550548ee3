import { pick } from '../i18n/lang';
import { For } from 'solid-js';
import type { ImportRowError } from '../../../shared/api/errors';

const FILE_LABEL: Record<ImportRowError['file'], string> = { plan: '計画定義', measures: '施策CSV', indicators: '成果指標CSV', values: '共通指標の値CSV' };

/** Every bad row and column of an import, as the API reported them (row 0 is the header). */
export function ImportErrorTable(props: { rows: ImportRowError[] }) {
  return (
    <div class="table-scroll">
      <table>
        <caption>取込ファイルの誤り（{props.rows.length}件）</caption>
        <thead>
          <tr>
            <th scope="col">ファイル</th>
            <th scope="col">行</th>
            <th scope="col">列</th>
            <th scope="col">内容</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(r) => (
              <tr>
                <td>{FILE_LABEL[r.file]}</td>
                <td class="num">{r.file === 'plan' ? '―' : r.row === 0 ? '見出し' : r.row}</td>
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
