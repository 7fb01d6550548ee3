import type { MeasureResultUpdate, MeasureRow } from '../../../shared/api/plans';
import type { Principal } from '../../../shared/auth/roles';
import type { MeasureResult } from '../../../shared/plan/result';
import { officialRating, rateMeasure } from '../../../shared/rating/engine';
import { forbidden, invalidInput, notFound, versionConflict } from '../../../shared/errors';
import { auditPut } from '../../platform/db/audit';
import { keys } from '../../platform/db/keys';
import { getPlanAndMeasure } from './plans.table';
import { getResult, resultPut } from './results.table';
import { ConditionFailedError, transactWrite, type TransactItem } from '../../platform/db/transactions';
import { toMeasureRow } from './plan-year';
import { figureDisagrees, isMiss, printedTexts } from '../../../shared/plan/printed-figures';
import { erratumChanges } from '../../../shared/plan/errata';
import { yearStatusOf } from '../../../shared/plan/publication';
import { erratumPut } from './errata.table';
import { planDefinitionItem } from './plans.table';
import { tableName } from '../../platform/db/client';

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
 *
 * The printed 目標/実績 follow the figures (shared/plan/printed-figures.ts); a figure whose text and number disagree
 * is refused. A reason written for a miss, sent back unchanged though the new rating is no longer a miss, is refused
 * until the editor revises or clears it. In a published (公表済) year the change needs `erratumReason` and writes its
 * erratum and the plan's errata count in the same transaction.
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
  update.values.forEach((v, i) =>
    (['target', 'actual'] as const).forEach((side) => {
      if (!figureDisagrees(v[side])) return;
      const label = { target: { ja: '目標', en: 'target' }, actual: { ja: '実績', en: 'actual' } }[side];
      fields.push({
        path: `values.${i}.${side}.value`,
        message: {
          ja: `成果指標 ${v.subNo} の${label.ja}の表記「${v[side].text}」と数値 ${v[side].value} が一致しません。表記か数値を直してください。`,
          en: `Indicator ${v.subNo}: the ${label.en} text "${v[side].text}" does not say ${v[side].value}. Correct the text or the number.`,
        },
      });
    }),
  );
  const computedRating = rateMeasure(measure, update.values, scheme);
  const nextRating = update.confirmedRating ?? computedRating ?? null;
  const previousRating = current ? (current.confirmedRating ?? current.computedRating ?? null) : null;
  // A reason written for a miss must not stay printed beside a rating that is no longer one.
  if (current && isMiss(scheme, previousRating) && !isMiss(scheme, nextRating) && update.reason.trim() !== '' && update.reason === current.reason) {
    fields.push({
      path: 'reason',
      message: {
        ja: '評価が未達成ではなくなりました。「未達成の理由及び今後の見込み等」を見直してください（不要なら空欄にしてください）。',
        en: 'The rating is no longer a miss. Revise the reason for the miss (leave it empty if it no longer applies).',
      },
    });
  }
  const published = yearStatusOf(plan.publications, fiscalYear) === 'published';
  const erratumReason = update.erratumReason?.trim() ?? '';
  if (published && erratumReason === '') {
    fields.push({
      path: 'erratumReason',
      message: {
        ja: 'この年度は公表済みです。変更は正誤として公表されるため、変更の理由を入力してください。',
        en: 'This year is published. The change will be published as an erratum: give the reason for it.',
      },
    });
  }
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
    ...printedTexts(current, update.values),
    values: update.values,
    computedRating,
    confirmedRating: update.confirmedRating ?? undefined,
    confirmReason: update.confirmedRating !== null && update.confirmedRating !== computedRating ? confirmReason : undefined,
    reason: update.reason,
    version: update.version + 1,
    updatedAt: now.toISOString(),
    updatedBy: principal.userId,
    // What the last import wrote stays, so a re-import sees this edit as a conflict (plan-import.ts).
    ...(current?.imported ? { imported: current.imported } : {}),
  };
  // The rating as a reader sees it (the confirmed one, else the computed one that stands), not the stored field.
  const asRead = (r: MeasureResult) => ({ ...r, confirmedRating: officialRating(r) ?? undefined });
  const changes = erratumChanges(current && asRead(current), asRead(next));
  const at = next.updatedAt;
  const fy = { '#fy': String(fiscalYear), '#status': 'status' };
  const yearState: TransactItem[] = published
    ? changes.length === 0
      ? []
      : [
          erratumPut(prefCode, planId, { fiscalYear, measureNo, changes, reason: erratumReason, at: next.updatedAt, source: 'portal' }),
          {
            // The count and the plan's version move with the erratum: an import prepared before it then fails its
            // version guard instead of writing back a stale plan. Edits of other measures do not conflict with it.
            Update: {
              TableName: tableName(),
              Key: planDefinitionItem.key(prefCode, { planId }),
              UpdateExpression: 'SET publications.#fy.errataCount = publications.#fy.errataCount + :one, version = version + :one',
              ConditionExpression: 'publications.#fy.#status = :published',
              ExpressionAttributeNames: fy,
              ExpressionAttributeValues: { ':one': 1, ':published': 'published' },
            },
          },
        ]
    : [
        {
          // Read as 作成中: if the year was published meanwhile this edit would be an erratum without a reason.
          ConditionCheck: {
            TableName: tableName(),
            Key: planDefinitionItem.key(prefCode, { planId }),
            ConditionExpression: 'attribute_not_exists(publications.#fy) OR publications.#fy.#status <> :published',
            ExpressionAttributeNames: fy,
            ExpressionAttributeValues: { ':published': 'published' },
          },
        },
      ];
  try {
    await transactWrite([
      resultPut(prefCode, planId, next, update.version),
      ...yearState,
      auditPut({
        entity: keys.measureEntity(prefCode, planId, measureNo),
        action: current ? 'result.update' : 'result.create',
        actor: { userId: principal.userId, role: principal.role },
        at: next.updatedAt,
        fiscalYear,
        before: current,
        after: next,
        reason: published ? erratumReason : next.confirmReason,
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
