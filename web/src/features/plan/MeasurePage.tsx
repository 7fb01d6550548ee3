import { A, useParams } from '@solidjs/router';
import { createSignal, For, lazy, Show } from 'solid-js';
import { formatFiscalYear } from '../../../../shared/fiscal-year';
import { Loading, QueryError } from '../../ui/QueryError';
import { RatingBadge } from './RatingBadge';
import { usePlanYear } from './plan-year';
import { createMeQuery } from '../../app/auth';
import { token } from '../../app/session';
import { createMeasureQuery } from './measure-queries';
import { HistoryList } from './HistoryList';
import { LinkedProjects } from '../joint-projects/LinkedProjects';
import { MeasureEditForm } from './MeasureEditForm';
import { Errata } from './Errata';
import { YearStatus } from './YearStatus';
import { usePageTitle } from '../../app/page-title';
import { lang, tr } from '../../app/lang';
import { groupLabel } from '../../app/format';

/** 21-2 ②: the consultation desk's count of technical consultations, offered as the actual (issue 17). */
const TechnicalConsultationOffer = lazy(() => import('../consultations/TechnicalConsultationOffer'));

/** 施策の詳細: indicators per year, computed vs confirmed rating, the reason, the history, and the staff edit. */
export default function MeasurePage() {
  const params = useParams<{ measureNo: string }>();
  const py = usePlanYear();
  const detail = createMeasureQuery(() => py.planId() ?? '', () => params.measureNo);
  const me = createMeQuery();
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  const [offered, setOffered] = createSignal<ReturnType<typeof current>>();
  const measure = () => detail.data?.measure;
  usePageTitle(() => (measure() ? `${measure()!.measureNo} ${measure()!.name}` : `${tr('施策', 'Measure')} ${params.measureNo}`));
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
      <nav aria-label={tr('パンくずリスト', 'Breadcrumbs')}>
        <ol class="breadcrumbs">
          <li><A href="/">{tr('計画の概要', 'Plan overview')}</A></li>
          <li><A href={listLink()}>{tr('施策一覧', 'Measures')}</A></li>
          <Show when={measure()?.groups.at(-1)}>
            {(area) => <li><A href={listLink(measure()!.groupPath)}>{groupLabel(area())}</A></li>}
          </Show>
          <li aria-current="page">{params.measureNo}</li>
        </ol>
      </nav>
      <QueryError error={detail.error} />
      <Show when={measure() && py.scheme()} fallback={<Loading what={tr('施策', 'measure')} />}>
        <h1>{measure()!.measureNo} <span lang="ja">{measure()!.name}</span></h1>
        <YearStatus publication={py.publication()} />
        <dl class="meta">
          <dt>{tr('柱・分野', 'Pillar / area')}</dt>
          <dd>{measure()!.groups.map(groupLabel).join(tr(' ＞ ', ' > '))}</dd>
          <dt>{tr('とりまとめ局', 'Bureau')}</dt>
          <dd lang="ja">{measure()!.bureau}</dd>
          <Show when={measure()!.abolished}>
            <dt>{tr('状態', 'Status')}</dt>
            <dd>{tr('施策見直しにより廃止', 'Abolished in a review of the measures')}</dd>
          </Show>
        </dl>

        <h2>{tr('成果指標と実績', 'Indicators and results')}</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label={tr('成果指標の目標と実績（年度別）', 'Targets and actuals by fiscal year')}>
          <table>
            <caption class="visually-hidden">{tr('成果指標の目標と実績（年度別）', 'Targets and actuals by fiscal year')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('年度', 'Fiscal year')}</th>
                <th scope="col">{tr('成果指標', 'Indicator')}</th>
                <th scope="col">{tr('目標', 'Target')}</th>
                <th scope="col">{tr('実績', 'Actual')}</th>
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
                            <th scope="row" rowspan={measure()!.indicators.length}>{formatFiscalYear(result.fiscalYear, lang())}</th>
                          </Show>
                          <td lang="ja">{indicator.name}</td>
                          <td lang="ja">{value()?.target.text}</td>
                          <td lang="ja">{value()?.actual.text}</td>
                        </tr>
                      );
                    }}
                  </For>
                )}
              </For>
            </tbody>
          </table>
        </div>

        <Show when={current()} fallback={<p>{tr('この年度の実績はまだ登録されていません。', 'No results recorded for this year yet.')}</p>}>
          {(result) => (
            <>
              <h2>{tr('評価', 'Rating')}{tr('（', ' (')}{formatFiscalYear(result().fiscalYear, lang())}{tr('）', ')')}</h2>
              <dl class="meta">
                <dt>{tr('評価（確定）', 'Rating (confirmed)')}</dt>
                <dd><RatingBadge scheme={py.scheme()!} rating={result().officialRating} /></dd>
                <dt>{tr('算定評価', 'Computed rating')}</dt>
                <dd><RatingBadge scheme={py.scheme()!} rating={result().computedRating} /></dd>
              </dl>
              <Show when={result().confirmedRating && result().computedRating !== result().confirmedRating}>
                <div class="notice warning">
                  <p>{tr('確定した評価は、目標と実績から算定した評価と異なります。', 'The confirmed rating differs from the one computed from the target and actual.')}</p>
                  <Show when={result().confirmReason}><p>{tr('理由: ', 'Reason: ')}{result().confirmReason}</p></Show>
                </div>
              </Show>
              <h3>{tr('未達成の理由及び今後の見込み等', 'Reason for not achieving, and outlook')}</h3>
              <p lang={result().reason ? 'ja' : undefined}>{result().reason || tr('（記載なし）', '(none given)')}</p>
            </>
          )}
        </Show>

        <Show when={canEdit() && py.fy()}>
          <p role="status">{saved() ? tr('保存しました。評価を再計算しました。', 'Saved; the rating was computed again.') : ''}</p>
          <Show when={params.measureNo === '21-2' && !editing()}>
            <TechnicalConsultationOffer fiscalYear={py.fy()!} measure={measure()!} result={current()} onUse={(r) => { setOffered(r); setSaved(false); setEditing(true); }} />
          </Show>
          <Show
            when={editing()}
            fallback={<button type="button" ref={editButton} onClick={() => { setSaved(false); setEditing(true); }}>{tr('実績・評価を編集する', 'Edit results and rating')}</button>}
          >
            <MeasureEditForm
              planId={py.planId()!}
              fiscalYear={py.fy()!}
              measure={measure()!}
              result={offered() ?? current()}
              scheme={py.scheme()!}
              published={py.publication()?.status === 'published'}
              onDone={(ok) => {
                setOffered(undefined);
                setEditing(false);
                setSaved(ok === true);
                // The form is gone: put the focus back where editing started.
                queueMicrotask(() => editButton?.focus());
              }}
              onReload={reloadAndEdit}
            />
          </Show>
        </Show>

        <Show when={py.fy()}>
          <Errata planId={py.planId()!} fiscalYear={py.fy()!} measureNo={params.measureNo} scheme={py.scheme()} />
        </Show>

        {/* Joint projects and the change history are the portal's: a reader who is not signed in sees the published results only. */}
        <Show when={token()}>
          <LinkedProjects planId={py.planId()!} measureNo={params.measureNo} />

          <h2>{tr('変更履歴', 'History')}</h2>
          <Show when={isPrefecture()} fallback={<p>{tr('変更履歴は県の職員のみが閲覧できます。', 'Only prefecture staff may read the history.')}</p>}>
            <HistoryList planId={py.planId()!} measureNo={params.measureNo} scheme={py.scheme()!} />
          </Show>
        </Show>
      </Show>
    </>
  );
}
