import { planDefinitionSchema, type PlanDefinition } from '../definition';
import { issueMessage } from '../../validation/messages';
import { rowError, type RowError } from './csv';

/** Checks that the scheme's rules name only its own levels, and that ids are unique. */
function schemeErrors(plan: PlanDefinition): RowError[] {
  const errors: RowError[] = [];
  const ids = plan.ratingScheme.levels.map((l) => l.id);
  if (new Set(ids).size !== ids.length) {
    errors.push(rowError('plan', 0, 'ratingScheme.levels', '評価区分の id が重複しています。', 'Rating level ids must be unique.'));
  }
  const { rules } = plan.ratingScheme;
  const referenced: [string, string][] = [
    ...rules.numeric.map((t, i): [string, string] => [`ratingScheme.rules.numeric.${i}.level`, t.level]),
    ...(['numericOtherwise', 'milestoneMet', 'milestoneNotMet', 'pending', 'noResult', 'noIndicator'] as const).map(
      (k): [string, string] => [`ratingScheme.rules.${k}`, rules[k]],
    ),
  ];
  for (const [path, id] of referenced) {
    if (!ids.includes(id)) {
      errors.push(rowError('plan', 0, path, `評価区分「${id}」が levels にありません。`, `Rating level "${id}" is not among the levels.`));
    }
  }
  const levelIds = plan.levels.map((l) => l.id);
  if (new Set(levelIds).size !== levelIds.length) {
    errors.push(rowError('plan', 0, 'levels', '階層の id が重複しています。', 'Group level ids must be unique.'));
  }
  return errors;
}

/** Validates the plan definition file; errors name the field path in `column`. */
export function readPlanFile(plan: unknown, fiscalYear: number): { plan?: PlanDefinition; errors: RowError[] } {
  const parsed = planDefinitionSchema.safeParse(plan);
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((issue) => {
        const message = issueMessage(issue);
        return rowError('plan', 0, issue.path.map(String).join('.'), message.ja, message.en);
      }),
    };
  }
  const errors = schemeErrors(parsed.data);
  const { from, to } = parsed.data.period;
  if (fiscalYear < from || fiscalYear > to) {
    errors.push(
      rowError('plan', 0, 'period', `${fiscalYear}年度は計画期間（${from}〜${to}年度）の外です。`, `FY${fiscalYear} is outside the plan period (FY${from}–FY${to}).`),
    );
  }
  return { plan: parsed.data, errors };
}
