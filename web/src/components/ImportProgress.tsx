import { For, Show } from 'solid-js';

export const IMPORT_STAGES = ['読込', '検証', '書込', '完了'] as const;

/**
 * Where an import stands: a <progress> over the stages 読込 → 検証 → 書込 → 完了,
 * the stages as a list with the current one marked, and a polite live status.
 * `stage` is the index of the stage in hand; `waiting` means it has finished
 * and the next step waits for the person (after the dry run).
 */
export function ImportProgress(props: { stage: number; waiting: boolean }) {
  const done = () => props.stage === IMPORT_STAGES.length - 1;
  const status = () => {
    if (done()) return '取込が完了しました。';
    if (props.waiting) return '検証が終わりました。誤りはありません。内容を確かめて「取り込む」を押してください。';
    return `${IMPORT_STAGES[props.stage]}をしています…`;
  };
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">進捗</h2>
      <progress max={IMPORT_STAGES.length - 1} value={props.stage} aria-labelledby="progress-heading" />
      <ol class="steps">
        <For each={IMPORT_STAGES}>
          {(name, i) => (
            <li aria-current={i() === props.stage ? 'step' : undefined}>
              {name}
              <Show when={i() < props.stage || (i() === props.stage && (props.waiting || done()))}>
                <span class="visually-hidden">（済）</span> ✓
              </Show>
            </li>
          )}
        </For>
      </ol>
      <p role="status" aria-live="polite">{status()}</p>
    </section>
  );
}
