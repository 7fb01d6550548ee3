import { createHash } from 'node:crypto';
import type { Principal } from '../../../shared/auth/roles';
import { erratumChanges } from '../../../shared/plan/errata';
import { definitionChanges, importedSnapshot, inReviewOrder, resultChanges, type ImportItem } from '../../../shared/plan/import-diff';
import type { MeasureResult } from '../../../shared/plan/result';
import type { Measure } from '../../../shared/plan/structure';
import { keys } from '../../platform/db/keys';
import { guardedDelete, guardedPut, type TransactItem } from '../../platform/db/transactions';
import type { ImportChange } from '../../platform/db/all-or-nothing-import';
import { auditPut } from '../../platform/db/audit';
import { canonicalJson } from './canonical-json';
import { erratumItem, erratumPut } from './errata.table';
import { planItems, type PlanStructure } from './plans.table';
import { resultPut } from './results.table';
import type { ParsedPlan } from './plan-import';

/** One item the import writes, with its audit and how to undo it (functions/platform/db/all-or-nothing-import.ts). */
interface Change {
  put: TransactItem;
  undo: TransactItem;
  entity: string;
  fiscalYear?: number;
  before: unknown;
  after: unknown;
  /** The erratum of a published year's result, written in the same transaction as the result. */
  erratum?: { put: TransactItem; undo: TransactItem };
}

export interface ImportPlan {
  changes: Change[];
  items: ImportItem[];
  created: number;
  unchanged: number;
  /** Conflicts kept as they are. */
  kept: number;
  /** How many of the changes are results (a published year needs a reason for them). */
  resultWrites: number;
  errata: number;
}

/** What is stored now: the plan's structure and the year's results. */
export interface StoredPlan {
  existing: PlanStructure | undefined;
  results: MeasureResult[];
}

/**
 * A fingerprint of what an import would do: the files as read and the state they are compared with (the plan's
 * version and publication, its groups and measures, each result's version). The same files against the same
 * data give the same fingerprint; any change to either, by anyone, gives another, so an import sent with the
 * fingerprint of its preview changes exactly what the administrator reviewed.
 */
export function importFingerprint(parsed: ParsedPlan, fiscalYear: number, stored: StoredPlan): string {
  const state = {
    fiscalYear,
    file: parsed,
    plan: stored.existing
      ? { version: stored.existing.version, publications: stored.existing.publications, groups: stored.existing.groups, measures: stored.existing.measures }
      : null,
    results: stored.results.map((r) => [r.measureNo, r.version]).sort(),
  };
  return createHash('sha256').update(canonicalJson(state)).digest('hex');
}

/** A result's content as the file decides it: what a re-import compares (not who wrote it, when, or the snapshot). */
const content = (r: Partial<MeasureResult>) => {
  const { version: _v, updatedAt: _a, updatedBy: _b, imported: _i, ...rest } = r;
  return canonicalJson(rest);
};

/**
 * Compares the files with what is stored and decides what to write: every group, measure and result that
 * differs, except results edited in the portal since the last import whose file values differ (conflicts), which
 * are kept unless listed in `overwrite`. Each result written carries the snapshot of what the import wrote
 * (`imported`), and in a published year its erratum, so later edits and changes stay visible.
 */
