import { createMutation, useQueryClient } from '@tanstack/solid-query';
import { createSignal, Show } from 'solid-js';
import { formatFiscalYear } from '../../../../shared/fiscal-year';
import type { YearPublication } from '../../../../shared/plan/publication';
import { sendJson } from '../../app/api';
import { createMeQuery } from '../../app/auth';
import { lang, tr } from '../../app/lang';
import { queryKeys } from '../../app/query-keys';
import { QueryError } from '../../ui/QueryError';

/**
 * 公表する: the administrator's deliberate act that turns a 作成中 year into the published record. Asked twice
 * (button, then confirmation), because afterwards every change is a public erratum.
 */
export function PublishYear(props: { planId: string; fiscalYear: number; published: boolean; /** The plan version shown: publishing refuses (409) if the plan changed since. */ version: number | undefined }) {
  const me = createMeQuery();
  const client = useQueryClient();
  const [confirming, setConfirming] = createSignal(false);
  const publish = createMutation(() => ({
    mutationFn: () => sendJson<YearPublication>('POST', `/api/plans/${encodeURIComponent(props.planId)}/years/${props.fiscalYear}/publication`, { version: props.version ?? 0 }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.plan(props.planId) }),
  }));
  const year = () => formatFiscalYear(props.fiscalYear, lang());
  return (
    <Show when={me.data?.role === 'prefecture_admin' && !props.published}>
      <div class="publish-year no-print">
        <QueryError error={publish.error} />
        <Show
          when={confirming()}
          fallback={<button type="button" onClick={() => setConfirming(true)}>{tr(`${year()}を公表する`, `Publish ${year()}`)}</button>}
        >
          <p role="alert">
            {tr(
              `${year()}を公表します。公表後は誰でもサインインせずに閲覧でき、以後の修正はすべて理由付きの正誤として公表されます。`,
              `Publish ${year()}? Anyone may then read it without signing in, and every later change is published as an erratum with its reason.`,
            )}
          </p>
          <button type="button" disabled={publish.isPending} onClick={() => publish.mutate(undefined, { onSuccess: () => setConfirming(false) })}>
            {publish.isPending ? tr('公表しています…', 'Publishing…') : tr('公表する', 'Publish')}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>{tr('やめる', 'Cancel')}</button>
        </Show>
      </div>
    </Show>
  );
}
