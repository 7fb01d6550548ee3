import { A, useSearchParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { MeasureListQuery, MeasureRow } from '../../../../shared/api/plans';
import { formatFiscalYear } from '../../../../shared/fiscal-year';
import { downloadFile } from '../../app/api';
import { Loading, QueryError } from '../../ui/QueryError';
import { RatingBadge } from './RatingBadge';
import { YearSelect } from '../../ui/YearSelect';
import { usePlanYear } from './plan-year';
import { createMeasuresQuery, measureListSearch } from './measure-queries';
import { MeasureFilters } from './MeasureFilters';
import { usePageTitle } from '../../app/page-title';
import { lang, pick, tr } from '../../app/lang';

type Sort = NonNullable<MeasureListQuery['sort']>;
const SORTABLE: { key: Sort; label: { ja: string; en: string } }[] = [
  { key: 'measureNo', label: { ja: '番号', en: 'No.' } },
  { key: 'name', label: { ja: '施策名', en: 'Measure' } },
  { key: 'bureau', label: { ja: 'とりまとめ局', en: 'Bureau' } },
];

/** 施策一覧: every measure of a year, filtered, searched and sorted on the server, with CSV download. */
export default function MeasuresPage() {
  const py = usePlanYear();
  const [params, setParams] = useSearchParams<Record<string, string>>();
  const query = (): MeasureListQuery => ({
    group: params.group || undefined,
    bureau: params.bureau || undefined,
    rating: params.rating || undefined,
    q: params.q || undefined,
    sort: (params.sort as Sort) || undefined,
    order: (params.order as 'asc' | 'desc') || undefined,
  });
  const measures = createMeasuresQuery(() => py.planId() ?? '', () => py.fy() ?? 0, query);
  const rows = () => measures.data?.pages.flatMap((p) => p.items) ?? [];
  const total = () => measures.data?.pages[0]?.total ?? 0;
  usePageTitle(() => `${tr('施策一覧', 'Measures')} ${py.fy() ? formatFiscalYear(py.fy()!, lang()) : ''}`);
  const [downloadError, setDownloadError] = createSignal<unknown>();

  const sortBy = (key: Sort) => {
    const current = query().sort ?? 'measureNo';
    const order = current === key && (query().order ?? 'asc') === 'asc' ? 'desc' : 'asc';
    setParams({ sort: key, order });
  };
  const ariaSort = (key: Sort) =>
    (query().sort ?? 'measureNo') === key ? (query().order === 'desc' ? 'descending' : 'ascending') : 'none';
  const download = async () => {
    setDownloadError(undefined);
    try {
      await downloadFile(
        `/api/plans/${py.planId()}/years/${py.fy()}/measures.csv?${measureListSearch(query())}&lang=${lang()}`,
        `${py.planId()}-FY${py.fy()}-施策一覧.csv`,
      );
    } catch (error) {
      setDownloadError(error);
    }
  };

  return (
    <>
      <h1>{tr('施策一覧', 'Measures')} {py.fy() ? formatFiscalYear(py.fy()!, lang()) : ''}</h1>
      <QueryError error={py.plan.error ?? measures.error ?? downloadError()} />
      <Show when={py.plan.data && py.scheme()} fallback={<Loading what={tr('計画', 'plan')} />}>
        <Show when={py.years().length > 0}>
          <YearSelect years={py.years()} value={py.fy()} onChange={py.setFy} />
        </Show>
        <MeasureFilters plan={py.plan.data!} query={query()} onChange={(patch) => setParams(patch)} />
        <p role="status" aria-live="polite">
          {measures.isFetching && !measures.isFetchingNextPage ? tr('検索しています…', 'Searching…') : tr(`${total()}件の施策（${rows().length}件を表示）`, `${total()} measures (${rows().length} shown)`)}
        </p>
        <p>
          <button type="button" class="secondary" onClick={download}>{tr('CSVダウンロード（Excel対応）', 'Download CSV (opens in Excel)')}</button>
        </p>
        <div class="table-scroll" tabindex="0" role="region" aria-label={tr('施策一覧', 'Measures')}>
          <table>
            <caption class="visually-hidden">{tr('施策一覧', 'Measures')}</caption>
            <thead>
              <tr>
                <For each={SORTABLE}>
                  {(col) => (
                    <th scope="col" aria-sort={ariaSort(col.key)}>
                      <button type="button" class="sort" onClick={() => sortBy(col.key)}>{pick(col.label)}</button>
                    </th>
                  )}
                </For>
                <th scope="col">{tr('成果指標', 'Indicator')}</th>
                <th scope="col">{tr('目標', 'Target')}</th>
                <th scope="col">{tr('実績', 'Actual')}</th>
                <th scope="col" aria-sort={ariaSort('rating')}>
                  <button type="button" class="sort" onClick={() => sortBy('rating')}>{tr('評価', 'Rating')}</button>
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>{(row) => <MeasureTableRow row={row} planId={py.planId()!} fy={py.fy()!} />}</For>
            </tbody>
          </table>
        </div>
        <Show when={measures.hasNextPage}>
          <p>
            <button type="button" onClick={() => measures.fetchNextPage()} disabled={measures.isFetchingNextPage}>
              {measures.isFetchingNextPage ? tr('読み込んでいます…', 'Loading…') : tr('さらに表示', 'Show more')}
            </button>
          </p>
        </Show>
      </Show>
    </>
  );

  function MeasureTableRow(props: { row: MeasureRow; planId: string; fy: number }) {
    return (
      <tr>
        <td class="nowrap">{props.row.measureNo}</td>
        <td>
          <A href={`/measures/${encodeURIComponent(props.row.measureNo)}?plan=${props.planId}&fy=${props.fy}`} lang="ja">{props.row.name}</A>
          <Show when={props.row.abolished}>{tr(' （廃止）', ' (abolished)')}</Show>
        </td>
        {/* Measure, bureau and indicator texts are the plan's Japanese data, with no English version. */}
        <td lang="ja">{props.row.bureau}</td>
        <td lang="ja">{props.row.indicators.map((i) => i.name).join(' ／ ')}</td>
        <td lang="ja">{props.row.targetText}</td>
        <td lang="ja">{props.row.actualText}</td>
        <td><RatingBadge scheme={py.scheme()!} rating={props.row.officialRating} /></td>
      </tr>
    );
  }
}