export function planImportChanges(
  parsed: ParsedPlan,
  fiscalYear: number,
  stored: StoredPlan,
  options: { prefCode: string; principal: Principal; at: string; overwrite: ReadonlySet<string>; erratumReason?: string },
): ImportPlan {
  const { principal, at, prefCode: pref } = options;
  const planId = parsed.plan.id;
  const planEntity = keys.planEntity(pref, planId);
  const plan: ImportPlan = { changes: [], items: [], created: 0, unchanged: 0, kept: 0, resultWrites: 0, errata: 0 };
  const items = new Map<string, ImportItem>();
  const nameOf = new Map(parsed.measures.map((m) => [m.measureNo, m.name]));
  const itemOf = (measureNo: string, kind: ImportItem['kind']): ImportItem => {
    const item = items.get(measureNo) ?? { measureNo, name: nameOf.get(measureNo) ?? '', kind, changes: [], conflict: false, write: true };
    if (kind === 'new') item.kind = 'new';
    items.set(measureNo, item);
    return item;
  };
  const write = (change: Change) => {
    plan.changes.push(change);
    if (change.before === undefined) plan.created += 1;
  };

  const storedGroups = new Map((stored.existing?.groups ?? []).map((g) => [g.path, g]));
  for (const group of parsed.groups) {
    const before = storedGroups.get(group.path);
    if (before && canonicalJson(before) === canonicalJson(group)) plan.unchanged += 1;
    else
      write({
        put: guardedPut(planItems.group(pref, planId, group)),
        undo: before ? guardedPut(planItems.group(pref, planId, before)) : guardedDelete(keys.group(pref, planId, group.path)),
        entity: planEntity,
        before,
        after: group,
      });
  }

  const storedMeasures = new Map((stored.existing?.measures ?? []).map((m) => [m.measureNo, m]));
  for (const measure of parsed.measures) {
    const before: Measure | undefined = storedMeasures.get(measure.measureNo);
    if (before && canonicalJson(before) === canonicalJson(measure)) {
      plan.unchanged += 1;
      continue;
    }
    if (before) itemOf(measure.measureNo, 'changed').changes.push(...definitionChanges(before, measure));
    else itemOf(measure.measureNo, 'new');
    write({
      put: guardedPut(planItems.measure(pref, planId, measure)),
      undo: before ? guardedPut(planItems.measure(pref, planId, before)) : guardedDelete(keys.measure(pref, planId, measure.measureNo)),
      entity: planEntity,
      before,
      after: measure,
    });
  }

  const storedResults = new Map(stored.results.map((r) => [r.measureNo, r]));
  for (const result of parsed.results) {
    const before = storedResults.get(result.measureNo);
    if (before && content(before) === content(result)) {
      plan.unchanged += 1;
      continue;
    }
    const item = itemOf(result.measureNo, before ? 'changed' : 'new');
    if (before) {
      const changes = resultChanges(before, result);
      item.changes.push(...changes);
      item.conflict = changes.some((c) => c.conflict);
      item.write = !item.conflict || options.overwrite.has(result.measureNo);
      if (!item.write) {
        plan.kept += 1;
        continue;
      }
    }
    const version = before?.version ?? 0;
    const next: MeasureResult = { ...result, imported: importedSnapshot(result, at), version: version + 1, updatedAt: at, updatedBy: principal.userId };
    const entity = keys.measureEntity(pref, planId, result.measureNo);
    const printed = erratumChanges(before, next);
    const erratum =
      options.erratumReason !== undefined && printed.length > 0
        ? {
            put: erratumPut(pref, planId, { fiscalYear, measureNo: result.measureNo, changes: printed, reason: options.erratumReason, at, source: 'import' }),
            undo: guardedDelete(erratumItem.key(pref, { planId, fiscalYear, measureNo: result.measureNo, at })),
          }
        : undefined;
    plan.resultWrites += 1;
    if (erratum) plan.errata += 1;
    write({
      put: resultPut(pref, planId, next, version),
      // Undone only if nobody has edited the result since the import wrote it.
      undo: before ? resultPut(pref, planId, before, next.version) : guardedDelete(keys.result(pref, planId, fiscalYear, result.measureNo), next.version),
      entity,
      fiscalYear,
      before: before ? stripBookkeeping(before) : undefined,
      after: stripBookkeeping(next),
      erratum,
    });
  }
  plan.items = inReviewOrder([...items.values()]);
  return plan;
}

/** The audit records keep what the file decides, as before imports kept snapshots: not the bookkeeping. */
function stripBookkeeping(r: MeasureResult): Omit<MeasureResult, 'version' | 'updatedAt' | 'updatedBy' | 'imported'> {
  const { version: _v, updatedAt: _a, updatedBy: _b, imported: _i, ...rest } = r;
  return rest;
}

/** The changes as the all-or-nothing import writes them: each with its audit record, undo and erratum. */
export function asImportChanges(changes: readonly Change[], actor: { userId: string; role: string }, at: string): ImportChange[] {
  return changes.map((c) => ({
    put: c.put,
    audit: auditPut({ entity: c.entity, action: c.before === undefined ? 'import.create' : 'import.update', actor, at, fiscalYear: c.fiscalYear, before: c.before, after: c.after }),
    undo: { undo: c.undo, entity: c.entity, fiscalYear: c.fiscalYear, imported: c.after, restored: c.before },
    ...(c.erratum ? { companions: [{ put: c.erratum.put, undo: { undo: c.erratum.undo, entity: c.entity, fiscalYear: c.fiscalYear, imported: 'erratum', restored: undefined } }] } : {}),
  }));
}
