import type { PlanImportResult } from '../../../shared/api/plans';
import type { Principal } from '../../../shared/auth/roles';
import { prefectureOrgCode } from '../../../shared/org/codes';
import type { PlanDefinition } from '../../../shared/plan/definition';
import { ERRATUM_FIELDS } from '../../../shared/plan/errata';
import { yearStatusOf, type YearPublications } from '../../../shared/plan/publication';
import type { MeasureResult } from '../../../shared/plan/result';
import type { Measure, PlanGroup } from '../../../shared/plan/structure';
import { formatFiscalYear } from '../../../shared/fiscal-year';
import { conflict, forbidden, invalidInput } from '../../../shared/errors';
import { auditPut } from '../../platform/db/audit';
import { keys } from '../../platform/db/keys';
import { getPlanStructure, planItems, type PlanRecord } from './plans.table';
import { listYearResults } from './results.table';
import { ConditionFailedError, guardedPut, type TransactItem } from '../../platform/db/transactions';
import { importAllOrNothing, type Actor } from '../../platform/db/all-or-nothing-import';
import { canonicalJson } from './canonical-json';
import { asImportChanges, importFingerprint, planImportChanges } from './import-preview';

export interface ParsedPlan {
  plan: PlanDefinition;
  groups: PlanGroup[];
  measures: Measure[];
  results: Omit<MeasureResult, 'version' | 'updatedAt' | 'updatedBy' | 'imported'>[];
}

export interface ImportOptions {
  /** A preview: compute what would change, write nothing. */
  dryRun: boolean;
  now?: Date;
  onBatch?: (written: number, total: number) => void | Promise<void>;
  /** The preview's fingerprint: refuse (409) if the files or the data changed since. */
  fingerprint?: string;
  /** Conflicting measures whose portal edits the administrator chose to replace. */
  overwrite?: readonly string[];
  /** Why a published year changes (required then; recorded on each erratum). */
  reason?: string;
}

/**
 * Applies a parsed, valid plan import: compares every group, measure and
 * result with what is stored, and writes only what differs, each with its
 * audit record. Importing the same files twice therefore changes nothing.
 * A result edited in the portal since the last import is a conflict, kept as
 * it is unless `overwrite` names it (import-preview.ts). In a published year
 * every changed result gets its erratum in the same transaction. The plan
 * definition is written last, so a new plan or year only becomes visible once
 * everything under it is in place; the whole import is all or nothing (see
 * all-or-nothing-import).
 */
export async function applyPlanImport(parsed: ParsedPlan, fiscalYear: number, principal: Principal, options: ImportOptions): Promise<PlanImportResult> {
  const prefCode = prefectureOrgCode(parsed.plan.orgCode);
  if (prefCode !== prefectureOrgCode(principal.orgCode)) {
    throw forbidden({
      ja: `この計画は団体コード ${parsed.plan.orgCode} のものです。自団体の計画のみ取り込めます。`,
      en: `This plan belongs to organisation ${parsed.plan.orgCode}. You may import only your own prefecture's plans.`,
    });
  }
  const planId = parsed.plan.id;
  const at = (options.now ?? new Date()).toISOString();
  const [existing, results] = await Promise.all([getPlanStructure(prefCode, planId), listYearResults(prefCode, planId, fiscalYear)]);
  const stored = { existing, results };
  const fingerprint = importFingerprint(parsed, fiscalYear, stored);
  if (!options.dryRun && options.fingerprint !== undefined && options.fingerprint !== fingerprint) throw stalePreview();
  const unknown = (options.overwrite ?? []).filter((no) => !parsed.results.some((r) => r.measureNo === no));
  if (unknown.length > 0) {
    throw invalidInput(
      { ja: `上書きに指定した施策 ${unknown.join('、')} はファイルにありません。`, en: `Measures chosen for overwriting are not in the files: ${unknown.join(', ')}.` },
      [{ path: 'overwrite', message: { ja: 'ファイルにある施策番号を指定してください。', en: 'Name measures that are in the files.' } }],
    );
  }
  const yearStatus = yearStatusOf(existing?.publications, fiscalYear);
  const reason = options.reason?.trim() ?? '';
  const plan = planImportChanges(parsed, fiscalYear, stored, {
    prefCode,
    principal,
    at,
    overwrite: new Set(options.overwrite ?? []),
    erratumReason: yearStatus === 'published' ? reason : undefined,
  });
  const years = [...new Set([...(existing?.years ?? []), fiscalYear])].sort((a, b) => a - b);
  const publications = withErrata(existing?.publications, fiscalYear, plan.errata);
  const storedPlan = existing ? { definition: existing.definition, years: existing.years, publications: existing.publications } : undefined;
  const nextPlan = { definition: parsed.plan, years, ...(publications ? { publications } : {}) };
  const planChanged = !storedPlan || canonicalJson(storedPlan) !== canonicalJson(nextPlan);
  const result: PlanImportResult = {
    planId,
    fiscalYear,
    dryRun: options.dryRun,
    counts: { groups: parsed.groups.length, measures: parsed.measures.length, results: parsed.results.length },
    changes: { created: plan.created, updated: plan.changes.length - plan.created, unchanged: plan.unchanged, kept: plan.kept },
    items: plan.items,
    yearStatus,
    reasonRequired: yearStatus === 'published' && plan.items.some((i) => i.kind === 'new' || i.changes.some((c) => ERRATUM_FIELD_SET.has(c.field))),
    fingerprint,
    errata: plan.errata,
  };
  if (options.dryRun || (plan.changes.length === 0 && !planChanged)) return result;
  // As the preview asks (reasonRequired): a reason only where a reader would see a change, that is, where an erratum is written.
  if (yearStatus === 'published' && plan.errata > 0 && reason === '') throw reasonRequired(fiscalYear);

  const actor: Actor = { userId: principal.userId, role: principal.role };
  try {
    await importAllOrNothing({
      scope: keys.planEntity(prefCode, planId),
      actor,
      changes: asImportChanges(plan.changes, actor, at),
      commitItems: planChanged ? planRecordItems(prefCode, existing, nextPlan, actor, at) : [],
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

const ERRATUM_FIELD_SET = new Set<string>(ERRATUM_FIELDS);

/** The year's publication record with the errata this import adds counted in. */
function withErrata(publications: YearPublications | undefined, fiscalYear: number, errata: number): YearPublications | undefined {
  const year = publications?.[String(fiscalYear)];
  if (!publications || !year || errata === 0) return publications;
  return { ...publications, [String(fiscalYear)]: { ...year, errataCount: (year.errataCount ?? 0) + errata } };
}

function stalePreview() {
  return conflict('import_stale', {
    ja: '確認した後に、計画のデータまたはファイルが変わりました。何も取り込んでいません。もう一度「検証する」を押して、変更内容を確かめてから取り込んでください。',
    en: 'The plan’s data or the files changed after the preview. Nothing was imported. Press “Check” again, review the changes, then import.',
  });
}

function reasonRequired(fiscalYear: number) {
  return invalidInput(
    {
      ja: `${formatFiscalYear(fiscalYear)}は公表済です。変更の理由を入力してください（正誤として公表されます）。`,
      en: `${formatFiscalYear(fiscalYear, 'en')} is published. Give the reason for the changes (it is published as an erratum).`,
    },
    [{ path: 'reason', message: { ja: '変更の理由を入力してください。', en: 'Give the reason for the changes.' } }],
  );
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
      before: existing ? { definition: existing.definition, years: existing.years, publications: existing.publications } : undefined,
      after: next,
    }),
  ];
}
