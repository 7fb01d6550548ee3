import { Show } from 'solid-js';
import type { UserView } from '../../../../shared/api/users';
import { ApiError } from '../../app/api';
import { tr } from '../../app/lang';
import { QueryError } from '../../ui/QueryError';

/**
 * An action's failure in the API's own words; a stale version gets its own
 * explanation and a way to load what is stored now (the 409 answer carries it), since nothing was changed.
 */
export function ActionError(props: { error: unknown; onReload: (current?: UserView) => void }) {
  const stale = () => props.error instanceof ApiError && props.error.code === 'version_conflict';
  return (
    <Show when={stale()} fallback={<QueryError error={props.error} />}>
      <div class="notice error" role="alert">
        <p><strong>{tr('この利用者は、あなたが表示した後に他の人が変更しました。', 'Someone else changed this user after you opened it.')}</strong></p>
        <p>{tr('操作は行われていません。最新の内容を読み込んで確かめてから、もう一度操作してください。', 'Nothing was changed. Load the latest details, check them, and try again.')}</p>
        <button type="button" onClick={() => props.onReload((props.error as ApiError).current as UserView | undefined)}>{tr('最新の内容を読み込む', 'Load the latest')}</button>
      </div>
    </Show>
  );
}
