import { pick, pickIf } from '../i18n/lang';
import { useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, Show } from 'solid-js';
import type { SharedMeasure } from '../../../shared/shared-measures/definition';
import { ApiError, sendJson } from '../api';
import { Loading, QueryError } from '../components/QueryError';
import { sharedKeys } from '../queries/keys';
import { createCatalogueQuery } from '../queries/shared-measures';

type Draft = Omit<SharedMeasure, 'latestPeriod' | 'version' | 'items'> & { itemsText: string };

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
};

const toDraft = (m: SharedMeasure): Draft => ({
  ...m,
  itemsText: (m.items ?? []).map((i) => `${i.id},${i.name.ja},${i.name.en}`).join('\n'),
});

/** 共通指標の管理: administrators add measures and correct their names, definitions and sources. */
export default function CatalogueAdminPage() {
  const catalogue = createCatalogueQuery();
  const client = useQueryClient();
  const [editing, setEditing] = createSignal<{ draft: Draft; version: number; isNew: boolean }>();
  const [error, setError] = createSignal<unknown>();
  const [saved, setSaved] = createSignal('');
  const update = (patch: Partial<Draft>) => setEditing((e) => e && { ...e, draft: { ...e.draft, ...patch } });
  const fieldError = (path: string) => pickIf((error() as ApiError | undefined)?.fields?.find((f) => f.path.startsWith(path))?.message);

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const current = editing();
    if (!current) return;
    setError(undefined);
    const { itemsText, ...measure } = current.draft;
    const items = itemsText.trim() === '' ? undefined : itemsText.trim().split('\n').map((line) => {
      const [id = '', ja = '', en = ''] = line.split(',').map((s) => s.trim());
      return { id, name: { ja, en: en || ja } };
    });
    try {
      await sendJson('PUT', `/api/shared-measures/${encodeURIComponent(measure.id)}`, { version: current.version, measure: { ...measure, ...(items ? { items } : {}) } });
      setSaved(`「${measure.name.ja}」を保存しました。`);
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
      <h1>共通指標の管理</h1>
      <p role="status">{saved()}</p>
      <QueryError error={catalogue.error} />
      <Show when={catalogue.data} fallback={<Loading what="共通指標" />}>
        <table>
          <caption>登録されている共通指標（{catalogue.data!.items.length}件）</caption>
          <thead><tr><th scope="col">ID</th><th scope="col">名称</th><th scope="col">入力</th><th scope="col">操作</th></tr></thead>
          <tbody>
            <For each={catalogue.data!.items}>
              {(m) => (
                <tr>
                  <td>{m.id}</td>
                  <td>{m.name.ja}</td>
                  <td>{m.reportedBy === 'prefecture' ? '県' : '市町村'}</td>
                  <td><button type="button" class="secondary" onClick={() => { setSaved(''); setError(undefined); setEditing({ draft: toDraft(m), version: m.version ?? 0, isNew: false }); }} aria-label={`${m.name.ja}を編集`}>編集</button></td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <p><button type="button" onClick={() => { setSaved(''); setError(undefined); setEditing({ draft: { ...EMPTY }, version: 0, isNew: true }); }}>共通指標を追加する</button></p>
      </Show>
      <Show when={editing()}>
        {(e) => (
          <form onSubmit={save} aria-labelledby="catalogue-form-heading">
            <h2 id="catalogue-form-heading">{e().isNew ? '共通指標の追加' : `「${e().draft.name.ja}」の編集`}</h2>
            <QueryError error={error()} />
            <Text id="m-id" label="ID（英小文字・数字・ハイフン）" value={e().draft.id} onInput={(v) => update({ id: v })} path="measure.id" disabled={!e().isNew} />
            <Text id="m-name-ja" label="名称" value={e().draft.name.ja} onInput={(v) => update({ name: { ...e().draft.name, ja: v } })} path="measure.name" />
            <Text id="m-name-en" label="名称（英語）" value={e().draft.name.en} onInput={(v) => update({ name: { ...e().draft.name, en: v } })} path="measure.name" />
            <Text id="m-cat-ja" label="分類" value={e().draft.category.ja} onInput={(v) => update({ category: { ...e().draft.category, ja: v } })} path="measure.category" />
            <Text id="m-cat-en" label="分類（英語）" value={e().draft.category.en} onInput={(v) => update({ category: { ...e().draft.category, en: v } })} path="measure.category" />
            <Text id="m-unit" label="単位" value={e().draft.unit} onInput={(v) => update({ unit: v })} path="measure.unit" />
            <div class="field">
              <label for="m-type">値の種類</label>
              <select id="m-type" value={e().draft.valueType} disabled={!e().isNew} onChange={(ev) => update({ valueType: ev.currentTarget.value as Draft['valueType'] })}>
                <option value="number">数値</option><option value="percent">割合（%）</option><option value="boolean">はい・いいえ</option><option value="status">項目ごとの状況</option>
              </select>
            </div>
            <div class="field">
              <label for="m-period">期間</label>
              <select id="m-period" value={e().draft.period} disabled={!e().isNew} onChange={(ev) => update({ period: ev.currentTarget.value as Draft['period'] })}>
                <option value="fiscal_year">年度</option><option value="month">月</option><option value="as_of">時点</option>
              </select>
            </div>
            <div class="field">
              <label for="m-reporter">入力する者</label>
              <select id="m-reporter" value={e().draft.reportedBy} onChange={(ev) => update({ reportedBy: ev.currentTarget.value as Draft['reportedBy'] })}>
                <option value="municipality">市町村が報告</option><option value="prefecture">県が国の統計等から入力</option>
              </select>
            </div>
            <div class="field">
              <label for="m-def-ja">定義・出典</label>
              <textarea id="m-def-ja" value={e().draft.definition.ja} onInput={(ev) => update({ definition: { ...e().draft.definition, ja: ev.currentTarget.value } })} />
            </div>
            <div class="field">
              <label for="m-def-en">定義・出典（英語）</label>
              <textarea id="m-def-en" value={e().draft.definition.en} onInput={(ev) => update({ definition: { ...e().draft.definition, en: ev.currentTarget.value } })} />
            </div>
            <Show when={e().draft.valueType === 'status'}>
              <div class="field">
                <label for="m-items">項目（1行に「id,名称,英語名」）</label>
                <textarea id="m-items" value={e().draft.itemsText} onInput={(ev) => update({ itemsText: ev.currentTarget.value })} />
              </div>
            </Show>
            <button type="submit">保存する</button>{' '}
            <button type="button" class="secondary" onClick={() => setEditing(undefined)}>キャンセル</button>
          </form>
        )}
      </Show>
    </>
  );
}
