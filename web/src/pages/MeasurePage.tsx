import { A, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { formatFiscalYear } from '../../../shared/fiscal-year';
import { Loading, QueryError } from '../components/QueryError';
import { RatingBadge } from '../components/RatingBadge';
import { usePlanYear } from '../plan-year';
import { createMeQuery } from '../queries/auth';
import { createMeasureQuery } from '../queries/measures';
import { HistoryList } from './HistoryList';
import { LinkedProjects } from '../components/LinkedProjects';
import { MeasureEditForm } from './MeasureEditForm';
import { usePageTitle } from '../page-title';

/** 施策の詳細: indicators per year, computed vs confirmed rating, the reason, the history, and the staff edit. */
export default function MeasurePage() {
  const params = useParams<{ measureNo: string }>();
  const py = usePlanYear();
  const detail = createMeasureQuery(() => py.planId() ?? '', () => params.measureNo);
  const me = createMeQuery();
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  const measure = () => detail.data?.measure;
  usePageTitle(() => (measure() ? `${measure()!.measureNo} ${measure()!.name}` : `施策 ${params.measureNo}`));
  const current = () => detail.data?.results.find((r) => r.fiscalYear === py.fy());
  const canEdit = () => {
    const user = me.data;
    return !!user && (user.role === 'prefecture_admin' || (user.role === 'prefecture_staff' && user.bureau === measure()?.bureau));
  };
  const listLink = (group?: string) =>
    `/measures?${new URLSearchParams({ plan: py.planId() ?? '', fy: String(py.fy() ?? ''), ...(group ? { group } : {}) })}`;
  let editButton: HTMLButtonElement | undefined;
  /** After a version conflict: fetch the stored figures, then open a fresh form on them. */
  const reloadAndEdit = async () => {
    setEditing(false);
    await detail.refetch();
    setEditing(true);
    document.getElementById('edit-heading')?.scrollIntoView();
    document.getElementById(measure()?.indicators.length ? 'actual-0' : 'reason')?.focus();
  };
  const isPrefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';

  return (
    <>
      <nav aria-label="パンくずリスト">
        <ol class="breadcrumbs">
          <li><A href="/">計画の概要</A></li>
          <li><A href={listLink()}>施策一覧</A></li>
          <Show when={measure()?.groups.at(-1)}>
            {(area) => <li><A href={listLink(measure()!.groupPath)}>{area().name}</A></li>}
          </Show>
          <li aria-current="page">{params.measureNo}</li>
        </ol>
      </nav>
      <QueryError error={detail.error} />
      <Show when={measure() && py.scheme()} fallback={<Loading what="施策" />}>
        <h1>{measure()!.measureNo} {measure()!.name}</h1>
        <dl class="meta">
          <dt>柱・分野</dt>
          <dd>{measure()!.groups.map((g) => g.name).join(' ＞ ')}</dd>
          <dt>とりまとめ局</dt>
          <dd>{measure()!.bureau}</dd>
          <Show when={measure()!.abolished}>
            <dt>状態</dt>
            <dd>施策見直しにより廃止</dd>
          </Show>
        </dl>

        <h2>成果指標と実績</h2>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">成果指標の目標と実績（年度別）</caption>
            <thead>
              <tr>
                <th scope="col">年度</th>
                <th scope="col">成果指標</th>
                <th scope="col">目標</th>
                <th scope="col">実績</th>
              </tr>
            </thead>
            <tbody>
              <For each={detail.data!.results}>
                {(result) => (
                  <For each={measure()!.indicators}>
                    {(indicator, i) => {
                      const value = () => result.values.find((v) => v.subNo === indicator.subNo);
                      return (
                        <tr>
                          <Show when={i() === 0}>
                            <th scope="row" rowspan={measure()!.indicators.length}>{formatFiscalYear(result.fiscalYear, 'ja')}</th>
                          </Show>
                          <td>{indicator.name}</td>
                          <td>{value()?.target.text}</td>
                          <td>{value()?.actual.text}</td>
                        </tr>
                      );
                    }}
                  </For>
                )}
              </For>
            </tbody>
          </table>
        </div>

        <Show when={current()} fallback={<p>この年度の実績はまだ登録されていません。</p>}>
          {(result) => (
            <>
              <h2>評価（{formatFiscalYear(result().fiscalYear, 'ja')}）</h2>
              <dl class="meta">
                <dt>評価（確定）</dt>
                <dd><RatingBadge scheme={py.scheme()!} rating={result().officialRating} /></dd>
                <dt>算定評価</dt>
                <dd><RatingBadge scheme={py.scheme()!} rating={result().computedRating} /></dd>
              </dl>
              <Show when={result().confirmedRating && result().computedRating !== result().confirmedRating}>
                <div class="notice warning">
                  <p>確定した評価は、目標と実績から算定した評価と異なります。</p>
                  <Show when={result().confirmReason}><p>理由: {result().confirmReason}</p></Show>
                </div>
              </Show>
              <h3>未達成の理由及び今後の見込み等</h3>
              <p>{result().reason || '（記載なし）'}</p>
            </>
          )}
        </Show>

        <Show when={canEdit() && py.fy()}>
          <p role="status">{saved() ? '保存しました。評価を再計算しました。' : ''}</p>
          <Show
            when={editing()}
            fallback={<button type="button" ref={editButton} onClick={() => { setSaved(false); setEditing(true); }}>実績・評価を編集する</button>}
          >
            <MeasureEditForm
              planId={py.planId()!}
              fiscalYear={py.fy()!}
              measure={measure()!}
              result={current()}
              scheme={py.scheme()!}
              onDone={(ok) => {
                setEditing(false);
                setSaved(ok === true);
                // The form is gone: put the focus back where editing started.
                queueMicrotask(() => editButton?.focus());
              }}
              onReload={reloadAndEdit}
            />
          </Show>
        </Show>

        <LinkedProjects planId={py.planId()!} measureNo={params.measureNo} />

        <h2>変更履歴</h2>
        <Show when={isPrefecture()} fallback={<p>変更履歴は県の職員のみが閲覧できます。</p>}>
          <HistoryList planId={py.planId()!} measureNo={params.measureNo} scheme={py.scheme()!} />
        </Show>
      </Show>
    </>
  );
}
