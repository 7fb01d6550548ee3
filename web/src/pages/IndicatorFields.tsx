import { Show } from 'solid-js';
import type { IndicatorValue } from '../../../shared/plan/result';
import type { Indicator } from '../../../shared/plan/structure';
import { FigureInput } from '../components/FigureInput';

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

const DIRECTION: Record<string, string> = { higher: '多いほど良い', lower: '少ないほど良い' };

/** The inputs of one indicator in the edit form: target and actual, their numbers, and a milestone's judgement. */
export function IndicatorFields(props: Props) {
  const i = () => props.index;
  const numeric = () => props.indicator.kind === 'numeric';
  const path = (rest: string) => `values.${i()}.${rest}`;
  const milestoneValue = () => (props.value.milestoneMet === undefined ? '' : String(props.value.milestoneMet));
  return (
    <fieldset>
      <legend>
        成果指標{props.numbered ? ` ${props.indicator.subNo}` : ''}: {props.indicator.name}
        <Show when={numeric() && props.indicator.direction}>（{DIRECTION[props.indicator.direction!]}）</Show>
      </legend>
      <div class="figures">
        <FigureInput
          id={`target-${i()}`}
          label="目標"
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
          label="実績"
          figure={props.value.actual}
          numeric={numeric()}
          unit={props.indicator.unit}
          help={props.indicator.kind === 'milestone' ? '目標と同じ文言なら達成と判定します（下の「達成の判定」で指定もできます）。' : undefined}
          valueHelpId="figures-help"
          textError={props.errorOf(path('actual.text'))}
          valueError={props.errorOf(path('actual.value'))}
          onChange={(actual) => props.onChange({ actual })}
          onValidity={(ok) => props.onValidity(`actual-${i()}-value`, ok)}
        />
      </div>
      <Show when={props.indicator.kind === 'milestone'}>
        <div class="field">
          <label for={`met-${i()}`}>達成の判定</label>
          <select
            id={`met-${i()}`}
            value={milestoneValue()}
            onChange={(e) => props.onChange({ milestoneMet: e.currentTarget.value === '' ? undefined : e.currentTarget.value === 'true' })}
          >
            <option value="">文言から自動判定</option>
            <option value="true">達成している</option>
            <option value="false">達成していない</option>
          </select>
          <Show when={props.errorOf(path('milestoneMet'))}>{(m) => <p class="field-error">{m()}</p>}</Show>
        </div>
      </Show>
      <Show when={props.errorOf(path('subNo'))}>{(m) => <p class="field-error">{m()}</p>}</Show>
    </fieldset>
  );
}
