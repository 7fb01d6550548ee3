import { createSignal, For, Show } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import type { MeasureDetail, MeasureResultUpdate, MeasureRow } from '../../../../shared/api/plans';
import { formatFiscalYear } from '../../../../shared/fiscal-year';
import type { IndicatorValue } from '../../../../shared/plan/result';
import { rateMeasure } from '../../../../shared/rating/engine';
import type { RatingScheme } from '../../../../shared/rating/scheme';
import { isMiss, printedTexts } from '../../../../shared/plan/printed-figures';
import { ApiError } from '../../app/api';
import { QueryError } from '../../ui/QueryError';
import { RatingBadge } from './RatingBadge';
import { createMeasureUpdate } from './measure-queries';
import { ConflictNotice } from './ConflictNotice';
import { IndicatorFields } from './IndicatorFields';
import { lang, pick, pickIf, tr } from '../../app/lang';

type Result = MeasureDetail['results'][number];

interface Props {
  planId: string;
  fiscalYear: number;
  measure: MeasureDetail['measure'];
  result: Result | undefined;
  scheme: RatingScheme;
  /** The year is 公表済: a change needs a reason and is published as an erratum (正誤). */
  published: boolean;
  /** Called when the form closes; `saved` after a successful save. */
  onDone: (saved?: boolean) => void;
  /** After a version conflict: load the stored figures and start the form again from them. */
  onReload: () => void;
}

/** Field paths the form shows next to their inputs; other field errors are listed together. */
const SHOWN_PATHS = /^(values\.\d+\.(target|actual)\.(text|value)|values\.\d+\.(milestoneMet|subNo)|confirmedRating|confirmReason|reason|erratumReason)$/;

/**
 * Staff edit of one year's figures. The rating is recomputed as they type;
 * confirming a different rating needs a reason; the save carries the version
 * it started from, so a concurrent save is reported, never overwritten.
 */
