import { useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, Show } from 'solid-js';
import type { SharedMeasure } from '../../../../shared/shared-measures/definition';
import { ApiError, sendJson } from '../../app/api';
import { Loading, QueryError } from '../../ui/QueryError';
import { sharedKeys } from '../../app/query-keys';
import { createCatalogueQuery } from './queries';
import { pick, pickIf, tr } from '../../app/lang';
import type { ReportingWindow } from '../../../../shared/shared-measures/calendar';
import { CalendarEditor } from './CalendarEditor';
import { RulesEditor } from './RulesEditor';
import { fromDraft as fromRuleDraft, toDraft as toRuleDraft, type RuleDraft } from './rules-draft';

type Draft = Omit<SharedMeasure, 'latestPeriod' | 'version' | 'items' | 'calendar' | 'rules'> & { itemsText: string; calendar: ReportingWindow[]; rules: RuleDraft[] };

const EMPTY: Draft = {
  id: '',
  category: { ja: '', en: '' },
  name: { ja: '', en: '' },
  unit: '',
  valueType: 'number',
  period: 'fiscal_year',
  reportedBy: 'municipality',
  definition: { ja: '', en: '' },
  hasNationalReference: false,
  order: 100,
  itemsText: '',
  calendar: [],
  rules: [],
};

/** The catalogue entry as a form holds it; `currentPeriod` is the API's reading of the calendar, never sent back. */
const toDraft = (m: SharedMeasure & { currentPeriod?: string; latestPeriod?: string }): Draft => {
  const { currentPeriod: _current, latestPeriod: _latest, version: _version, items, calendar, rules, ...rest } = m;
  return {
    ...rest,
    itemsText: (items ?? []).map((i) => `${i.id},${i.name.ja},${i.name.en}`).join('\n'),
    calendar: [...(calendar ?? [])],
    rules: (rules ?? []).map(toRuleDraft),
  };
};

