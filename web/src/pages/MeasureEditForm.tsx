import { useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { MeasureDetail } from '../../../shared/api/plans';
import { formatFiscalYear } from '../../../shared/fiscal-year';
import { parseFigure } from '../../../shared/plan/figures';
import type { IndicatorValue } from '../../../shared/plan/result';
import { rateMeasure } from '../../../shared/rating/engine';
import type { RatingScheme } from '../../../shared/rating/scheme';
import { ApiError } from '../api';
import { QueryError } from '../components/QueryError';
import { RatingBadge } from '../components/RatingBadge';
import { queryKeys } from '../queries/keys';
import { createMeasureUpdate } from '../queries/measures';

type Result = MeasureDetail['results'][number];

interface Props {
  planId: string;
  fiscalYear: number;
  measure: MeasureDetail['measure'];
  result: Result | undefined;
  scheme: RatingScheme;
  /** Called when the form closes; `saved` after a successful save. */
  onDone: (saved?: boolean) => void;
}

const withValue = (text: string, numeric: boolean) => {
  const value = numeric ? parseFigure(text) : undefined;
  return value === undefined ? { text } : { text, value };
};

/**
 * Staff edit of one year's figures. The rating is recomputed as they type;
 * confirming a different rating needs a reason; the save carries the version
 * it started from, so a concurrent save is reported, never overwritten.
 */
export function MeasureEditForm(props: Props) {
  const client = useQueryClient();
  const update = createMeasureUpdate(() => props.planId, () => props.fiscalYear, () => props.measure.measureNo);
  const initialValues = (): IndicatorValue[] =>
    props.measure.indicators.map(
      (i) => props.result?.values.find((v) => v.subNo === i.subNo) ?? { subNo: i.subNo, target: { text: '' }, actual: { text: '' } },
    );
  const [values, setValues] = createStore<IndicatorValue[]>(JSON.parse(JSON.stringify(initialValues())) as IndicatorValue[]);
  const [reason, setReason] = createSignal(props.result?.reason ?? '');
  // A confirmed rating that merely agrees with the computed one starts as 「算定どおり」, so new figures re-rate the measure.
  const keepsOwnRating = props.result?.confirmedRating !== undefined && props.result.confirmedRating !== props.result.computedRating;
  const [confirmed, setConfirmed] = createSignal<string>(keepsOwnRating ? props.result!.confirmedRating! : '');
  const [confirmReason, setConfirmReason] = createSignal(props.result?.confirmReason ?? '');

  const computed = () => rateMeasure(props.measure, values, props.scheme);
  const needsReason = () => confirmed() !== '' && confirmed() !== computed();
  const error = () => update.error as ApiError | null;
  const fieldError = (path: string) => error()?.fields.find((f) => f.path === path)?.message.ja;
  const conflict = () => error()?.code === 'version_conflict';

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    if (needsReason() && confirmReason().trim() === '') return;
    update.mutate(
      {
        version: props.result?.version ?? 0,
        values: values.map((v) => ({ ...v })),
        reason: reason(),
        confirmedRating: confirmed() === '' ? null : confirmed(),
        confirmReason: needsReason() ? confirmReason() : undefined,
      },
      { onSuccess: () => props.onDone(true) },
    );
  };
  const reload = async () => {
    await client.invalidateQueries({ queryKey: queryKeys.measure(props.planId, props.measure.measureNo) });
    update.reset();
    props.onDone();
  };

  return (
    <form onSubmit={submit} aria-labelledby="edit-heading" novalidate>
      <h2 id="edit-heading">実績・評価の編集（{formatFiscalYear(props.fiscalYear, 'ja')}）</h2>
      <Show when={conflict()}>
        <div class="notice error" role="alert">
          <p>{error()!.text.ja}</p>
          <p>保存されなかった入力内容は、この画面に残っています。最新の内容を確認してから、もう一度入力してください。</p>
          <button type="button" onClick={reload}>最新の内容を読み込む</button>
        </div>
      </Show>
      <Show when={!conflict()}><QueryError error={update.error} /></Show>
      <For each={props.measure.indicators}>
        {(indicator, i) => (
          <fieldset>
            <legend>成果指標{props.measure.indicators.length > 1 ? ` ${indicator.subNo}` : ''}: {indicator.name}</legend>
            <div class="field">
              <label for={`target-${i()}`}>目標</label>
              <input id={`target-${i()}`} value={values[i()]!.target.text}
                onInput={(e) => setValues(i(), 'target', withValue(e.currentTarget.value, indicator.kind === 'numeric'))} />
            </div>
            <div class="field">
              <label for={`actual-${i()}`}>実績</label>
              <input id={`actual-${i()}`} value={values[i()]!.actual.text} aria-describedby={`actual-help-${i()}`}
                onInput={(e) => setValues(i(), 'actual', withValue(e.currentTarget.value, indicator.kind === 'numeric'))} />
              <p id={`actual-help-${i()}`} class="help">
                {indicator.kind === 'numeric'
                  ? `読み取った数値: ${values[i()]!.actual.value ?? '（数値なし。「※」は集計中）'}`
                  : '目標と同じ文言なら達成と判定します。'}
              </p>
              <Show when={fieldError(`values.${i()}.actual.text`)}>{(m) => <p class="field-error">{m()}</p>}</Show>
            </div>
            <Show when={indicator.kind === 'milestone'}>
              <div class="field">
                <label for={`met-${i()}`}>達成の判定</label>
                <select id={`met-${i()}`} value={values[i()]!.milestoneMet === undefined ? '' : String(values[i()]!.milestoneMet)}
                  onChange={(e) => setValues(i(), 'milestoneMet', e.currentTarget.value === '' ? undefined : e.currentTarget.value === 'true')}>
                  <option value="">文言から自動判定</option>
                  <option value="true">達成している</option>
                  <option value="false">達成していない</option>
                </select>
              </div>
            </Show>
          </fieldset>
        )}
      </For>
      <p role="status" aria-live="polite">算定評価: <RatingBadge scheme={props.scheme} rating={computed()} /></p>
      <div class="field">
        <label for="confirmed-rating">確定する評価</label>
        <select id="confirmed-rating" value={confirmed()} onChange={(e) => setConfirmed(e.currentTarget.value)}>
          <option value="">算定どおり</option>
          <For each={props.scheme.levels}>{(l) => <option value={l.id}>{`${l.symbol} ${l.label.ja}`}</option>}</For>
        </select>
      </div>
      <Show when={needsReason()}>
        <div class="field">
          <label for="confirm-reason">算定と異なる評価とする理由（必須）</label>
          <textarea id="confirm-reason" required aria-required="true" value={confirmReason()} onInput={(e) => setConfirmReason(e.currentTarget.value)}
            aria-invalid={confirmReason().trim() === '' ? 'true' : undefined} aria-describedby="confirm-reason-error" />
          <Show when={confirmReason().trim() === '' || fieldError('confirmReason')}>
            <p id="confirm-reason-error" class="field-error">{fieldError('confirmReason') ?? '算定結果と異なる評価を確定するには、理由を入力してください。'}</p>
          </Show>
        </div>
      </Show>
      <div class="field">
        <label for="reason">未達成の理由及び今後の見込み等</label>
        <textarea id="reason" value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
      </div>
      <button type="submit" disabled={update.isPending}>{update.isPending ? '保存しています…' : '保存する'}</button>{' '}
      <button type="button" class="secondary" onClick={() => props.onDone()}>キャンセル</button>
    </form>
  );
}
