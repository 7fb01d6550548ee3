import type { ReportedValueRecord, SharedValueUpdate } from '../../../shared/api/shared-measures';
import type { Principal } from '../../../shared/auth/roles';
import { prefectureOrgCode } from '../../../shared/org/codes';
import { periodProblem } from '../../../shared/shared-measures/periods';
import { valueSchemaFor } from '../../../shared/shared-measures/values';
import { formatZodIssues } from '../../../shared/validation/messages';
import { forbidden, invalidInput, notFound, versionConflict } from '../../../shared/errors';
import { auditPut } from '../../platform/db/audit';
import { countReportedMunicipalities, getValue, NATIONAL, valueKeys, valuePut } from './shared-values.table';
import type { Organisation } from '../../../shared/org/organisation';
import { advanceLatestPeriod } from './shared-measures.table';
import { forgetReferenceData } from '../../platform/db/reference-cache';
import { organisationsOf } from '../organisations';
import { catalogueOf } from './catalogue-cache';
import { writeVersioned } from '../../platform/db/versioned-write';

/**
 * Whether a write makes its period the measure's latest, the one every
 * comparison and headline opens on. That view belongs to the whole prefecture,
 * so one municipality's write cannot move it: a period becomes the latest when
 * the prefecture enters a value for it, or once half the municipalities have
 * reported it. (Future periods never get this far: see periodProblem.)
 */
async function opensNewPeriod(prefCode: string, measureId: string, period: string, isMunicipal: boolean, organisations: readonly Organisation[]) {
  if (!isMunicipal) return true;
  const municipalities = organisations.filter((o) => o.kind !== 'prefecture').length;
  return (await countReportedMunicipalities(prefCode, measureId, period)) * 2 >= municipalities;
}

export interface ValueTarget {
  measureId: string;
  period: string;
  orgCode: string;
}

/**
 * Records one organisation's value of a shared measure for a period, with its
 * history entry, in one transaction. Municipal staff write only their own
 * municipality's values, and only for measures municipalities report.
 */
export async function saveSharedValue(
  target: ValueTarget,
  update: SharedValueUpdate,
  principal: Principal,
  now: Date = new Date(),
): Promise<ReportedValueRecord> {
  const prefCode = prefectureOrgCode(principal.orgCode);
  const isMunicipal = principal.role === 'municipal_staff';
  if (isMunicipal && target.orgCode !== principal.orgCode) {
    throw forbidden({
      ja: '他の市町村の値は入力できません。自団体の値のみ入力・修正できます。',
      en: 'You may enter values only for your own municipality.',
    });
  }
  const [catalogue, organisations, current] = await Promise.all([
    catalogueOf(prefCode),
    organisationsOf(prefCode),
    getValue(prefCode, target),
  ]);
  const measure = catalogue.find((m) => m.id === target.measureId);
  if (!measure) {
    throw invalidInput(
      { ja: `共通指標「${target.measureId}」はありません。指標の一覧から選んでください。`, en: `There is no shared measure "${target.measureId}". Choose one from the catalogue.` },
      [{ path: 'measureId', message: { ja: '共通指標の一覧にない指標です。', en: 'Not in the shared-measure catalogue.' } }],
    );
  }
  if (isMunicipal && measure.reportedBy === 'prefecture') {
    throw forbidden({
      ja: `「${measure.name.ja}」は県が国の統計から入力する指標です。市町村からは入力できません。`,
      en: `"${measure.name.en}" is entered by the prefecture from national statistics.`,
    });
  }
  const national = target.orgCode === NATIONAL;
  if (national ? !measure.hasNationalReference || isMunicipal : !organisations.some((o) => o.code === target.orgCode && o.kind !== 'prefecture')) {
    throw notFound({ ja: `団体コード ${target.orgCode} の市町村`, en: `Municipality ${target.orgCode}` });
  }
  const periodIssue = periodProblem(measure.period, target.period, now);
  if (periodIssue) throw invalidInput(periodIssue, [{ path: 'period', message: periodIssue }]);
  const parsed = valueSchemaFor(measure).safeParse(update.value);
  if (!parsed.success) {
    const fields = formatZodIssues(parsed.error.issues).map((f) => ({ ...f, path: f.path ? `value.${f.path}` : 'value' }));
    throw invalidInput({ ja: `「${measure.name.ja}」の値が正しくありません。`, en: `The value for "${measure.name.en}" is not valid.` }, fields);
  }
  if (update.version !== (current?.version ?? 0)) throw versionConflict(current);

  const next: ReportedValueRecord = {
    ...target,
    value: parsed.data,
    ...(update.note ? { note: update.note } : {}),
    ...(update.source ? { source: update.source } : {}),
    sample: false,
    enteredByPrefecture: !isMunicipal,
    version: update.version + 1,
    updatedAt: now.toISOString(),
    updatedBy: principal.userId,
  };
  await writeVersioned(
    [
      valuePut(prefCode, next, update.version),
      auditPut({
        entity: valueKeys.entity(prefCode, target),
        action: current ? 'value.update' : 'value.create',
        actor: { userId: principal.userId, role: principal.role },
        at: next.updatedAt,
        before: current,
        after: next,
        reason: update.note,
      }),
    ],
    () => getValue(prefCode, target),
  );
  if (!national && (!measure.latestPeriod || measure.latestPeriod < target.period) && (await opensNewPeriod(prefCode, measure.id, target.period, isMunicipal, organisations))) {
    if (await advanceLatestPeriod(prefCode, measure.id, target.period)) forgetReferenceData();
  }
  return next;
}
