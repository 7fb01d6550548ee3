/**
 * Partitions and keys of the plans, their results, the audit trail and the
 * import journal, shared by the item types that declare them (defineItem,
 * functions/platform/db/item-type.ts), their queries, and the services that
 * name audit entities. Keys begin with the owning
 * prefecture's organisation code so the same patterns serve all 47
 * prefectures; the numbered patterns are docs/architecture.md's.
 */
const plan = (prefCode: string, planId: string) => `${prefCode}#PLAN#${planId}`;
const planYear = (prefCode: string, planId: string, fiscalYear: number) => `${plan(prefCode, planId)}#FY#${fiscalYear}`;

export const keys = {
  /** Pattern 1: a plan's structure (definition, groups, measures) in one partition; also the plan's audit entity. */
  planEntity: plan,
  group: (prefCode: string, planId: string, path: string) => ({ pk: plan(prefCode, planId), sk: `G#${path}` }),
  measure: (prefCode: string, planId: string, measureNo: string) => ({ pk: plan(prefCode, planId), sk: `M#${measureNo}` }),

  /** Pattern 2: all results of a plan for one fiscal year. */
  yearResults: planYear,
  result: (prefCode: string, planId: string, fiscalYear: number, measureNo: string) => ({
    pk: planYear(prefCode, planId, fiscalYear),
    sk: `M#${measureNo}`,
  }),
  /** Pattern 3 (GSI1 partition): one measure's results across fiscal years; also the measure's audit entity. */
  measureEntity: (prefCode: string, planId: string, measureNo: string) => `${plan(prefCode, planId)}#M#${measureNo}`,

  /** A plan year's errata (正誤), oldest first: one Query per year (shared/plan/errata.ts). */
  errata: (prefCode: string, planId: string, fiscalYear: number) => `${planYear(prefCode, planId, fiscalYear)}#ERRATA`,

  /** Pattern 8: the audit trail of one entity, oldest first. */
  audit: (entity: string) => ({ pk: `AUDIT#${entity}` }),
  /** The journal of an import that spans several transactions (one partition per import scope). */
  importJournal: (scope: string) => ({ pk: `IMPORT#${scope}` }),
};
