import type { Principal } from '../../../shared/auth/roles';
import { prefectureOrgCode } from '../../../shared/org/codes';
import type { SharedMeasure } from '../../../shared/shared-measures/definition';
import { invalidInput, versionConflict } from '../../../shared/errors';
import { isValidPeriod } from '../../../shared/shared-measures/periods';
import { auditPut } from '../../platform/db/audit';
import { getSharedMeasure, sharedMeasurePut } from './shared-measures.table';
import { forgetReferenceData } from '../../platform/db/reference-cache';
import { writeVersioned } from '../../platform/db/versioned-write';

/** Each calendar period must be one of the measure's periods; each rule across measures must name a measure of the catalogue. */
function calendarAndRuleProblems(measure: Omit<SharedMeasure, 'version'>) {
  const fields: { path: string; message: { ja: string; en: string } }[] = [];
  measure.calendar.forEach((w, i) => {
    if (!isValidPeriod(measure.period, w.period)) {
      fields.push({ path: `measure.calendar.${i}.period`, message: { ja: `「${w.period}」はこの指標の期間の形式ではありません。`, en: `"${w.period}" is not a period of this measure.` } });
    }
  });
  measure.rules.forEach((r, i) => {
    if (r.kind === 'not_above' && r.measureId === measure.id) {
      fields.push({ path: `measure.rules.${i}.measureId`, message: { ja: '比較先には別の指標を選んでください。', en: 'Compare with another measure.' } });
    }
  });
  return fields;
}

/**
 * Adds or changes a catalogue entry, with an audit record, guarded by its
 * version. The value type and period of a measure that exists cannot change:
 * the values already reported would no longer fit.
 */
export async function saveSharedMeasure(
  id: string,
  measure: Omit<SharedMeasure, 'version'>,
  version: number,
  principal: Principal,
  now = new Date(),
): Promise<SharedMeasure> {
  if (measure.id !== id) {
    throw invalidInput({ ja: 'URL と本文の指標 ID が一致しません。', en: 'The measure id in the path and the body differ.' }, [
      { path: 'measure.id', message: { ja: `「${id}」にしてください。`, en: `Use "${id}".` } },
    ]);
  }
  const prefCode = prefectureOrgCode(principal.orgCode);
  const current = (await getSharedMeasure(prefCode, id)) as (SharedMeasure & { version?: number }) | undefined;
  if ((current?.version ?? 0) !== version) throw versionConflict(current);
  if (current && (current.valueType !== measure.valueType || current.period !== measure.period)) {
    throw invalidInput({
      ja: '報告済みの値があるため、値の種類と期間は変更できません。新しい指標として登録してください。',
      en: 'The value type and period cannot change once values exist. Add a new measure instead.',
    });
  }
  const fields = calendarAndRuleProblems(measure);
  if (fields.length > 0) {
    throw invalidInput({ ja: '報告カレンダーまたは妥当性ルールに誤りがあります。', en: 'The reporting calendar or the plausibility rules have errors.' }, fields);
  }
  const next = { ...measure, version: version + 1 };
  await writeVersioned(
    [
      sharedMeasurePut(prefCode, next, version),
      auditPut({
        entity: `${prefCode}#SMCAT#${id}`,
        action: current ? 'catalogue.update' : 'catalogue.create',
        actor: { userId: principal.userId, role: principal.role },
        at: now.toISOString(),
        before: current,
        after: next,
      }),
    ],
    () => getSharedMeasure(prefCode, id),
  );
  forgetReferenceData();
  return next;
}
