import { For, Show } from 'solid-js';
import type { ValuesImportResult } from '../../../../shared/api/shared-measures';
import type { SharedValue } from '../../../../shared/shared-measures/status';
import { VALUE_TYPES } from '../../../../shared/shared-measures/value-types';
import { lang, pick, tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';
import type { CatalogueMeasure } from './queries';

/** What the import wrote, or would write in a dry run (POST /api/shared-values/imports). */
export type ImportResult = ValuesImportResult;

/**
 * 取込内容の確認: what the file would change, before anything is written — each value before → after, and the
 * warnings a reviewer will see with the note given. Nothing here is saved until the person confirms.
 */
export function ImportPreview(props: { result: ImportResult; catalogue: readonly CatalogueMeasure[] | undefined; showOrg: boolean }) {
  const text = (measureId: string, value: SharedValue | undefined) => {
    if (value === undefined) return tr('（未報告）', '(none)');
    const measure = props.catalogue?.find((m) => m.id === measureId);
    return measure ? VALUE_TYPES[measure.valueType].format(value, measure.unit, lang()) : JSON.stringify(value);
  };
  const warned = () => props.result.changes.filter((c) => c.warnings.length > 0).length;
  return (
    <section aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading" tabIndex={-1}>{tr('取込内容の確認', 'Check what will change')}</h3>
      <p>
        {tr(`変更される値: ${props.result.changes.length}件`, `Values to change: ${props.result.changes.length}`)}
        {tr(`（変更なし ${props.result.unchanged}件）`, ` (${props.result.unchanged} unchanged)`)}
        <Show when={warned() > 0}>{tr(`。うち${warned()}件に確認事項があり、県の確認時に表示されます。`, `. ${warned()} carry warnings the prefecture will see when reviewing.`)}</Show>
      </p>
      <Show when={props.result.changes.length > 0} fallback={<p>{tr('このファイルで変わる値はありません。', 'This file changes no value.')}</p>}>
        <div class="table-scroll" tabindex="0" role="region" aria-label={tr('取り込まれる値（前 → 後）', 'Values to be imported (before → after)')}>
          <table>
            <caption class="visually-hidden">{tr('取り込まれる値（前 → 後）', 'Values to be imported (before → after)')}</caption>
            <thead>
              <tr>
                <th scope="col" class="num">{tr('行', 'Row')}</th>
                <th scope="col">{tr('指標', 'Measure')}</th>
                <th scope="col">{tr('期間', 'Period')}</th>
                <Show when={props.showOrg}><th scope="col">{tr('団体', 'Municipality')}</th></Show>
                <th scope="col">{tr('変更前', 'Before')}</th>
                <th scope="col">{tr('変更後', 'After')}</th>
                <th scope="col">{tr('確認事項', 'Warnings')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.result.changes}>
                {(c) => (
                  <tr>
                    <td class="num">{c.row}</td>
                    <td>{pick(c.measureName)}</td>
                    <td>{pick(c.periodLabel)}</td>
                    <Show when={props.showOrg}><td>{orgLabel(c.orgCode, c.orgName)}</td></Show>
                    <td>{text(c.measureId, c.before)}</td>
                    <td><strong>{text(c.measureId, c.after)}</strong></td>
                    <td>
                      <Show when={c.warnings.length > 0} fallback={'―'}>
                        <ul class="flags">
                          <For each={c.warnings}>{(w) => <li>{pick(w.message)}</li>}</For>
                        </ul>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
