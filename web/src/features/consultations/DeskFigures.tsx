import { createSignal, For, Show } from 'solid-js';
import { CONSULTATION_STATUSES } from '../../../../shared/consultations/labels';
import { currentFiscalYear } from '../../../../shared/fiscal-year';
import { fiscalYearLabel } from '../../app/format';
import { tr } from '../../app/lang';
import { YearSelect } from '../../ui/YearSelect';
import { Loading, QueryError } from '../../ui/QueryError';
import { categoryLabel, CONSULTATION_CATEGORIES, durationLabel, statusLabel } from './labels';
import { createStatisticsQuery } from './queries';

/** 相談の集計 (the prefecture): a fiscal year's consultations by category and status, and the time to first answer. */
export default function DeskFigures() {
  const [fiscalYear, setFiscalYear] = createSignal(currentFiscalYear());
  const figures = createStatisticsQuery(fiscalYear, () => true);
  const years = () => Array.from({ length: 5 }, (_, i) => currentFiscalYear() - i);
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{tr('相談の集計', 'Figures')}</h2>
      <YearSelect years={years()} value={fiscalYear()} onChange={setFiscalYear} />
      <QueryError error={figures.error} />
      <Show when={figures.data} fallback={<Show when={!figures.error}><Loading what={tr('集計', 'figures')} /></Show>}>
        {(f) => (
          <>
            <dl class="meta">
              <dt>{tr('相談件数', 'Consultations')}</dt>
              <dd>{tr(`${f().total}件`, `${f().total}`)}</dd>
              <dt>{tr('うち技術相談', 'Technical')}</dt>
              <dd>{tr(`${f().technical}件`, `${f().technical}`)}</dd>
              <dt>{tr('初回回答までの時間（中央値）', 'Time to first answer (median)')}</dt>
              <dd>{f().medianHoursToFirstAnswer === undefined ? '―' : durationLabel(f().medianHoursToFirstAnswer!)}</dd>
              <dt>{tr('初回回答までの時間（平均）', 'Time to first answer (mean)')}</dt>
              <dd>{f().meanHoursToFirstAnswer === undefined ? '―' : durationLabel(f().meanHoursToFirstAnswer!)}</dd>
            </dl>
            <div class="table-scroll" tabindex="0" role="region" aria-label={tr(`${fiscalYearLabel(f().fiscalYear)}の分類別・状態別件数`, `By category and status, ${fiscalYearLabel(f().fiscalYear)}`)}>
              <table>
                <caption>{tr(`${fiscalYearLabel(f().fiscalYear)}の分類別・状態別件数`, `By category and status, ${fiscalYearLabel(f().fiscalYear)}`)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{tr('分類', 'Category')}</th>
                    <For each={CONSULTATION_STATUSES}>{(s) => <th scope="col" class="num">{statusLabel(s)}</th>}</For>
                  </tr>
                </thead>
                <tbody>
                  <For each={CONSULTATION_CATEGORIES}>
                    {(c) => (
                      <tr>
                        <th scope="row">{categoryLabel(c)}</th>
                        <For each={CONSULTATION_STATUSES}>{(s) => <td class="num">{f().byCategory[c][s]}</td>}</For>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
