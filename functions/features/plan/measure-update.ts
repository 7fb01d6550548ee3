import type { MeasureResultUpdate, MeasureRow } from '../../../shared/api/plans';
import type { Principal } from '../../../shared/auth/roles';
import type { MeasureResult } from '../../../shared/plan/result';
import { rateMeasure } from '../../../shared/rating/engine';
import { forbidden, invalidInput, notFound, versionConflict } from '../../../shared/errors';
import { auditPut } from '../../platform/db/audit';
import { keys } from '../../platform/db/keys';
import { getPlanAndMeasure } from './plans.table';
import { getResult, resultPut } from './results.table';
import { ConditionFailedError, transactWrite } from '../../platform/db/transactions';
import { toMeasureRow } from './plan-year';

export interface MeasureUpdateTarget {
  prefCode: string;
  planId: string;
  fiscalYear: number;
  measureNo: string;
}

/**
 * Saves a measure's figures for a year: recomputes the rating, checks the
 * editor's right and version, and writes the result with its audit record in
 * one transaction. A concurrent save of the same version gets a 409.
 */
export async function updateMeasureResult(
  target: MeasureUpdateTarget,
  update: MeasureResultUpdate,
  principal: Principal,
  now: Date = new Date(),
): Promise<MeasureRow> {
  const { prefCode, planId, fiscalYear, measureNo } = target;
  const [{ plan, measure }, current] = await Promise.all([
    getPlanAndMeasure(prefCode, planId, measureNo),
    getResult(prefCode, planId, fiscalYear, measureNo),
  ]);
  if (!plan || !measure) throw notFound({ ja: `施策 ${measureNo}`, en: `Measure ${measureNo}` });
  if (!plan.years.includes(fiscalYear)) throw notFound({ ja: `${fiscalYear}年度の計画データ`, en: `Plan data for FY${fiscalYear}` });
  if (principal.role === 'prefecture_staff' && principal.bureau !== measure.bureau) {
    throw forbidden({
      ja: `施策 ${measureNo} は${measure.bureau}の所管です。所管局の職員または管理者に依頼してください。`,
      en: `Measure ${measureNo} belongs to ${measure.bureau}. Ask that bureau's staff or an administrator.`,
    });
  }
  if (update.version !== (current?.version ?? 0)) throw versionConflict(toMeasureRow([], measure, current));

  const scheme = plan.definition.ratingScheme;
  const known = new Set(measure.indicators.map((i) => i.subNo));
  const fields = update.values.flatMap((v, i) =>
    known.has(v.subNo)
      ? []
      : [{ path: `values.${i}.subNo`, message: { ja: `成果指標 ${v.subNo} はこの施策にありません。`, en: `Indicator ${v.subNo} does not belong to this measure.` } }],
  );
  if (update.confirmedRating !== null && !scheme.levels.some((l) => l.id === update.confirmedRating)) {
    fields.push({
      path: 'confirmedRating',
      message: {
        ja: `評価「${update.confirmedRating}」はこの計画の評価区分にありません（${scheme.levels.map((l) => l.id).join(', ')}）。`,
        en: `Rating "${update.confirmedRating}" is not a level of this plan (${scheme.levels.map((l) => l.id).join(', ')}).`,
      },
    });
  }
  const computedRating = rateMeasure(measure, update.values, scheme);
  const confirmReason = update.confirmReason?.trim() ?? '';
  if (update.confirmedRating !== null && update.confirmedRating !== computedRating && confirmReason === '') {
    fields.push({
      path: 'confirmReason',
      message: {
        ja: '算定結果と異なる評価を確定するには、その理由を入力してください。',
        en: 'Give a reason to confirm a rating other than the computed one.',
      },
    });
  }
  if (fields.length > 0) {
    throw invalidInput({ ja: '入力内容に誤りがあります。各項目を確認してください。', en: 'Some fields are invalid. Check each one.' }, fields);
  }

  const next: MeasureResult = {
    measureNo,
    fiscalYear,
    targetText: update.targetText ?? current?.targetText ?? '',
    actualText: update.actualText ?? current?.actualText ?? '',
    values: update.values,
    computedRating,
    confirmedRating: update.confirmedRating ?? undefined,
    confirmReason: update.confirmedRating !== null && update.confirmedRating !== computedRating ? confirmReason : undefined,
    reason: update.reason,
    version: update.version + 1,
    updatedAt: now.toISOString(),
    updatedBy: principal.userId,
  };
  try {
    await transactWrite([
      resultPut(prefCode, planId, next, update.version),
      auditPut({
        entity: keys.measureEntity(prefCode, planId, measureNo),
        action: current ? 'result.update' : 'result.create',
        actor: { userId: principal.userId, role: principal.role },
        at: next.updatedAt,
        fiscalYear,
        before: current,
        after: next,
        reason: next.confirmReason,
      }),
    ]);
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw versionConflict(toMeasureRow([], measure, await getResult(prefCode, planId, fiscalYear, measureNo)));
    }
    throw error;
  }
  return toMeasureRow([], measure, next);
}
