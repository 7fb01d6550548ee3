import { planDefinitionSchema, type PlanDefinition } from '../definition';
import { issueMessage } from '../../validation/messages';
import { rowError, type RowError } from './csv';

/** Level ids whose columns (`<id>`, `<id>_no`, `<id>_name`) would be confused with the measures file's own. */
const RESERVED_LEVEL_IDS = new Set(['measure', 'bureau', 'indicator', 'target', 'actual', 'rating', 'reason', 'abolished']);

/**
 * What the schema alone cannot say: level ids (group and rating) are unique,
 * and every rule names one of the scheme's own levels, so the engine never
 * produces a level the summary cannot count.
 */
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
  const symbols = plan.ratingScheme.levels.flatMap((l) => [l.symbol, ...(l.symbolAliases ?? [])].map((s) => s.normalize('NFKC').trim()));
  if (new Set(symbols).size !== symbols.length) {
    // A symbol in the measures file must name one level only.
    errors.push(rowError('plan', 0, 'ratingScheme.levels', '評価区分の記号が重複しています。', 'Rating level symbols must be unique.'));
  }
  const levelIds = plan.levels.map((l) => l.id);
  if (new Set(levelIds).size !== levelIds.length) {
    errors.push(rowError('plan', 0, 'levels', '階層の id が重複しています。', 'Group level ids must be unique.'));
  }
  plan.levels.forEach((level, i) => {
    if (RESERVED_LEVEL_IDS.has(level.id)) {
      errors.push(
        rowError('plan', 0, `levels.${i}.id`, `階層の id「${level.id}」は施策CSVの他の列と紛れるため使えません。`, `The level id "${level.id}" cannot be used: it would clash with another column of the measures file.`),
      );
    }
  });
  return errors;
}

/**
 * Validates the plan definition file against planDefinitionSchema and the
 * scheme's internal references, and checks the fiscal year lies in the plan's
 * period. Errors are on file `plan`, row 0, with the field path (`levels.0.id`)
 * in `column`.
 */
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
  if (from > to) {
    errors.push(rowError('plan', 0, 'period', `計画期間の開始（${from}）が終了（${to}）より後です。`, `The plan period starts (${from}) after it ends (${to}).`));
  } else if (!Number.isInteger(fiscalYear)) {
    errors.push(rowError('plan', 0, 'period', `年度「${fiscalYear}」は西暦の整数で指定してください。`, `The fiscal year "${fiscalYear}" must be a whole year such as 2024.`));
  } else if (fiscalYear < from || fiscalYear > to) {
    errors.push(
      rowError('plan', 0, 'period', `${fiscalYear}年度は計画期間（${from}〜${to}年度）の外です。`, `FY${fiscalYear} is outside the plan period (FY${from}–FY${to}).`),
    );
  }
  return { plan: parsed.data, errors };
}
