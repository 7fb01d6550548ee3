import { For } from 'solid-js';
import { fiscalYearLabel } from '../app/format';
import { tr } from '../app/lang';

export function YearSelect(props: { years: number[]; value: number | undefined; onChange: (fy: number) => void }) {
  return (
    <div class="field">
      <label for="fiscal-year">{tr('年度', 'Fiscal year')}</label>
      <select id="fiscal-year" value={props.value} onChange={(e) => props.onChange(Number(e.currentTarget.value))}>
        <For each={props.years}>{(fy) => <option value={fy}>{fiscalYearLabel(fy)}</option>}</For>
      </select>
    </div>
  );
}
