import { For, Show } from 'solid-js';
import type { ReportingWindow } from '../../../../shared/shared-measures/calendar';
import type { PeriodKind } from '../../../../shared/shared-measures/definition';
import { todayInJapan } from '../../../../shared/japan-days';
import { isValidPeriod, periodLabel } from '../../../../shared/shared-measures/periods';
import { lang, tr } from '../../app/lang';
import { suggestNextWindow } from './calendar-draft';

/**
 * 報告の暦: the periods open for reporting, each with the day it opens and its deadline. The current period every
 * page shows, the tasks, reminders and reporting rates all follow it. Messages for a row come from the API
 * (paths measure.calendar.{row}…), shown under the row they are about.
 */
export function CalendarEditor(props: {
  kind: PeriodKind;
  value: ReportingWindow[];
  onChange: (value: ReportingWindow[]) => void;
  errorFor: (path: string) => string | undefined;
}) {
  const set = (i: number, patch: Partial<ReportingWindow>) => props.onChange(props.value.map((w, j) => (j === i ? { ...w, ...patch } : w)));
  const remove = (i: number) => props.onChange(props.value.filter((_, j) => j !== i));
  const add = () => props.onChange([...props.value, suggestNextWindow(props.kind, props.value, todayInJapan(new Date()))]);
  const label = (w: ReportingWindow) => (isValidPeriod(props.kind, w.period) ? periodLabel(props.kind, w.period, lang()) : w.period || tr('新しい期間', 'new period'));
  return (
    <fieldset>
      <legend>{tr('報告の暦（受付期間と締切）', 'Reporting calendar (opening days and deadlines)')}</legend>
      <p class="help">{tr('期間の例: 年度は FY2025、月は 2026-10。締切を過ぎた最新の期間が、各画面で最初に表示されます。', 'Periods look like FY2025 or 2026-10. Pages open on the newest period whose deadline has passed.')}</p>
      <Show when={props.errorFor('measure.calendar')}>{(m) => <p class="field-error" role="alert">{m()}</p>}</Show>
      <table class="rows-editor">
        <caption>{tr(`報告の暦（${props.value.length}期間）`, `Reporting calendar (${props.value.length} periods)`)}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('期間', 'Period')}</th>
            <th scope="col">{tr('受付開始', 'Opens on')}</th>
            <th scope="col">{tr('締切', 'Deadline')}</th>
            <th scope="col">{tr('操作', 'Actions')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.value}>
            {(w, i) => (
              <>
                <tr>
                  <td><input value={w.period} aria-label={tr(`${i() + 1}行目の期間`, `Period of row ${i() + 1}`)} onInput={(e) => set(i(), { period: e.currentTarget.value.trim() })}
                    aria-invalid={props.errorFor(`measure.calendar.${i()}.period`) ? 'true' : undefined} /></td>
                  <td><input type="date" value={w.opensOn} aria-label={tr(`${label(w)}の受付開始日`, `Opening day of ${label(w)}`)} onInput={(e) => set(i(), { opensOn: e.currentTarget.value })}
                    aria-invalid={props.errorFor(`measure.calendar.${i()}.opensOn`) ? 'true' : undefined} /></td>
                  <td><input type="date" value={w.deadline} aria-label={tr(`${label(w)}の締切日`, `Deadline of ${label(w)}`)} onInput={(e) => set(i(), { deadline: e.currentTarget.value })}
                    aria-invalid={props.errorFor(`measure.calendar.${i()}`) ? 'true' : undefined} /></td>
                  <td><button type="button" class="secondary" onClick={() => remove(i())} aria-label={tr(`${label(w)}を削除`, `Remove ${label(w)}`)}>{tr('削除', 'Remove')}</button></td>
                </tr>
                <Show when={props.errorFor(`measure.calendar.${i()}`)}>
                  {(m) => <tr><td colspan="4"><p class="field-error">{tr(`${i() + 1}行目: `, `Row ${i() + 1}: `)}{m()}</p></td></tr>}
                </Show>
              </>
            )}
          </For>
        </tbody>
      </table>
      <button type="button" class="secondary" onClick={add}>{tr('期間を追加', 'Add a period')}</button>
    </fieldset>
  );
}
