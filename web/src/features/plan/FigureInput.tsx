import { createSignal, Show } from 'solid-js';
import { figureOf, parseFigure } from '../../../../shared/plan/figures';
import { textWithValue } from '../../../../shared/plan/printed-figures';
import type { Figure } from '../../../../shared/plan/result';
import { tr } from '../../app/lang';

interface Props {
  /** Id of the text input; the number input is `${id}-value`. */
  id: string;
  /** 目標 or 実績. */
  label: string;
  figure: Figure;
  /** Numeric indicators also carry the number read from the text. */
  numeric: boolean;
  unit: string;
  /** A help line under the text input (e.g. how a milestone is judged). */
  help?: string;
  /** Id of the form's note on how numbers are read, for the number input. */
  valueHelpId?: string;
  /** The server's messages for the text and for the number. */
  textError?: string;
  valueError?: string;
  onChange: (figure: Figure) => void;
  /** False while the number field holds something that is not a number. */
  onValidity: (valid: boolean) => void;
}

const shown = (value: number | undefined) => (value === undefined ? '' : String(value));

/** A typed number, half- or full-width, commas allowed: undefined when empty, NaN when not a number. */
function readNumber(text: string): number | undefined {
  const t = text.normalize('NFKC').replace(/,/g, '').trim();
  return t === '' ? undefined : Number(t);
}

/**
 * A figure as printed (`５万人`) and, for numeric indicators, the number the
 * rating uses, edited together: the number is read from the text as the person
 * types it, and a number typed is written into the text with its unit, so the
 * two never say different things. A text with no single number in it
 * (`②・③合計 3,915件`) keeps its wording and takes the number as typed.
 */
export function FigureInput(props: Props) {
  const [raw, setRaw] = createSignal(shown(props.figure.value));
  const invalid = () => {
    const n = readNumber(raw());
    return n !== undefined && !Number.isFinite(n);
  };
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

  const onText = (text: string) => {
    if (!props.numeric) return props.onChange({ text });
    const value = parseFigure(text);
    setRaw(shown(value));
    props.onValidity(true);
    props.onChange(figureOf(text, value));
  };
  const onValue = (text: string) => {
    setRaw(text);
    const n = readNumber(text);
    const ok = n === undefined || Number.isFinite(n);
    props.onValidity(ok);
    // The number and the printed text are one figure: a new number is written into the text too (２名 → 33名).
    props.onChange(ok ? figureOf(textWithValue(props.figure.text, n), n) : figureOf(props.figure.text));
  };

  return (
    <div class="figure">
      <div class="field">
        <label for={props.id}>{props.label}</label>
        <input
          id={props.id}
          value={props.figure.text}
          onInput={(e) => onText(e.currentTarget.value)}
          aria-invalid={props.textError ? 'true' : undefined}
          aria-describedby={describedBy(props.help && `${props.id}-help`, props.textError && `${props.id}-error`)}
        />
        <Show when={props.help}><p id={`${props.id}-help`} class="help">{props.help}</p></Show>
        <Show when={props.textError}><p id={`${props.id}-error`} class="field-error">{props.textError}</p></Show>
      </div>
      <Show when={props.numeric}>
        <div class="field">
          <label for={`${props.id}-value`}>{tr(`${props.label}の数値`, `${props.label} as a number`)}{props.unit ? `（${props.unit}）` : ''}</label>
          <input
            id={`${props.id}-value`}
            class="number"
            inputmode="decimal"
            value={raw()}
            onInput={(e) => onValue(e.currentTarget.value)}
            aria-invalid={invalid() || props.valueError ? 'true' : undefined}
            aria-describedby={describedBy(props.valueHelpId, (invalid() || props.valueError) && `${props.id}-value-error`)}
          />
          <Show when={invalid() || props.valueError}>
            <p id={`${props.id}-value-error`} class="field-error">{props.valueError ?? tr('数値を入力してください（例: 1200、12.5）。', 'Enter a number (e.g. 1200, 12.5).')}</p>
          </Show>
        </div>
      </Show>
    </div>
  );
}
