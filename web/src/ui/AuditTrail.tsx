import { For, Show, type JSX } from 'solid-js';
import { tr } from '../app/lang';
import { Loading, QueryError } from './QueryError';

/** What an audit trail shows of a record: when, and why (other fields are the feature's to put into words). */
interface AuditEntry {
  at: string;
  reason?: string;
}

/** The parts of an infinite TanStack query of history pages that the trail uses. */
interface HistoryPages<R> {
  data?: { pages: { items: R[] }[] };
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/**
 * 変更履歴, newest first, a page at a time: each entry's headline (when, who, what) and its changes in words come
 * from the feature; loading, errors, the empty list and "older changes" are the same everywhere.
 */
export function AuditTrail<R extends AuditEntry>(props: {
  history: HistoryPages<R>;
  headline: (record: R) => JSX.Element;
  changes: (record: R) => string[];
  /** Shown instead of the error, e.g. when the viewer may not read this history. */
  hideError?: boolean;
}) {
  return (
    <>
      <Show when={!props.hideError}>
        <QueryError error={props.history.error} />
      </Show>
      <Show when={props.history.data} fallback={<Show when={!props.history.error}><Loading what={tr('変更履歴', 'history')} /></Show>}>
        <ol class="history">
          <For each={props.history.data!.pages.flatMap((p) => p.items)} fallback={<li>{tr('変更履歴はありません。', 'No changes yet.')}</li>}>
            {(record) => (
              <li>
                {props.headline(record)}
                <ul>
                  <For each={props.changes(record)}>{(line) => <li>{line}</li>}</For>
                </ul>
                <Show when={record.reason}><p>{tr('理由: ', 'Reason: ')}{record.reason}</p></Show>
              </li>
            )}
          </For>
        </ol>
        <Show when={props.history.hasNextPage}>
          <button type="button" class="secondary" onClick={() => props.history.fetchNextPage()} disabled={props.history.isFetchingNextPage}>
            {props.history.isFetchingNextPage ? tr('読み込んでいます…', 'Loading…') : tr('さらに古い履歴を表示', 'Show older changes')}
          </button>
        </Show>
      </Show>
    </>
  );
}
