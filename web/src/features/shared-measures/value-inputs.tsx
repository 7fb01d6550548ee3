import { createSignal, For, Show, type Component } from 'solid-js';
import type { SharedMeasure, SharedValueType } from '../../../../shared/shared-measures/definition';
import { ITEM_STATUSES, type ItemStatus, type SharedValue } from '../../../../shared/shared-measures/status';
import { pick, tr } from '../../app/lang';
import { statusLabel } from './labels';

/** What the form holds: a value of the measure's kind, or text the server will refuse with a reason. */
export type EnteredValue = SharedValue | string;

export interface ValueInputProps {
  measure: SharedMeasure;
  value: EnteredValue;
  onChange: (value: EnteredValue) => void;
  error?: string;
}

/** Text as a number when it is one; anything else stays text, for the server's message to explain. */
const numberOrText = (text: string): EnteredValue => (text.trim() === '' || Number.isNaN(Number(text)) ? text : Number(text));

const NumberInput: Component<ValueInputProps> = (props) => {
  const [text, setText] = createSignal(typeof props.value === 'number' ? String(props.value) : '');
  return (
    <div class="field">
      <label for="report-value">{pick(props.measure.name)}{tr('（', ' (')}{props.measure.unit || tr('数値', 'number')}{tr('）', ')')}</label>
      <input id="report-value" inputmode="decimal" value={text()} aria-describedby="report-value-error"
        onInput={(e) => { setText(e.currentTarget.value); props.onChange(numberOrText(e.currentTarget.value)); }} />
      <Show when={props.error}>{(m) => <p id="report-value-error" class="field-error">{m()}</p>}</Show>
    </div>
  );
};

const YesNoInput: Component<ValueInputProps> = (props) => (
  <div class="field">
    <label for="report-flag">{props.measure.name.ja}</label>
    <select id="report-flag" value={String(props.value === true)} onChange={(e) => props.onChange(e.currentTarget.value === 'true')}>
      <option value="true">{tr('はい', 'Yes')}</option>
      <option value="false">{tr('いいえ', 'No')}</option>
    </select>
  </div>
);

const StatusInput: Component<ValueInputProps> = (props) => {
  const statuses = () => (typeof props.value === 'object' ? (props.value as Record<string, ItemStatus>) : {});
  return (
    <fieldset>
      <legend>{props.measure.name.ja}</legend>
      <For each={props.measure.items ?? []}>
        {(item) => (
          <div class="field">
            <label for={`status-${item.id}`}>{item.name.ja}</label>
            <select id={`status-${item.id}`} value={statuses()[item.id] ?? 'not_started'}
              onChange={(e) => props.onChange({ ...statuses(), [item.id]: e.currentTarget.value as ItemStatus })}>
              <For each={ITEM_STATUSES}>{(s) => <option value={s}>{statusLabel(s)}</option>}</For>
            </select>
          </div>
        )}
      </For>
    </fieldset>
  );
};

/**
 * The input for each kind of value, and what it starts from, one entry per
 * kind as in shared/shared-measures/value-types.ts: a new kind without an
 * input does not build.
 */
export const VALUE_INPUTS: { readonly [K in SharedValueType]: { Input: Component<ValueInputProps>; initial: (current: SharedValue | undefined) => EnteredValue } } = {
  number: { Input: NumberInput, initial: () => '' },
  percent: { Input: NumberInput, initial: () => '' },
  boolean: { Input: YesNoInput, initial: () => true },
  status: { Input: StatusInput, initial: (current) => ({ ...((current as Record<string, ItemStatus> | undefined) ?? {}) }) },
};
