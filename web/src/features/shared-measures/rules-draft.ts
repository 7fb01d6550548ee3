import type { PlausibilityRule, PlausibilitySeverity } from '../../../../shared/shared-measures/plausibility';

/**
 * Plausibility rules as an administrator edits them (shared/shared-measures/plausibility.ts holds the schema): one row per rule, its parameters as typed text, turned into the stored shape on save. Text that is not
 * a number is sent as it is, so the API's message says what is wrong with it rather than the page guessing.
 */
export const RULE_KINDS = ['range', 'change', 'not_above'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export type Severity = PlausibilitySeverity;
export type StoredRule = PlausibilityRule;

export interface RuleDraft {
  kind: RuleKind;
  min: string;
  max: string;
  maxRatio: string;
  measureId: string;
  severity: Severity;
}

export const EMPTY_RULE: RuleDraft = { kind: 'range', min: '', max: '', maxRatio: '', measureId: '', severity: 'warning' };

const text = (n: number | undefined) => (n === undefined ? '' : String(n));
const numberOr = (s: string): number | string | undefined => (s.trim() === '' ? undefined : Number.isNaN(Number(s)) ? s : Number(s));

export function toDraft(rule: StoredRule): RuleDraft {
  if (rule.kind === 'range') return { ...EMPTY_RULE, kind: 'range', min: text(rule.min), max: text(rule.max), severity: rule.severity };
  if (rule.kind === 'change') return { ...EMPTY_RULE, kind: 'change', maxRatio: text(rule.maxRatio), severity: rule.severity };
  return { ...EMPTY_RULE, kind: 'not_above', measureId: rule.measureId, severity: rule.severity };
}

/** The rule to store: only the parameters of its kind. */
export function fromDraft(draft: RuleDraft): Record<string, unknown> {
  const severity = draft.severity;
  if (draft.kind === 'range') {
    const min = numberOr(draft.min);
    const max = numberOr(draft.max);
    return { kind: 'range', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), severity };
  }
  if (draft.kind === 'change') return { kind: 'change', maxRatio: numberOr(draft.maxRatio) ?? '', severity };
  return { kind: 'not_above', measureId: draft.measureId, severity };
}
