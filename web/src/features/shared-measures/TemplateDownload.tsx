import { createQuery } from '@tanstack/solid-query';
import { createSignal, For, Show } from 'solid-js';
import type { Organisation } from '../../../../shared/org/organisation';
import { downloadFile, getAllPages } from '../../app/api';
import { tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';
import { organisationKeys } from '../../app/query-keys';
import { QueryError } from '../../ui/QueryError';

/** The prefecture and its municipalities: the same list and key as the other pages that name municipalities. */
const createOrganisationsQuery = () =>
  createQuery(() => ({
    queryKey: organisationKeys.all,
    queryFn: () => getAllPages<Organisation>('/api/organisations?limit=100'),
    staleTime: 60 * 60_000,
  }));

/**
 * 報告用Excelファイル: the municipality's template, prefilled with what it still has to report (every opened
 * period not yet confirmed), with drop-down lists. Municipal staff get their own; the prefecture chooses one.
 */
export function TemplateDownload(props: { ownOrgCode?: string }) {
  const organisations = createOrganisationsQuery();
  const municipalities = () => (organisations.data ?? []).filter((o) => o.kind !== 'prefecture');
  const [chosen, setChosen] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  const orgCode = () => props.ownOrgCode ?? chosen();
  const download = async () => {
    const code = orgCode();
    if (!code) return;
    setBusy(true);
    setError(undefined);
    try {
      const name = organisations.data?.find((o) => o.code === code)?.name ?? code;
      await downloadFile(`/api/organisations/${code}/shared-values/template.xlsx`, `共通指標の報告_${name}.xlsx`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="template-download">
      <p>
        {tr(
          'まだ報告していない値・県の確認前の値を一覧にしたExcelファイルです。白い列を記入して、下から取り込んでください。',
          'An Excel file listing the values still to report or awaiting review. Fill in the white columns and upload it below.',
        )}
      </p>
      <Show when={!props.ownOrgCode}>
        <div class="field">
          <label for="template-org">{tr('市町村', 'Municipality')}</label>
          <select id="template-org" value={chosen()} onChange={(e) => setChosen(e.currentTarget.value)}>
            <option value="">{tr('選んでください', 'Choose')}</option>
            <For each={municipalities()}>{(o) => <option value={o.code}>{orgLabel(o.code, o.name)}</option>}</For>
          </select>
        </div>
      </Show>
      <button type="button" class="secondary" onClick={download} disabled={busy() || !orgCode()}>
        {busy() ? tr('作成しています…', 'Preparing…') : tr('報告用Excelファイルをダウンロード', 'Download the Excel template')}
      </button>
      <QueryError error={organisations.error ?? error()} />
    </div>
  );
}
