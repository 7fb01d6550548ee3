import type { PlanImportResult } from '../../shared/api/plans';
import type { Principal } from '../../shared/auth/roles';
import { prefectureOrgCode } from '../../shared/org/codes';
import type { PlanDefinition } from '../../shared/plan/definition';
import type { MeasureResult } from '../../shared/plan/result';
import type { Measure, PlanGroup } from '../../shared/plan/structure';
import { forbidden, HttpError } from '../http/errors';
import { auditPut } from '../repositories/audit';
import { keys } from '../repositories/keys';
import { getPlanStructure, planItems, type PlanRecord } from '../repositories/plans';
import { listYearResults, resultPut } from '../repositories/results';
import { ConditionFailedError, guardedPut, transactWrite, transactWriteInBatches, type TransactItem } from '../repositories/transactions';
import { canonicalJson } from './canonical-json';

export interface ParsedPlan {
  plan: PlanDefinition;
  groups: PlanGroup[];
  measures: Measure[];
  results: Omit<MeasureResult, 'version' | 'updatedAt' | 'updatedBy'>[];
}

interface Change {
  put: TransactItem;
  entity: string;
  fiscalYear?: number;
  before: unknown;
  after: unknown;
}



/**
 * Applies a parsed, valid plan import: compares every group, measure and
 * result with what is stored, and writes only what differs, each with its
 * audit record. Importing the same files twice therefore changes nothing.
 * The plan definition is written last, so a new plan or year only becomes
 * visible once everything under it is in place.
 */
export async function applyPlanImport(
  parsed: ParsedPlan,
  fiscalYear: number,
  principal: Principal,
  options: { dryRun: boolean; now?: Date },
): Promise<PlanImportResult> {
  const prefCode = prefectureOrgCode(parsed.plan.orgCode);
  if (prefCode !== prefectureOrgCode(principal.orgCode)) {
    throw forbidden({
      ja: `この計画は団体コード ${parsed.plan.orgCode} のものです。自団体の計画のみ取り込めます。`,
      en: `This plan belongs to organisation ${parsed.plan.orgCode}. You may import only your own prefecture's plans.`,
    });
  }
  const planId = parsed.plan.id;
  const at = (options.now ?? new Date()).toISOString();
  const [existing, existingResults] = await Promise.all([
    getPlanStructure(prefCode, planId),
    listYearResults(prefCode, planId, fiscalYear),
  ]);
  const planEntity = keys.planEntity(prefCode, planId);
  const changes: Change[] = [];
  let unchanged = 0;
  const consider = (before: unknown, after: unknown, change: Omit<Change, 'before' | 'after'>) => {
    if (before !== undefined && canonicalJson(before) === canonicalJson(after)) unchanged += 1;
    else changes.push({ ...change, before, after });
  };

  const storedGroups = new Map((existing?.groups ?? []).map((g) => [g.path, g]));
  for (const group of parsed.groups) {
    consider(storedGroups.get(group.path), group, { put: guardedPut(planItems.group(prefCode, planId, group)), entity: planEntity });
  }
  const storedMeasures = new Map((existing?.measures ?? []).map((m) => [m.measureNo, m]));
  for (const measure of parsed.measures) {
    consider(storedMeasures.get(measure.measureNo), measure, {
      put: guardedPut(planItems.measure(prefCode, planId, measure)),
      entity: planEntity,
    });
  }
  const storedResults = new Map(existingResults.map((r) => [r.measureNo, r]));
  for (const result of parsed.results) {
    const stored = storedResults.get(result.measureNo);
    const { version: _v, updatedAt: _a, updatedBy: _b, ...storedContent } = stored ?? ({} as MeasureResult);
    const version = stored?.version ?? 0;
    const next: MeasureResult = { ...result, version: version + 1, updatedAt: at, updatedBy: principal.userId };
    consider(stored ? storedContent : undefined, result, {
      put: resultPut(prefCode, planId, next, version),
      entity: keys.measureEntity(prefCode, planId, result.measureNo),
      fiscalYear,
    });
  }
  const years = [...new Set([...(existing?.years ?? []), fiscalYear])].sort((a, b) => a - b);
  const storedPlan = existing ? { definition: existing.definition, years: existing.years } : undefined;
  const planChanged = !storedPlan || canonicalJson(storedPlan) !== canonicalJson({ definition: parsed.plan, years });
  const counts = { groups: parsed.groups.length, measures: parsed.measures.length, results: parsed.results.length };
  const created = changes.filter((c) => c.before === undefined).length;
  const result: PlanImportResult = {
    planId,
    fiscalYear,
    dryRun: options.dryRun,
    counts,
    changes: { created, updated: changes.length - created, unchanged },
  };
  if (options.dryRun || (changes.length === 0 && !planChanged)) return result;

  const actor = { userId: principal.userId, role: principal.role };
  const action = (c: Change) => (c.before === undefined ? 'import.create' : 'import.update');
  try {
    await transactWriteInBatches(
      changes.flatMap((c) => [c.put, auditPut({ entity: c.entity, action: action(c), actor, at, fiscalYear: c.fiscalYear, before: c.before, after: c.after })]),
    );
    if (planChanged) await writePlanRecord(prefCode, existing, { definition: parsed.plan, years }, actor, at);
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new HttpError(409, 'import_conflict', {
        ja: '取込中に他の職員が同じ計画を更新しました。もう一度取り込んでください（同じファイルの再取込は安全です）。',
        en: 'Someone changed this plan during the import. Import again (re-importing the same files is safe).',
      });
    }
    throw error;
  }
  return result;
}

async function writePlanRecord(
  prefCode: string,
  existing: PlanRecord | undefined,
  next: Omit<PlanRecord, 'version'>,
  actor: { userId: string; role: string },
  at: string,
): Promise<void> {
  const version = existing?.version ?? 0;
  const record: PlanRecord = { ...next, version: version + 1 };
  await transactWrite([
    guardedPut(planItems.definition(prefCode, record), version),
    guardedPut(planItems.registryEntry(prefCode, record)),
    auditPut({
      entity: keys.planEntity(prefCode, next.definition.id),
      action: version === 0 ? 'import.create' : 'import.update',
      actor,
      at,
      before: existing ? { definition: existing.definition, years: existing.years } : undefined,
      after: next,
    }),
  ]);
}