export function MeasureEditForm(props: Props) {
  const update = createMeasureUpdate(() => props.planId, () => props.fiscalYear, () => props.measure.measureNo);
  const indicators = () => props.measure.indicators;
  const initialValues = (): IndicatorValue[] =>
    indicators().map(
      (i) => props.result?.values.find((v) => v.subNo === i.subNo) ?? { subNo: i.subNo, target: { text: '' }, actual: { text: '' } },
    );
  // A deep copy as plain data: the query's data is a store proxy, which structuredClone refuses.
  const copy = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const [values, setValues] = createStore<IndicatorValue[]>(copy(initialValues()));
  const [invalidFields, setInvalidFields] = createStore<Record<string, boolean>>({});
  const [erratumReason, setErratumReason] = createSignal('');
  const [reason, setReason] = createSignal(props.result?.reason ?? '');
  // A confirmed rating that merely agrees with the computed one starts as 「算定どおり」, so new figures re-rate the measure.
  const keepsOwnRating = props.result?.confirmedRating !== undefined && props.result.confirmedRating !== props.result.computedRating;
  const [confirmed, setConfirmed] = createSignal<string>(keepsOwnRating ? props.result!.confirmedRating! : '');
  const [confirmReason, setConfirmReason] = createSignal(props.result?.confirmReason ?? '');

  const computed = () => rateMeasure(props.measure, values, props.scheme);
  const needsReason = () => confirmed() !== '' && confirmed() !== computed();
  const error = () => (update.error instanceof ApiError ? update.error : null);
  const fieldError = (path: string) => pickIf(error()?.fields.find((f) => f.path === path)?.message);
  const otherFieldErrors = () => error()?.fields.filter((f) => !SHOWN_PATHS.test(f.path)) ?? [];
  const conflict = () => error()?.code === 'version_conflict';

  /** What the list, the annex and open data will print: the server derives it the same way (shared/plan/printed-figures.ts). */
  const printed = () => printedTexts(props.result, values);
  /** A reason written for a miss, left as it was though the rating is no longer one: the server refuses it (measure-update.ts). */
  const staleReason = () => {
    const before = props.result ? (props.result.confirmedRating ?? props.result.computedRating ?? null) : null;
    const after = confirmed() === '' ? (computed() ?? null) : confirmed();
    return isMiss(props.scheme, before) && !isMiss(props.scheme, after) && reason().trim() !== '' && reason() === props.result?.reason;
  };

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const firstInvalid = Object.keys(invalidFields).find((id) => invalidFields[id]);
    const stop =
      firstInvalid ??
      (needsReason() && confirmReason().trim() === '' ? 'confirm-reason' : undefined) ??
      (staleReason() ? 'reason' : undefined) ??
      (props.published && erratumReason().trim() === '' ? 'erratum-reason' : undefined);
    if (stop) return document.getElementById(stop)?.focus();
    update.mutate(
      {
        version: props.result?.version ?? 0,
        values: copy(unwrap(values)),
        reason: reason(),
        ...(props.published ? { erratumReason: erratumReason() } : {}),
        confirmedRating: confirmed() === '' ? null : confirmed(),
        confirmReason: needsReason() ? confirmReason() : undefined,
      },
      { onSuccess: () => props.onDone(true) },
    );
  };

  return (
    <form onSubmit={submit} aria-labelledby="edit-heading" novalidate>
      <h2 id="edit-heading">{tr('実績・評価の編集', 'Edit results and rating')}{tr('（', ' (')}{formatFiscalYear(props.fiscalYear, lang())}{tr('）', ')')}</h2>
      <Show when={conflict()}>
        <ConflictNotice
          message={error()!.text.ja}
          current={error()!.current as MeasureRow | undefined}
          indicators={indicators()}
          mine={values}
          scheme={props.scheme}
          onReload={props.onReload}
        />
      </Show>
      <Show when={!conflict()}>
        <QueryError error={update.error} />
        <Show when={otherFieldErrors().length > 0}>
          <ul class="field-error">
            <For each={otherFieldErrors()}>{(f) => <li>{f.path}: {pick(f.message)}</li>}</For>
          </ul>
        </Show>
      </Show>
      <p id="figures-help" class="help">
        {tr('実績が「※」または空欄なら集計中、「実績なし」なら実績なしとして判定します。数値欄は目標・実績の表記から自動で読み取ります。読み取れないときや違うときは直接入力してください（空欄は数値なし）。', 'An actual of “※” or blank counts as tallying, “実績なし” as no result. The number fields are read from the target and actual text; type them yourself when they are missing or wrong (blank means no number).')}
      </p>
      <For each={indicators()}>
        {(indicator, i) => (
          <IndicatorFields
            indicator={indicator}
            index={i()}
            numbered={indicators().length > 1}
            value={values[i()]!}
            errorOf={fieldError}
            onChange={(patch) => setValues(i(), patch)}
            onValidity={(id, ok) => setInvalidFields(id, !ok)}
          />
        )}
      </For>
      <p class="printed-figures" role="status" aria-live="polite">
        {tr('報告書に載る表記: 目標 ', 'As the report will print it: target ')}<span lang="ja">{printed().targetText || '―'}</span>
        {tr(' / 実績 ', ' / actual ')}<span lang="ja">{printed().actualText || '―'}</span>
      </p>
      <p role="status" aria-live="polite">{tr('算定評価（入力内容から再計算）: ', 'Computed rating (from what you entered): ')}<RatingBadge scheme={props.scheme} rating={computed()} /></p>
      <div class="field">
        <label for="confirmed-rating">{tr('確定する評価', 'Rating to confirm')}</label>
        <select id="confirmed-rating" value={confirmed()} onChange={(e) => setConfirmed(e.currentTarget.value)}>
          <option value="">{tr('算定どおり', 'As computed')}</option>
          <For each={props.scheme.levels}>{(l) => <option value={l.id}>{`${l.symbol} ${l.label.ja}`}</option>}</For>
        </select>
        <Show when={fieldError('confirmedRating')}>{(m) => <p class="field-error">{m()}</p>}</Show>
      </div>
      <Show when={needsReason()}>
        <div class="field">
          <label for="confirm-reason">{tr('算定と異なる評価とする理由（必須）', 'Why it differs from the computed rating (required)')}</label>
          <textarea id="confirm-reason" required aria-required="true" value={confirmReason()} onInput={(e) => setConfirmReason(e.currentTarget.value)}
            aria-invalid={confirmReason().trim() === '' ? 'true' : undefined} aria-describedby="confirm-reason-error" />
          <Show when={confirmReason().trim() === '' || fieldError('confirmReason')}>
            <p id="confirm-reason-error" class="field-error">{fieldError('confirmReason') ?? tr('算定結果と異なる評価を確定するには、理由を入力してください。', 'Give the reason to confirm a rating other than the computed one.')}</p>
          </Show>
        </div>
      </Show>
      <div class="field">
        <label for="reason">{tr('未達成の理由及び今後の見込み等', 'Reason for not achieving, and outlook')}</label>
        <textarea id="reason" value={reason()} onInput={(e) => setReason(e.currentTarget.value)}
          aria-invalid={staleReason() ? 'true' : undefined}
          aria-describedby={fieldError('reason') || staleReason() ? 'reason-error' : undefined} />
        <Show when={fieldError('reason') ?? (staleReason() ? tr('評価が未達成ではなくなりました。この理由は未達成について書かれています。見直すか、不要なら空欄にしてください。', 'The rating is no longer a miss, and this reason explains a miss. Revise it, or clear it if it no longer applies.') : undefined)}>
          {(m) => (
            <p id="reason-error" class="field-error">
              {m()}{' '}
              <button type="button" class="secondary" onClick={() => setReason('')}>{tr('理由を空欄にする', 'Clear the reason')}</button>
            </p>
          )}
        </Show>
      </div>
      <Show when={props.published}>
        <div class="field">
          <label for="erratum-reason">{tr('変更の理由（公表済みの年度のため必須。正誤として公表されます）', 'Reason for the change (required: the year is published, and the change is published as an erratum)')}</label>
          <textarea id="erratum-reason" required aria-required="true" value={erratumReason()} onInput={(e) => setErratumReason(e.currentTarget.value)}
            aria-invalid={fieldError('erratumReason') ? 'true' : undefined} aria-describedby="erratum-reason-error" />
          <p class="help">{tr('正誤表には、この施策の変更前（公表時）と変更後の内容、理由、日付が載ります。公表時の版は引き続きダウンロードできます。', 'The errata list the measure as published and as changed, with this reason and the date. The published version stays downloadable.')}</p>
          <Show when={fieldError('erratumReason')}>{(m) => <p id="erratum-reason-error" class="field-error">{m()}</p>}</Show>
        </div>
      </Show>
      <button type="submit" disabled={update.isPending}>{update.isPending ? tr('保存しています…', 'Saving…') : tr('保存する', 'Save')}</button>{' '}
      <button type="button" class="secondary" onClick={() => props.onDone()}>{tr('キャンセル', 'Cancel')}</button>
    </form>
  );
}
