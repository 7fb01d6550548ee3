import { createQuery } from '@tanstack/solid-query';
import { For, Show } from 'solid-js';
import type { Erratum } from '../../../../shared/plan/errata';
import { ERRATUM_FIELD_LABELS } from '../../../../shared/plan/erratum-fields';
import { formatFiscalYear } from '../../../../shared/fiscal-year';
import { getAllPages } from '../../app/api';
import { QueryError } from '../../ui/QueryError';
import './Errata.css';
import { lang, pick, tr } from '../../app/lang';
import { queryKeys } from '../../app/query-keys';
import type { RatingScheme } from '../../../../shared/rating/scheme';

interface Props {
  planId: string;
  fiscalYear: number;
  /** Only this measure's errata (its page); all of the year's otherwise (the report). */
  measureNo?: string;
  /** To print ratings as the report does (◎ 達成), not as stored ids. */
  scheme?: RatingScheme;
}

/**
 * 正誤表: what changed in a published year, when and why. Shown wherever the year's figures are read, so a reader of
 * the current figures can see what the published report said.
 */
export function Errata(props: Props) {
  const errata = createQuery(() => ({
    queryKey: queryKeys.errata(props.planId, props.fiscalYear),
    // A year's errata are a few, a page of 100 at a time.
    queryFn: () => getAllPages<Erratum>(`/api/plans/${encodeURIComponent(props.planId)}/years/${props.fiscalYear}/errata?limit=100`),
    staleTime: 60_000,
  }));
  const shown = (field: Erratum['changes'][number]['field'], value: string) => {
    if (value === '') return '―';
    if (field !== 'confirmedRating' || !props.scheme) return value;
    const level = props.scheme.levels.find((l) => l.id === value);
    return level ? `${level.symbol} ${pick(level.label)}` : value;
  };
  const published = () => `/api/plans/${encodeURIComponent(props.planId)}/years/${props.fiscalYear}/report/annex.csv?version=published`;
  const items = () => (errata.data ?? []).filter((e) => !props.measureNo || e.measureNo === props.measureNo);
  return (
    <>
      <QueryError error={errata.error} />
      <Show when={items().length > 0}>
        <section class="errata" aria-labelledby="errata-heading">
          <h2 id="errata-heading">{tr(`正誤表（${formatFiscalYear(props.fiscalYear)}・公表後の修正 ${items().length}件）`, `Errata (${formatFiscalYear(props.fiscalYear, 'en')}, ${items().length} correction(s) after publication)`)}</h2>
          <div class="table-scroll" tabindex="0" role="region" aria-label={tr('正誤表', 'Errata')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{tr('施策', 'Measure')}</th>
                  <th scope="col">{tr('項目', 'Field')}</th>
                  <th scope="col">{tr('誤（公表時）', 'Was (as published)')}</th>
                  <th scope="col">{tr('正', 'Now')}</th>
                  <th scope="col">{tr('理由', 'Reason')}</th>
                  <th scope="col">{tr('修正日', 'Corrected on')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={items()}>
                  {(e) => (
                    <For each={e.changes}>
                      {(change, i) => (
                        <tr>
                          <td>{i() === 0 ? e.measureNo : ''}</td>
                          <td>{pick(ERRATUM_FIELD_LABELS[change.field])}</td>
                          <td lang="ja">{shown(change.field, change.before)}</td>
                          <td lang="ja">{shown(change.field, change.after)}</td>
                          <td lang="ja">{i() === 0 ? e.reason : ''}</td>
                          <td>{i() === 0 ? new Date(e.at).toLocaleDateString(lang() === 'ja' ? 'ja-JP' : 'en-GB', { timeZone: 'Asia/Tokyo' }) : ''}</td>
                        </tr>
                      )}
                    </For>
                  )}
                </For>
              </tbody>
            </table>
          </div>
          <p>
            <a href={published()} download="">{tr('公表時の版（別紙 施策別成果指標達成状況一覧、CSV）をダウンロード', 'Download the version as published (annex, CSV)')}</a>
          </p>
        </section>
      </Show>
    </>
  );
}
