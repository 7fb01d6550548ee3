import { For, Show } from 'solid-js';
import type { MeasureRow } from '../../../shared/api/plans';
import type { IndicatorValue } from '../../../shared/plan/result';
import type { Indicator } from '../../../shared/plan/structure';
import type { RatingScheme } from '../../../shared/rating/scheme';
import { RatingBadge } from '../components/RatingBadge';

interface Props {
  message: string;
  /** The measure as it is now (the 409 answer's `current`). */
  current: MeasureRow | undefined;
  indicators: readonly Indicator[];
  mine: readonly IndicatorValue[];
  scheme: RatingScheme;
  onReload: () => void;
}

const pair = (target: string | undefined, actual: string | undefined) => `目標 ${target || '（なし）'} ／ 実績 ${actual || '（なし）'}`;

/**
 * Someone saved first: says so, shows what is stored now beside what this
 * person typed, and offers to start again from the stored figures. Nothing is
 * overwritten without them seeing it.
 */
export function ConflictNotice(props: Props) {
  const currentOf = (subNo: number) => props.current?.indicators.find((i) => i.subNo === subNo);
  return (
    <div class="notice error" role="alert">
      <p><strong>{props.message}</strong></p>
      <p>あなたの入力は保存されていません。下の表で現在の登録内容と見比べ、「最新の内容で編集し直す」を押してから、必要な変更をもう一度入力してください。</p>
      <Show when={props.current}>
        {(current) => (
          <div class="table-scroll">
            <table>
              <caption>現在の登録内容とあなたの入力</caption>
              <thead>
                <tr>
                  <th scope="col">成果指標</th>
                  <th scope="col">現在の登録内容</th>
                  <th scope="col">あなたの入力（未保存）</th>
                </tr>
              </thead>
              <tbody>
                <For each={props.indicators}>
                  {(indicator) => {
                    const mine = () => props.mine.find((v) => v.subNo === indicator.subNo);
                    return (
                      <tr>
                        <th scope="row">{indicator.name}</th>
                        <td>{pair(currentOf(indicator.subNo)?.target?.text, currentOf(indicator.subNo)?.actual?.text)}</td>
                        <td>{pair(mine()?.target.text, mine()?.actual.text)}</td>
                      </tr>
                    );
                  }}
                </For>
                <tr>
                  <th scope="row">評価（確定）</th>
                  <td><RatingBadge scheme={props.scheme} rating={current().officialRating} /></td>
                  <td>保存後に再計算されます</td>
                </tr>
              </tbody>
            </table>
          </div>
        )}
      </Show>
      <button type="button" onClick={() => props.onReload()}>最新の内容で編集し直す</button>
    </div>
  );
}
