import { For, Match, Show, Switch } from 'solid-js';
import type { QuestionAggregate, SurveyResults } from '../../../../shared/surveys/results';
import { lang, tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';
import { kindLabel } from './labels';
import { OptionChart } from './OptionChart';

const numberText = (n: number) => n.toLocaleString(lang() === 'en' ? 'en-GB' : 'ja-JP', { maximumFractionDigits: 2 });
const withUnit = (n: number, unit?: string) => `${numberText(n)}${unit ?? ''}`;
const valueText = (v: number | boolean | string | string[], unit?: string) =>
  typeof v === 'number' ? withUnit(v, unit) : typeof v === 'boolean' ? (v ? tr('はい', 'Yes') : tr('いいえ', 'No')) : Array.isArray(v) ? v.join(tr('、', ', ')) : v;

/** One question's aggregate: figures for a number, counts and a chart for choices, each municipality's answer for the prefecture. */
function QuestionResult(props: { q: QuestionAggregate; index: number; showMunicipalities: boolean }) {
  const q = () => props.q;
  const title = () => `${props.index + 1}. ${q().label}`;
  return (
    <section class="question-result" aria-labelledby={`result-${q().questionId}`}>
      <h3 id={`result-${q().questionId}`}>{title()}</h3>
      <p class="help">{kindLabel(q().kind)}{tr(`・回答 ${q().answered}団体`, ` · ${q().answered} answered`)}</p>
      <Switch>
        <Match when={q().kind === 'number'}>
          <Show when={q().stats} fallback={<p>{tr('まだ回答がありません。', 'No answers yet.')}</p>}>
            {(s) => (
              <table class="result-stats">
                <caption>{tr(`「${q().label}」の集計`, `“${q().label}”: summary`)}</caption>
                <thead><tr><th scope="col">{tr('回答数', 'Answers')}</th><th scope="col">{tr('合計', 'Sum')}</th><th scope="col">{tr('平均', 'Mean')}</th><th scope="col">{tr('最小', 'Min')}</th><th scope="col">{tr('最大', 'Max')}</th></tr></thead>
                <tbody><tr><td class="num">{s().count}</td><td class="num">{withUnit(s().sum, q().unit)}</td><td class="num">{withUnit(s().mean, q().unit)}</td><td class="num">{withUnit(s().min, q().unit)}</td><td class="num">{withUnit(s().max, q().unit)}</td></tr></tbody>
              </table>
            )}
          </Show>
        </Match>
        <Match when={q().options}>
          {(raw) => {
            // Yes and no are the API's Japanese words; shown in the reader's language.
            const options = () => (q().kind === 'yes_no' ? raw().map((o) => ({ ...o, option: o.option === 'はい' ? tr('はい', 'Yes') : tr('いいえ', 'No') })) : raw());
            return (
            <div class="option-result">
              <table>
                <caption>{tr(`「${q().label}」の回答数`, `“${q().label}”: answers per option`)}</caption>
                <thead><tr><th scope="col">{tr('選択肢', 'Option')}</th><th scope="col" class="num">{tr('団体数', 'Municipalities')}</th><th scope="col" class="num">{tr('割合', 'Share')}</th></tr></thead>
                <tbody>
                  <For each={options()}>
                    {(o) => <tr><th scope="row">{o.option}</th><td class="num">{o.count}</td><td class="num">{q().answered > 0 ? `${((o.count / q().answered) * 100).toFixed(0)}%` : '―'}</td></tr>}
                  </For>
                </tbody>
              </table>
              <OptionChart label={q().label} options={options()} total={q().answered} />
            </div>
            );
          }}
        </Match>
      </Switch>
      <Show when={props.showMunicipalities && q().perMunicipality.length > 0 && q().kind !== 'file'}>
        <details open={q().kind === 'text' || q().kind === 'date' || q().kind === 'number'}>
          <summary>{tr(`市町村ごとの回答（${q().perMunicipality.length}団体）`, `Each municipality’s answer (${q().perMunicipality.length})`)}</summary>
          <div class="table-scroll" tabindex="0" role="region" aria-label={tr(`「${q().label}」の市町村ごとの回答`, `“${q().label}”: by municipality`)}>
            <table class="per-municipality">
              <caption class="visually-hidden">{tr(`「${q().label}」の市町村ごとの回答`, `“${q().label}”: by municipality`)}</caption>
              <thead><tr><th scope="col">{tr('市町村', 'Municipality')}</th><th scope="col">{tr('回答', 'Answer')}</th></tr></thead>
              <tbody>
                <For each={q().perMunicipality}>{(m) => <tr><th scope="row">{orgLabel(m.orgCode, m.orgName)}</th><td class={typeof m.value === 'number' ? 'num' : 'pre'}>{valueText(m.value, q().unit)}</td></tr>}</For>
              </tbody>
            </table>
          </div>
        </details>
      </Show>
    </section>
  );
}

/** 集計: per question, from submitted answers only (the API's rule); drafts never count. */
export function SurveyResultsView(props: { results: SurveyResults; showMunicipalities: boolean }) {
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{tr('集計', 'Results')}</h2>
      <p>{tr(`提出済みの回答 ${props.results.submittedCount}件（照会先 ${props.results.askedCount}団体）を集計しています。下書きは含みません。`, `Totals of ${props.results.submittedCount} submitted answers (${props.results.askedCount} asked). Drafts are not counted.`)}</p>
      <For each={props.results.questions}>{(q, i) => <QuestionResult q={q} index={i()} showMunicipalities={props.showMunicipalities} />}</For>
    </section>
  );
}

