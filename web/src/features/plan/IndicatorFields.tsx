import { Show } from 'solid-js';
import type { IndicatorValue } from '../../../../shared/plan/result';
import type { Indicator } from '../../../../shared/plan/structure';
import { FigureInput } from './FigureInput';
import { pick, tr } from '../../app/lang';

interface Props {
  indicator: Indicator;
  index: number;
  /** Whether the measure has several indicators (then each is numbered). */
  numbered: boolean;
  value: IndicatorValue;
  /** The server's message for a field path such as `values.0.actual.text`. */
  errorOf: (path: string) => string | undefined;
  onChange: (patch: Partial<IndicatorValue>) => void;
  onValidity: (fieldId: string, valid: boolean) => void;
}

const DIRECTION: Record<string, { ja: string; en: string }> = { higher: { ja: '多いほど良い', en: 'higher is better' }, lower: { ja: '少ないほど良い', en: 'lower is better' } };

/** The inputs of one indicator in the edit form: target and actual, their numbers, and a milestone's judgement. */
export function IndicatorFields(props: Props) {
  const i = () => props.index;
  const numeric = () => props.indicator.kind === 'numeric';
  const path = (rest: string) => `values.${i()}.${rest}`;
  const milestoneValue = () => (props.value.milestoneMet === undefined ? '' : String(props.value.milestoneMet));
  return (
    <fieldset>
      <legend>
        {tr('成果指標', 'Indicator')}{props.numbered ? ` ${props.indicator.subNo}` : ''}: {props.indicator.name}
        <Show when={numeric() && props.indicator.direction}>（{pick(DIRECTION[props.indicator.direction!]!)}）</Show>
      </legend>
      <div class="figures">
        <FigureInput
          id={`target-${i()}`}
          label={tr('目標', 'Target')}
          figure={props.value.target}
          numeric={numeric()}
          unit={props.indicator.unit}
          valueHelpId="figures-help"
          textError={props.errorOf(path('target.text'))}
          valueError={props.errorOf(path('target.value'))}
          onChange={(target) => props.onChange({ target })}
          onValidity={(ok) => props.onValidity(`target-${i()}-value`, ok)}
        />
        <FigureInput
          id={`actual-${i()}`}
          label={tr('実績', 'Actual')}
          figure={props.value.actual}
          numeric={numeric()}
          unit={props.indicator.unit}
          help={props.indicator.kind === 'milestone' ? tr('目標と同じ文言なら達成と判定します（下の「達成の判定」で指定もできます）。', 'The same words as the target count as achieved (or say so below).') : undefined}
          valueHelpId="figures-help"
          textError={props.errorOf(path('actual.text'))}
          valueError={props.errorOf(path('actual.value'))}
          onChange={(actual) => props.onChange({ actual })}
          onValidity={(ok) => props.onValidity(`actual-${i()}-value`, ok)}
        />
      </div>
      <Show when={props.indicator.kind === 'milestone'}>
        <div class="field">
          <label for={`met-${i()}`}>{tr('達成の判定', 'Achieved?')}</label>
          <select
            id={`met-${i()}`}
            value={milestoneValue()}
            onChange={(e) => props.onChange({ milestoneMet: e.currentTarget.value === '' ? undefined : e.currentTarget.value === 'true' })}
          >
            <option value="">{tr('文言から自動判定', 'Decide from the text')}</option>
            <option value="true">{tr('達成している', 'Achieved')}</option>
            <option value="false">{tr('達成していない', 'Not achieved')}</option>
          </select>
          <Show when={props.errorOf(path('milestoneMet'))}>{(m) => <p class="field-error">{m()}</p>}</Show>
        </div>
      </Show>
      <Show when={props.errorOf(path('subNo'))}>{(m) => <p class="field-error">{m()}</p>}</Show>
    </fieldset>
  );
}
