import type { PlanImportResult } from '../../../shared/api/plans';
import type { Principal } from '../../../shared/auth/roles';
import { prefectureOrgCode } from '../../../shared/org/codes';
import type { PlanDefinition } from '../../../shared/plan/definition';
import type { MeasureResult } from '../../../shared/plan/result';
import type { Measure, PlanGroup } from '../../../shared/plan/structure';
import { conflict, forbidden } from '../../../shared/errors';
import { auditPut } from '../../platform/db/audit';
import { keys } from '../../platform/db/keys';
import { getPlanStructure, planItems, type PlanRecord } from './plans.table';
import { listYearResults, resultPut } from './results.table';
import { ConditionFailedError, guardedDelete, guardedPut, type TransactItem } from '../../platform/db/transactions';
import { importAllOrNothing, type Actor } from '../../platform/db/all-or-nothing-import';
import { canonicalJson } from './canonical-json';

export interface ParsedPlan {
  plan: PlanDefinition;
  groups: PlanGroup[];
  measures: Measure[];
  results: Omit<MeasureResult, 'version' | 'updatedAt' | 'updatedBy'>[];
}

interface Change {
  put: TransactItem;
  /** What puts the item back as it was, should the import be rolled back. */
  undo: TransactItem;
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
 * visible once everything under it is in place; the whole import is all or
 * nothing (see all-or-nothing-import).
 */
export async function applyPlanImport(
  parsed: ParsedPlan,
  fiscalYear: number,
  principal: Principal,
  options: { dryRun: boolean; now?: Date; onBatch?: (written: number, total: number) => void | Promise<void> },
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
    const stored = storedGroups.get(group.path);
    consider(stored, group, {
      put: guardedPut(planItems.group(prefCode, planId, group)),
      undo: stored ? guardedPut(planItems.group(prefCode, planId, stored)) : guardedDelete(keys.group(prefCode, planId, group.path)),
      entity: planEntity,
    });
  }
  const storedMeasures = new Map((existing?.measures ?? []).map((m) => [m.measureNo, m]));
  for (const measure of parsed.measures) {
    const stored = storedMeasures.get(measure.measureNo);
    consider(stored, measure, {
      put: guardedPut(planItems.measure(prefCode, planId, measure)),
      undo: stored ? guardedPut(planItems.measure(prefCode, planId, stored)) : guardedDelete(keys.measure(prefCode, planId, measure.measureNo)),
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
      // Undone only if nobody has edited the result since the import wrote it.
      undo: stored ? resultPut(prefCode, planId, stored, next.version) : guardedDelete(keys.result(prefCode, planId, fiscalYear, result.measureNo), next.version),
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

  const actor: Actor = { userId: principal.userId, role: principal.role };
  const action = (c: Change) => (c.before === undefined ? 'import.create' : 'import.update');
  try {
    await importAllOrNothing({
      scope: planEntity,
      actor,
      changes: changes.map((c) => ({
        put: c.put,
        audit: auditPut({ entity: c.entity, action: action(c), actor, at, fiscalYear: c.fiscalYear, before: c.before, after: c.after }),
        undo: { undo: c.undo, entity: c.entity, fiscalYear: c.fiscalYear, imported: c.after, restored: c.before },
      })),
      commitItems: planChanged ? planRecordItems(prefCode, existing, { definition: parsed.plan, years }, actor, at) : [],
      onBatch: options.onBatch,
    });
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw conflict('import_conflict', {
        ja: '取込中に他の職員が同じ計画を更新しました。取込は取り消しました。もう一度取り込んでください（同じファイルの再取込は安全です）。',
        en: 'Someone changed this plan during the import, so the import was undone. Import again (re-importing the same files is safe).',
      });
    }
    throw error;
  }
  return result;
}

/** The plan record, its registry entry and their audit record: written in the import's commit. */
function planRecordItems(
  prefCode: string,
  existing: PlanRecord | undefined,
  next: Omit<PlanRecord, 'version'>,
  actor: Actor,
  at: string,
): TransactItem[] {
  const version = existing?.version ?? 0;
  const record: PlanRecord = { ...next, version: version + 1 };
  return [
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
  ];
}
