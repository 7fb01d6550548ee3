import { z } from 'zod';
import type { JointProject, ReportField } from './definition';

/** A report's answers, by field id. Numbers for number fields; text for status and text fields. */
export const reportValuesSchema = z.record(z.string().max(31), z.union([z.string().max(4000), z.number(), z.null()]));
export type ReportValues = z.infer<typeof reportValuesSchema>;

export interface ValueProblem {
  fieldId: string;
  message: { ja: string; en: string };
}

function problemOf(field: ReportField, value: string | number | null | undefined, forSubmit: boolean): ValueProblem['message'] | undefined {
  const empty = value === undefined || value === null || value === '';
  if (empty) return forSubmit && field.required ? { ja: `「${field.label}」は提出に必要です。`, en: `"${field.label}" is required to submit.` } : undefined;
  switch (field.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { ja: `「${field.label}」は数値で入力してください。`, en: `"${field.label}" must be a number.` };
      if (value < 0) return { ja: `「${field.label}」は0以上の数値で入力してください。`, en: `"${field.label}" must be zero or more.` };
      if (value > 1e12) return { ja: `「${field.label}」が大きすぎます。単位をご確認ください。`, en: `"${field.label}" is too large. Check the unit.` };
      return undefined;
    case 'status':
      return typeof value === 'string' && field.options.includes(value)
        ? undefined
        : { ja: `「${field.label}」は次から選んでください: ${field.options.join('、')}`, en: `Choose "${field.label}" from: ${field.options.join(', ')}` };
    case 'text':
      if (typeof value !== 'string') return { ja: `「${field.label}」は文章で入力してください。`, en: `"${field.label}" must be text.` };
      return value.length > field.maxLength
        ? { ja: `「${field.label}」は${field.maxLength}文字以内で入力してください（現在${value.length}文字）。`, en: `"${field.label}" must be at most ${field.maxLength} characters (now ${value.length}).` }
        : undefined;
  }
}

/**
 * Checks a report's answers against the project's form. A draft may be
 * incomplete; submitting needs every required field. Unknown fields are errors
 * (the form changed, or the request is not from the portal).
 */
export function checkReportValues(project: Pick<JointProject, 'fields'>, values: ReportValues, forSubmit: boolean): ValueProblem[] {
  const known = new Set(project.fields.map((f) => f.id));
  const problems: ValueProblem[] = Object.keys(values)
    .filter((id) => !known.has(id))
    .map((id) => ({ fieldId: id, message: { ja: `「${id}」はこの報告様式にない項目です。`, en: `"${id}" is not a field of this report form.` } }));
  for (const field of project.fields) {
    const message = problemOf(field, values[field.id], forSubmit);
    if (message) problems.push({ fieldId: field.id, message });
  }
  return problems;
}

/** The numbers an approved report adds to the project's effects. */
export function aggregateFigures(project: Pick<JointProject, 'fields'>, values: ReportValues): Record<string, number> {
  const out: Record<string, number> = {};
  for (const field of project.fields) {
    const v = values[field.id];
    if (field.type === 'number' && field.aggregate && typeof v === 'number') out[field.id] = v;
  }
  return out;
}
