import { A, useSearchParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { MeasureListQuery, MeasureRow } from '../../../shared/api/plans';
import { formatFiscalYear } from '../../../shared/fiscal-year';
import { downloadFile } from '../api';
import { Loading, QueryError } from '../components/QueryError';
import { RatingBadge } from '../components/RatingBadge';
import { YearSelect } from '../components/YearSelect';
import { usePlanYear } from '../plan-year';
import { createMeasuresQuery, measureListSearch } from '../queries/measures';
import { MeasureFilters } from './MeasureFilters';
import { usePageTitle } from '../page-title';

type Sort = NonNullable<MeasureListQuery['sort']>;
const SORTABLE: { key: Sort; label: string }[] = [
  { key: 'measureNo', label: '番号' },
  { key: 'name', label: '施策名' },
  { key: 'bureau', label: 'とりまとめ局' },
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
  usePageTitle(() => `施策一覧 ${py.fy() ? formatFiscalYear(py.fy()!, 'ja') : ''}`);
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
        `/api/plans/${py.planId()}/years/${py.fy()}/measures.csv?${measureListSearch(query())}`,
        `${py.planId()}-FY${py.fy()}-施策一覧.csv`,
      );
    } catch (error) {
      setDownloadError(error);
    }
  };

  return (
    <>
      <h1>施策一覧 {py.fy() ? formatFiscalYear(py.fy()!, 'ja') : ''}</h1>
      <QueryError error={py.plan.error ?? measures.error ?? downloadError()} />
      <Show when={py.plan.data && py.scheme()} fallback={<Loading what="計画" />}>
        <Show when={py.years().length > 0}>
          <YearSelect years={py.years()} value={py.fy()} onChange={py.setFy} />
        </Show>
        <MeasureFilters plan={py.plan.data!} query={query()} onChange={(patch) => setParams(patch)} />
        <p role="status" aria-live="polite">
          {measures.isFetching && !measures.isFetchingNextPage ? '検索しています…' : `${total()}件の施策（${rows().length}件を表示）`}
        </p>
        <p>
          <button type="button" class="secondary" onClick={download}>CSVダウンロード（Excel対応）</button>
        </p>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">施策一覧</caption>
            <thead>
              <tr>
                <For each={SORTABLE}>
                  {(col) => (
                    <th scope="col" aria-sort={ariaSort(col.key)}>
                      <button type="button" class="sort" onClick={() => sortBy(col.key)}>{col.label}</button>
                    </th>
                  )}
                </For>
                <th scope="col">成果指標</th>
                <th scope="col">目標</th>
                <th scope="col">実績</th>
                <th scope="col" aria-sort={ariaSort('rating')}>
                  <button type="button" class="sort" onClick={() => sortBy('rating')}>評価</button>
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
              {measures.isFetchingNextPage ? '読み込んでいます…' : 'さらに表示'}
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
          <A href={`/measures/${encodeURIComponent(props.row.measureNo)}?plan=${props.planId}&fy=${props.fy}`}>{props.row.name}</A>
          <Show when={props.row.abolished}> （廃止）</Show>
        </td>
        <td>{props.row.bureau}</td>
        <td>{props.row.indicators.map((i) => i.name).join(' ／ ')}</td>
        <td>{props.row.targetText}</td>
        <td>{props.row.actualText}</td>
        <td><RatingBadge scheme={py.scheme()!} rating={props.row.officialRating} /></td>
      </tr>
    );
  }
}
