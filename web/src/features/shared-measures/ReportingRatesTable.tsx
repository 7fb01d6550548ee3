import { For, type JSX } from 'solid-js';
import type { RateCounts } from '../../../../shared/shared-measures/reporting-rates';
import { tr } from '../../app/lang';

/** 「80.0%（12/15）」: a rate with the counts it comes from, or 「―」 when nothing was expected. */
export function rateText(rate: number | undefined, count: number, expected: number): string {
  if (rate === undefined) return '―';
  return tr(`${rate.toFixed(1)}%（${count}/${expected}）`, `${rate.toFixed(1)}% (${count}/${expected})`);
}

/** A rate as text, with a bar beside it for the eye (the text says it all to a screen reader). */
export function RateCell(props: { rate?: number; count: number; expected: number }) {
  return (
    <td class="num rate-cell">
      {rateText(props.rate, props.count, props.expected)}
      <span class="rate-bar" aria-hidden="true"><span style={{ width: `${props.rate ?? 0}%` }} /></span>
    </td>
  );
}

/** One table of reporting rates: a row per municipality, measure or period, DHIS2's two rates in columns. */
export function ReportingRatesTable<T extends RateCounts>(props: {
  caption: string;
  rowHeader: string;
  extraHeaders?: string[];
  rows: T[];
  name: (row: T) => JSX.Element;
  extra?: (row: T) => JSX.Element;
}) {
  return (
    <div class="table-scroll" tabindex="0" role="region" aria-label={props.caption}>
    <table class="reporting-rates">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.rowHeader}</th>
          <For each={props.extraHeaders ?? []}>{(h) => <th scope="col">{h}</th>}</For>
          <th scope="col">{tr('報告率（報告数/対象数）', 'Reporting rate (reported/expected)')}</th>
          <th scope="col">{tr('期限内報告率（期限内/対象数）', 'On-time rate (on time/expected)')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(row) => (
            <tr>
              <th scope="row">{props.name(row)}</th>
              {props.extra?.(row)}
              <RateCell rate={row.reportingRate} count={row.reported} expected={row.expected} />
              <RateCell rate={row.onTimeRate} count={row.onTime} expected={row.expected} />
            </tr>
          )}
        </For>
      </tbody>
    </table>
    </div>
  );
}
