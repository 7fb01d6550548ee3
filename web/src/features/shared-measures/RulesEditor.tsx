import { For, Match, Show, Switch } from 'solid-js';
import type { SharedMeasure } from '../../../../shared/shared-measures/definition';
import { pick, tr } from '../../app/lang';
import { EMPTY_RULE, RULE_KINDS, type RuleDraft, type RuleKind } from './rules-draft';

const KIND_LABELS: Record<RuleKind, { ja: string; en: string }> = {
  range: { ja: '範囲（最小・最大）', en: 'Range (min, max)' },
  change: { ja: '前期からの変化の上限', en: 'Largest change from the previous period' },
  not_above: { ja: '別の指標の値以下', en: 'Not above another measure' },
};

/**
 * もっともらしさの確認: rules a value is checked against when it is reported. An error refuses the value; a
 * warning asks the municipality for a note and flags the value for the reviewer. Messages come from the API.
 */
export function RulesEditor(props: {
  value: RuleDraft[];
  onChange: (value: RuleDraft[]) => void;
  measures: readonly SharedMeasure[];
  selfId: string;
  errorFor: (path: string) => string | undefined;
}) {
  const set = (i: number, patch: Partial<RuleDraft>) => props.onChange(props.value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const remove = (i: number) => props.onChange(props.value.filter((_, j) => j !== i));
  const n = (i: number) => i + 1;
  return (
    <fieldset>
      <legend>{tr('もっともらしさの確認（ルール）', 'Plausibility rules')}</legend>
      <p class="help">
        {tr(
          '「エラー」の値は受け付けません。「警告」の値は備考を求め、県の確認画面に印を付けます。変化の上限は比率で書きます（2 = 前期の値の2倍の増減まで）。',
          '“Error” refuses the value; “warning” asks for a note and marks the value for the reviewer. The largest change is a ratio (2 = a change of up to twice the previous value).',
        )}
      </p>
      <Show when={props.errorFor('measure.rules')}>{(m) => <p class="field-error" role="alert">{m()}</p>}</Show>
      <For each={props.value}>
        {(rule, i) => (
          <div class="rule-row" role="group" aria-label={tr(`ルール${n(i())}`, `Rule ${n(i())}`)}>
            <div class="field">
              <label for={`rule-${i()}-kind`}>{tr(`ルール${n(i())}の種類`, `Rule ${n(i())}: kind`)}</label>
              <select id={`rule-${i()}-kind`} value={rule.kind} onChange={(e) => set(i(), { kind: e.currentTarget.value as RuleKind })}>
                <For each={RULE_KINDS}>{(k) => <option value={k}>{pick(KIND_LABELS[k])}</option>}</For>
              </select>
            </div>
            <Switch>
              <Match when={rule.kind === 'range'}>
                <div class="field"><label for={`rule-${i()}-min`}>{tr(`ルール${n(i())}の最小`, `Rule ${n(i())}: minimum`)}</label><input id={`rule-${i()}-min`} inputmode="decimal" value={rule.min} onInput={(e) => set(i(), { min: e.currentTarget.value })} /></div>
                <div class="field"><label for={`rule-${i()}-max`}>{tr(`ルール${n(i())}の最大`, `Rule ${n(i())}: maximum`)}</label><input id={`rule-${i()}-max`} inputmode="decimal" value={rule.max} onInput={(e) => set(i(), { max: e.currentTarget.value })} /></div>
              </Match>
              <Match when={rule.kind === 'change'}>
                <div class="field"><label for={`rule-${i()}-ratio`}>{tr(`ルール${n(i())}の変化の上限（比率）`, `Rule ${n(i())}: largest change (ratio)`)}</label><input id={`rule-${i()}-ratio`} inputmode="decimal" value={rule.maxRatio} onInput={(e) => set(i(), { maxRatio: e.currentTarget.value })} /></div>
              </Match>
              <Match when={rule.kind === 'not_above'}>
                <div class="field">
                  <label for={`rule-${i()}-measure`}>{tr(`ルール${n(i())}の比べる指標`, `Rule ${n(i())}: measure it may not exceed`)}</label>
                  <select id={`rule-${i()}-measure`} value={rule.measureId} onChange={(e) => set(i(), { measureId: e.currentTarget.value })}>
                    <option value="">{tr('選んでください', 'Choose')}</option>
                    <For each={props.measures.filter((m) => m.id !== props.selfId)}>{(m) => <option value={m.id}>{pick(m.name)}</option>}</For>
                  </select>
                </div>
              </Match>
            </Switch>
            <div class="field">
              <label for={`rule-${i()}-severity`}>{tr(`ルール${n(i())}の重さ`, `Rule ${n(i())}: severity`)}</label>
              <select id={`rule-${i()}-severity`} value={rule.severity} onChange={(e) => set(i(), { severity: e.currentTarget.value as RuleDraft['severity'] })}>
                <option value="warning">{tr('警告（備考を求める）', 'Warning (asks for a note)')}</option>
                <option value="error">{tr('エラー（受け付けない）', 'Error (refused)')}</option>
              </select>
            </div>
            <button type="button" class="secondary" onClick={() => remove(i())}>{tr(`ルール${n(i())}を削除`, `Remove rule ${n(i())}`)}</button>
            <Show when={props.errorFor(`measure.rules.${i()}`)}>{(m) => <p class="field-error">{tr(`ルール${n(i())}: `, `Rule ${n(i())}: `)}{m()}</p>}</Show>
          </div>
        )}
      </For>
      <button type="button" class="secondary" onClick={() => props.onChange([...props.value, { ...EMPTY_RULE }])}>{tr('ルールを追加', 'Add a rule')}</button>
    </fieldset>
  );
}
