import { For, Index, Show } from 'solid-js';
import type { PlanImportResult } from '../../../../shared/api/plans';
import type { FieldChange, ImportItem } from '../../../../shared/plan/import-diff';
import { PREVIEW_FIELD_LABELS } from '../../../../shared/plan/import-fields';
import { pick, tr } from '../../app/lang';
import './ImportPreview.css';

/** How the file's plan names its rating levels (◎ 達成 …): a rating reads as the report prints it, not as its id. */
export type RatingNames = ReadonlyMap<string, string>;

export function ratingNamesOf(plan: unknown): RatingNames {
  const levels = (plan as { ratingScheme?: { levels?: { id?: unknown; symbol?: unknown; label?: { ja?: unknown; en?: unknown } }[] } })?.ratingScheme?.levels;
  if (!Array.isArray(levels)) return new Map();
  return new Map(
    levels.flatMap((l) => (typeof l.id === 'string' ? [[l.id, `${typeof l.symbol === 'string' ? `${l.symbol} ` : ''}${typeof l.label?.ja === 'string' ? tr(l.label.ja, String(l.label.en ?? l.id)) : l.id}`] as const] : [])),
  );
}

/** One indicator's values as erratumChanges prints them (`1: 33名 / ２名`, shared/plan/errata.ts), in words. */
const valueLine = (line: string) => {
  const m = /^(\d+): (.*) \/ (.*)$/.exec(line);
  return m ? tr(`指標${m[1]}　目標 ${m[2]}／実績 ${m[3] || '（空欄）'}`, `Indicator ${m[1]}: target ${m[2]}, actual ${m[3] || '(empty)'}`) : line;
};

/** A field's text as a reader compares it: indicator values one per line, a rating by its name, an empty field said so. */
function Printed(props: { change: FieldChange; text: string; ratings: RatingNames }) {
  const lines = () => {
    if (props.change.field === 'confirmedRating') {
      return [props.text === '' ? tr('（確定なし：算定評価のとおり）', '(none confirmed: the computed rating)') : (props.ratings.get(props.text) ?? props.text)];
    }
    if (props.text === '') return [tr('（空欄）', '(empty)')];
    if (props.change.field === 'values') return props.text.split('; ').map(valueLine);
    return props.change.field === 'indicators' ? props.text.split('; ') : [props.text];
  };
  return <Index each={lines()}>{(line) => <span class="printed-line">{line()}</span>}</Index>;
}

/**
 * What an import changes (the preview before it, the summary after it): each measure's fields, before and
 * after, as a reader sees them. A measure edited in the portal since the last import is marked (in words,
 * not colour alone); before the import it has a checkbox, unchecked, to replace the portal edit with the file.
 */
export function ImportPreview(props: {
  result: PlanImportResult;
  ratings: RatingNames;
  /** Before the import: the measures chosen for overwriting, and how to choose. Absent in the summary after it. */
  overwrite?: ReadonlySet<string>;
  onOverwrite?: (measureNo: string, chosen: boolean) => void;
}) {
  const changed = () => props.result.items.filter((i) => i.kind === 'changed');
  const created = () => props.result.items.filter((i) => i.kind === 'new');
  const conflicts = () => changed().filter((i) => i.conflict).length;
  const status = (item: ImportItem) => {
    if (!item.conflict) return '';
    if (props.onOverwrite) return tr('ポータルで変更あり', 'Edited in the portal');
    return item.write ? tr('ポータルでの変更を上書きしました', 'Portal edit overwritten') : tr('ポータルでの変更を保持しました', 'Portal edit kept');
  };
  return (
    <div class="import-preview">
      <Show when={conflicts() > 0 && props.onOverwrite}>
        <p class="notice warning">
          {tr(
            `前回の取込の後にポータルで変更された施策が ${conflicts()} 件あり、ファイルの内容と異なります。これらはそのまま保持されます。ファイルの内容で上書きする施策だけ「ポータルでの変更を上書きする」を選んでください。`,
            `${conflicts()} measure(s) were edited in the portal since the last import and differ from the files. They are kept as they are; choose “Overwrite the portal edit” only for those the files should replace.`,
          )}
        </p>
      </Show>
      <Show when={changed().length > 0}>
        <div class="table-scroll" tabindex="0" role="region" aria-label={tr('変更される施策', 'Measures that change')}>
          <table class="import-changes">
            <caption>{tr(`変更される施策（${changed().length}件）`, `Measures that change (${changed().length})`)}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('施策', 'Measure')}</th>
                <th scope="col">{tr('項目', 'Field')}</th>
                <th scope="col">{tr('変更前', 'Before')}</th>
                <th scope="col">{tr('変更後', 'After')}</th>
              </tr>
            </thead>
            <For each={changed()}>
              {(item) => (
                <tbody class={item.conflict ? 'conflict' : undefined} data-measure={item.measureNo}>
                  <Index each={item.changes.length > 0 ? item.changes : [undefined]}>
                    {(change, i) => (
                      <tr>
                        <Show when={i === 0}>
                          <th scope="rowgroup" rowSpan={Math.max(1, item.changes.length)} class="measure-cell">
                            <span class="measure-no">{item.measureNo}</span> {item.name}
                            <Show when={item.conflict}>
                              <span class="conflict-badge">{status(item)}</span>
                            </Show>
                            <Show when={item.conflict && props.onOverwrite}>
                              <label class="overwrite">
                                <input
                                  type="checkbox"
                                  checked={props.overwrite?.has(item.measureNo) ?? false}
                                  onChange={(e) => props.onOverwrite?.(item.measureNo, e.currentTarget.checked)}
                                />
                                {tr('ポータルでの変更を上書きする', 'Overwrite the portal edit')}
                                <span class="visually-hidden">{tr(`（施策 ${item.measureNo}）`, ` (measure ${item.measureNo})`)}</span>
                              </label>
                            </Show>
                          </th>
                        </Show>
                        <Show
                          when={change()}
                          fallback={<td colSpan={3}>{tr('表示される文言の変更はありません（数値のみ）', 'No printed change (numbers only)')}</td>}
                        >
                          {(c) => (
                            <>
                              <td class="field-cell">
                                {pick(PREVIEW_FIELD_LABELS[c().field])}
                                <Show when={c().conflict}><span class="conflict-mark">{tr('（ポータルで変更）', ' (edited in the portal)')}</span></Show>
                              </td>
                              <td data-label={tr('変更前', 'Before')}><Printed change={c()} text={c().before} ratings={props.ratings} /></td>
                              <td data-label={tr('変更後', 'After')}><Printed change={c()} text={c().after} ratings={props.ratings} /></td>
                            </>
                          )}
                        </Show>
                      </tr>
                    )}
                  </Index>
                </tbody>
              )}
            </For>
          </table>
        </div>
      </Show>
      <Show when={created().length > 0}>
        <details class="import-new">
          <summary>{tr(`新規の施策・年度の結果（${created().length}件）`, `New measures or results for the year (${created().length})`)}</summary>
          <ul>
            <For each={created()}>{(item) => <li><span class="measure-no">{item.measureNo}</span> {item.name}</li>}</For>
          </ul>
        </details>
      </Show>
    </div>
  );
}
