import { For, Show } from 'solid-js';
import { tr } from '../../app/lang';

export const IMPORT_STAGES = ['読込', '検証', '書込', '完了'] as const;
const STAGES_EN = ['Reading', 'Checking', 'Writing', 'Done'] as const;
const stageName = (i: number) => tr(IMPORT_STAGES[i]!, STAGES_EN[i]!);

/**
 * Where an import stands: a <progress> over the stages 読込 → 検証 → 書込 → 完了,
 * the stages as a list with the current one marked, and a polite live status.
 * `stage` is the index of the stage in hand; `waiting` means it has finished
 * and the next step waits for the person (after the dry run).
 */
export function ImportProgress(props: { stage: number; waiting: boolean }) {
  const done = () => props.stage === IMPORT_STAGES.length - 1;
  const status = () => {
    if (done()) return tr('取込が完了しました。', 'The import is complete.');
    if (props.waiting) return tr('検証が終わりました。誤りはありません。内容を確かめて「取り込む」を押してください。', 'Checked: no problems. Review the changes, then press “Import”.');
    return tr(`${IMPORT_STAGES[props.stage]}をしています…`, `${STAGES_EN[props.stage]}…`);
  };
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{tr('進捗', 'Progress')}</h2>
      <progress max={IMPORT_STAGES.length - 1} value={props.stage} aria-labelledby="progress-heading" />
      <ol class="steps">
        <For each={IMPORT_STAGES}>
          {(_name, i) => (
            <li aria-current={i() === props.stage ? 'step' : undefined}>
              {stageName(i())}
              <Show when={i() < props.stage || (i() === props.stage && (props.waiting || done()))}>
                <span class="visually-hidden">{tr('（済）', ' (done)')}</span> ✓
              </Show>
            </li>
          )}
        </For>
      </ol>
      <p role="status" aria-live="polite">{status()}</p>
    </section>
  );
}
