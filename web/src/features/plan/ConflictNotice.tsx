import { For, Show } from 'solid-js';
import type { MeasureRow } from '../../../../shared/api/plans';
import type { IndicatorValue } from '../../../../shared/plan/result';
import type { Indicator } from '../../../../shared/plan/structure';
import type { RatingScheme } from '../../../../shared/rating/scheme';
import { RatingBadge } from './RatingBadge';
import { tr } from '../../app/lang';

interface Props {
  message: string;
  /** The measure as it is now (the 409 answer's `current`). */
  current: MeasureRow | undefined;
  indicators: readonly Indicator[];
  mine: readonly IndicatorValue[];
  scheme: RatingScheme;
  onReload: () => void;
}

const pair = (target: string | undefined, actual: string | undefined) =>
  tr(`目標 ${target || '（なし）'} ／ 実績 ${actual || '（なし）'}`, `target ${target || '(none)'} / actual ${actual || '(none)'}`);

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
      <p>{tr('あなたの入力は保存されていません。下の表で現在の登録内容と見比べ、「最新の内容で編集し直す」を押してから、必要な変更をもう一度入力してください。', 'Your changes were not saved. Compare them with what is stored now in the table below, press “Edit the latest again”, and enter your changes once more.')}</p>
      <Show when={props.current}>
        {(current) => (
          <div class="table-scroll" tabindex="0" role="region" aria-label={tr('現在の登録内容とあなたの入力', 'Stored now, and what you entered')}>
            <table>
              <caption>{tr('現在の登録内容とあなたの入力', 'Stored now, and what you entered')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr('成果指標', 'Indicator')}</th>
                  <th scope="col">{tr('現在の登録内容', 'Stored now')}</th>
                  <th scope="col">{tr('あなたの入力（未保存）', 'Yours (not saved)')}</th>
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
                  <th scope="row">{tr('評価（確定）', 'Rating (confirmed)')}</th>
                  <td><RatingBadge scheme={props.scheme} rating={current().officialRating} /></td>
                  <td>{tr('保存後に再計算されます', 'Computed again when saved')}</td>
                </tr>
              </tbody>
            </table>
          </div>
        )}
      </Show>
      <button type="button" onClick={() => props.onReload()}>{tr('最新の内容で編集し直す', 'Edit the latest again')}</button>
    </div>
  );
}
