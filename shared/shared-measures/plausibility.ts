import { z } from 'zod';
import type { SharedMeasure } from './definition';
import type { SharedValue } from './status';
import { VALUE_TYPES } from './value-types';

/**
 * Plausibility rules as data, kept per measure in the catalogue (issue 15). An `error` refuses the value; a
 * `warning` asks the reporter for a note and flags the value for the reviewer. Rules read the comparable number of
 * a value (shared/shared-measures/value-types.ts): the number itself, 1/0 for yes/no, the completion rate of a status.
 */
export const plausibilitySeveritySchema = z.enum(['error', 'warning']);
export type PlausibilitySeverity = z.infer<typeof plausibilitySeveritySchema>;

export const plausibilityRuleSchema = z.discriminatedUnion('kind', [
  /** The value lies within [min, max]. */
  z.object({ kind: z.literal('range'), min: z.number().optional(), max: z.number().optional(), severity: plausibilitySeveritySchema }),
  /** |new − previous| / max(|previous|, 1) ≤ maxRatio, previous = the same organisation's value of the period before. */
  z.object({ kind: z.literal('change'), maxRatio: z.number().positive().max(1000), severity: plausibilitySeveritySchema }),
  /** The value is at most the same organisation's value of another measure for the same period (skipped when missing). */
  z.object({ kind: z.literal('not_above'), measureId: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/), severity: plausibilitySeveritySchema }),
]);
export type PlausibilityRule = z.infer<typeof plausibilityRuleSchema>;

/** One rule a value breaks, in both languages. */
export interface Finding {
  rule: PlausibilityRule['kind'] | (string & {});
  message: { ja: string; en: string };
}

export const findingSchema = z.object({ rule: z.string().max(40), message: z.object({ ja: z.string(), en: z.string() }) });

export interface PlausibilityContext {
  /** The same organisation's value of the period before (none for as-of measures). */
  previous?: SharedValue;
  /** The same organisation's values of the other measures named by `not_above` rules, for the same period. */
  others: Record<string, SharedValue | undefined>;
  catalogue: readonly SharedMeasure[];
}

type Measure = Pick<SharedMeasure, 'valueType' | 'unit' | 'name' | 'rules'>;

const show = (n: number, unit: string) => `${n.toLocaleString('ja-JP')}${unit}`;

function finding(rule: PlausibilityRule, x: number, ctx: PlausibilityContext, measure: Measure): Finding | undefined {
  const unit = measure.unit;
  if (rule.kind === 'range') {
    if ((rule.min === undefined || x >= rule.min) && (rule.max === undefined || x <= rule.max)) return undefined;
    const range = `${rule.min === undefined ? '' : show(rule.min, unit)}〜${rule.max === undefined ? '' : show(rule.max, unit)}`;
    return {
      rule: 'range',
      message: {
        ja: `${show(x, unit)}は想定される範囲（${range}）の外です。`,
        en: `${show(x, unit)} is outside the expected range (${range}).`,
      },
    };
  }
  if (rule.kind === 'change') {
    if (ctx.previous === undefined) return undefined;
    const before = VALUE_TYPES[measure.valueType].comparable(ctx.previous);
    if (before === undefined) return undefined;
    const ratio = Math.abs(x - before) / Math.max(Math.abs(before), 1);
    if (ratio <= rule.maxRatio) return undefined;
    const percent = Math.round(ratio * 100);
    return {
      rule: 'change',
      message: {
        ja: `前の期間の${show(before, unit)}から${show(x, unit)}へ${percent}%変化しています（想定は${Math.round(rule.maxRatio * 100)}%まで）。`,
        en: `It changed by ${percent}% from ${show(before, unit)} in the previous period (up to ${Math.round(rule.maxRatio * 100)}% is expected).`,
      },
    };
  }
  const other = ctx.catalogue.find((m) => m.id === rule.measureId);
  const value = ctx.others[rule.measureId];
  if (!other || value === undefined) return undefined;
  const limit = VALUE_TYPES[other.valueType].comparable(value);
  if (limit === undefined || x <= limit) return undefined;
  return {
    rule: 'not_above',
    message: {
      ja: `${show(x, unit)}は同じ期間の「${other.name.ja}」（${show(limit, other.unit)}）を超えています。`,
      en: `${show(x, unit)} exceeds "${other.name.en}" for the same period (${show(limit, other.unit)}).`,
    },
  };
}

/** The rules a value breaks, as errors (refuse) and warnings (ask for a note, flag for the reviewer). */
export function checkPlausibility(measure: Measure, value: SharedValue, ctx: PlausibilityContext): { errors: Finding[]; warnings: Finding[] } {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const x = VALUE_TYPES[measure.valueType].comparable(value);
  if (x === undefined) return { errors, warnings };
  for (const rule of measure.rules ?? []) {
    const found = finding(rule, x, ctx, measure);
    if (found) (rule.severity === 'error' ? errors : warnings).push(found);
  }
  return { errors, warnings };
}

/** The measures whose same-period values the rules of `measure` compare against. */
export const comparedMeasures = (measure: Pick<SharedMeasure, 'rules'>): string[] =>
  [...new Set((measure.rules ?? []).flatMap((r) => (r.kind === 'not_above' ? [r.measureId] : [])))];

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Fewer values than this say too little about the prefecture's distribution to call one of them far from it. */
const MIN_VALUES_FOR_OUTLIERS = 8;
const OUTLIER_Z = 3.5;

/**
 * The organisations whose value is far from the prefecture's distribution, for the reviewer's eye only: a robust
 * z-score (Iglewicz and Hoaglin's modified z, |x − median| / (1.4826 · MAD)) above 3.5, which one extreme value
 * cannot mask as it would a mean and standard deviation. A MAD of 0 (most values equal) flags nothing.
 */
export function outlierFindings(values: readonly { orgCode: string; numeric: number }[]): string[] {
  if (values.length < MIN_VALUES_FOR_OUTLIERS) return [];
  const m = median(values.map((v) => v.numeric));
  const mad = median(values.map((v) => Math.abs(v.numeric - m)));
  if (mad === 0) return [];
  return values.filter((v) => Math.abs(v.numeric - m) / (1.4826 * mad) > OUTLIER_Z).map((v) => v.orgCode);
}
