import { z } from 'zod';
import { bilingual } from '../validation/messages';
import { itemStatusSchema, type SharedMeasure, type SharedValueType } from './definition';
import type { SharedValue } from './status';

export { completionRate, type SharedValue } from './status';

/**
 * The schema a value of this measure must satisfy: the right type, within
 * the measure's range (a percentage is 0–100), and for status measures only
 * the measure's own items.
 */
export function valueSchemaFor(measure: SharedMeasure): z.ZodType<SharedValue> {
  return VALUE_SCHEMAS[measure.valueType](measure);
}

function numberSchema(measure: SharedMeasure): z.ZodType<SharedValue> {
  const min = measure.valueType === 'percent' ? Math.max(0, measure.min ?? 0) : (measure.min ?? 0);
  const max = measure.valueType === 'percent' ? Math.min(100, measure.max ?? 100) : measure.max;
  let schema = z
    .number(bilingual('数値で入力してください。', 'Enter a number.'))
    .finite()
    .min(min, bilingual(`${min}${measure.unit}以上で入力してください。`, `Enter ${min}${measure.unit} or more.`));
  if (max !== undefined) {
    schema = schema.max(max, bilingual(`${max}${measure.unit}以下で入力してください。`, `Enter ${max}${measure.unit} or less.`));
  }
  return schema;
}

/** One schema per kind of value (shared/shared-measures/value-types.ts has the rest of each kind's rules). */
const VALUE_SCHEMAS: { readonly [K in SharedValueType]: (measure: SharedMeasure) => z.ZodType<SharedValue> } = {
  number: numberSchema,
  percent: numberSchema,
  boolean: () => z.boolean(bilingual('「はい」か「いいえ」（true / false）で入力してください。', 'Enter yes or no (true / false).')),
  status: (measure) => {
    const ids = new Set((measure.items ?? []).map((i) => i.id));
    return z
      .record(z.string(), itemStatusSchema)
      .refine(
        (v) => Object.keys(v).every((k) => ids.has(k)),
        bilingual('この指標にない項目が含まれています。', 'The value names items this measure does not have.'),
      );
  },
};