/** 共通指標の管理: administrators add measures and correct their names, definitions and sources. */
export default function CatalogueAdminPage() {
  const catalogue = createCatalogueQuery();
  const client = useQueryClient();
  const [editing, setEditing] = createSignal<{ draft: Draft; version: number; isNew: boolean }>();
  const [error, setError] = createSignal<unknown>();
  const [saved, setSaved] = createSignal('');
  const update = (patch: Partial<Draft>) => setEditing((e) => e && { ...e, draft: { ...e.draft, ...patch } });
  const fieldError = (path: string) => pickIf((error() as ApiError | undefined)?.fields?.find((f) => f.path.startsWith(path))?.message);
  // A row's message belongs to that row only: measure.calendar.1 must not take measure.calendar.10's.
  const rowError = (path: string) =>
    pickIf((error() as ApiError | undefined)?.fields?.find((f) => f.path === path || (path.split('.').length > 2 && f.path.startsWith(`${path}.`)))?.message);

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const current = editing();
    if (!current) return;
    setError(undefined);
    const { itemsText, calendar, rules, ...rest } = current.draft;
    const measure = { ...rest, calendar, rules: rules.map(fromRuleDraft) };
    const items = itemsText.trim() === '' ? undefined : itemsText.trim().split('\n').map((line) => {
      const [id = '', ja = '', en = ''] = line.split(',').map((s) => s.trim());
      return { id, name: { ja, en: en || ja } };
    });
    try {
      await sendJson('PUT', `/api/shared-measures/${encodeURIComponent(measure.id)}`, { version: current.version, measure: { ...measure, ...(items ? { items } : {}) } });
      setSaved(tr(`「${measure.name.ja}」を保存しました。`, `Saved “${measure.name.en}”.`));
      setEditing(undefined);
      await client.invalidateQueries({ queryKey: sharedKeys.all });
    } catch (err) {
      setError(err);
    }
  };

  const Text = (p: { id: string; label: string; value: string; onInput: (v: string) => void; path: string; disabled?: boolean }) => (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <input id={p.id} value={p.value} disabled={p.disabled} onInput={(e) => p.onInput(e.currentTarget.value)} aria-invalid={fieldError(p.path) ? 'true' : undefined} />
      <Show when={fieldError(p.path)}>{(m) => <p class="field-error">{m()}</p>}</Show>
    </div>
  );

  return (
    <>
      <h1>{tr('共通指標の管理', 'Manage shared measures')}</h1>
      <p role="status">{saved()}</p>
      <QueryError error={catalogue.error} />
      <Show when={catalogue.data} fallback={<Loading what={tr('共通指標', 'shared measures')} />}>
        <table>
          <caption>{tr(`登録されている共通指標（${catalogue.data!.items.length}件）`, `Shared measures (${catalogue.data!.items.length})`)}</caption>
          <thead><tr><th scope="col">ID</th><th scope="col">{tr('名称', 'Name')}</th><th scope="col">{tr('入力', 'Entered by')}</th><th scope="col">{tr('操作', 'Actions')}</th></tr></thead>
          <tbody>
            <For each={catalogue.data!.items}>
              {(m) => (
                <tr>
                  <td>{m.id}</td>
                  <td>{m.name.ja}</td>
                  <td>{m.reportedBy === 'prefecture' ? tr('県', 'Prefecture') : tr('市町村', 'Municipalities')}</td>
                  <td><button type="button" class="secondary" onClick={() => { setSaved(''); setError(undefined); setEditing({ draft: toDraft(m), version: m.version ?? 0, isNew: false }); }} aria-label={tr(`${m.name.ja}を編集`, `Edit ${m.name.en}`)}>{tr('編集', 'Edit')}</button></td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <p><button type="button" onClick={() => { setSaved(''); setError(undefined); setEditing({ draft: { ...EMPTY }, version: 0, isNew: true }); }}>{tr('共通指標を追加する', 'Add a shared measure')}</button></p>
      </Show>
      <Show when={editing()}>
        {(e) => (
          <form onSubmit={save} aria-labelledby="catalogue-form-heading">
            <h2 id="catalogue-form-heading">{e().isNew ? tr('共通指標の追加', 'New shared measure') : tr(`「${e().draft.name.ja}」の編集`, `Edit “${e().draft.name.en}”`)}</h2>
            <QueryError error={error()} />
            <Text id="m-id" label={tr('ID（英小文字・数字・ハイフン）', 'Id (lower-case letters, digits, hyphens)')} value={e().draft.id} onInput={(v) => update({ id: v })} path="measure.id" disabled={!e().isNew} />
            <Text id="m-name-ja" label={tr('名称', 'Name (Japanese)')} value={e().draft.name.ja} onInput={(v) => update({ name: { ...e().draft.name, ja: v } })} path="measure.name" />
            <Text id="m-name-en" label={tr('名称（英語）', 'Name (English)')} value={e().draft.name.en} onInput={(v) => update({ name: { ...e().draft.name, en: v } })} path="measure.name" />
            <Text id="m-cat-ja" label={tr('分類', 'Category (Japanese)')} value={e().draft.category.ja} onInput={(v) => update({ category: { ...e().draft.category, ja: v } })} path="measure.category" />
            <Text id="m-cat-en" label={tr('分類（英語）', 'Category (English)')} value={e().draft.category.en} onInput={(v) => update({ category: { ...e().draft.category, en: v } })} path="measure.category" />
            <Text id="m-unit" label={tr('単位', 'Unit')} value={e().draft.unit} onInput={(v) => update({ unit: v })} path="measure.unit" />
            <div class="field">
              <label for="m-type">{tr('値の種類', 'Value type')}</label>
              <select id="m-type" value={e().draft.valueType} disabled={!e().isNew} onChange={(ev) => update({ valueType: ev.currentTarget.value as Draft['valueType'] })}>
                <option value="number">{tr('数値', 'Number')}</option><option value="percent">{tr('割合（%）', 'Percent')}</option><option value="boolean">{tr('はい・いいえ', 'Yes / no')}</option><option value="status">{tr('項目ごとの状況', 'Status per item')}</option>
              </select>
            </div>
            <div class="field">
              <label for="m-period">{tr('期間', 'Period')}</label>
              <select id="m-period" value={e().draft.period} disabled={!e().isNew} onChange={(ev) => update({ period: ev.currentTarget.value as Draft['period'] })}>
                <option value="fiscal_year">{tr('年度', 'Fiscal year')}</option><option value="month">{tr('月', 'Month')}</option><option value="as_of">{tr('時点', 'As of a date')}</option>
              </select>
            </div>
            <div class="field">
              <label for="m-reporter">{tr('入力する者', 'Entered by')}</label>
              <select id="m-reporter" value={e().draft.reportedBy} onChange={(ev) => update({ reportedBy: ev.currentTarget.value as Draft['reportedBy'] })}>
                <option value="municipality">{tr('市町村が報告', 'Reported by municipalities')}</option><option value="prefecture">{tr('県が国の統計等から入力', 'Entered by the prefecture from national statistics')}</option>
              </select>
            </div>
            <div class="field">
              <label for="m-def-ja">{tr('定義・出典', 'Definition and source (Japanese)')}</label>
              <textarea id="m-def-ja" value={e().draft.definition.ja} onInput={(ev) => update({ definition: { ...e().draft.definition, ja: ev.currentTarget.value } })} />
            </div>
            <div class="field">
              <label for="m-def-en">{tr('定義・出典（英語）', 'Definition and source (English)')}</label>
              <textarea id="m-def-en" value={e().draft.definition.en} onInput={(ev) => update({ definition: { ...e().draft.definition, en: ev.currentTarget.value } })} />
            </div>
            <Show when={e().draft.valueType === 'status'}>
              <div class="field">
                <label for="m-items">{tr('項目（1行に「id,名称,英語名」）', 'Items (one per line: id,Japanese name,English name)')}</label>
                <textarea id="m-items" value={e().draft.itemsText} onInput={(ev) => update({ itemsText: ev.currentTarget.value })} />
              </div>
            </Show>
            <CalendarEditor kind={e().draft.period} value={e().draft.calendar} onChange={(calendar) => update({ calendar })} errorFor={rowError} />
            <RulesEditor value={e().draft.rules} onChange={(rules) => update({ rules })} measures={catalogue.data?.items ?? []} selfId={e().draft.id} errorFor={rowError} />
            <button type="submit">{tr('保存する', 'Save')}</button>{' '}
            <button type="button" class="secondary" onClick={() => setEditing(undefined)}>{tr('キャンセル', 'Cancel')}</button>
          </form>
        )}
      </Show>
    </>
  );
}
