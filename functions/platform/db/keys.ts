/**
 * Partitions and keys of the organisations, the plans, their results, the
 * audit trail and the import journal: the item types that declare them
 * (defineItem, functions/platform/db/item-type.ts) and the queries and audit
 * entities that read them share these. Keys begin with the owning
 * prefecture's organisation code so the same patterns serve all 47
 * prefectures; the numbered patterns are docs/architecture.md's.
 */
export const keys = {
  organisations: (prefCode: string) => ({ pk: `${prefCode}#ORGS` }),
  organisation: (prefCode: string, orgCode: string) => ({ pk: `${prefCode}#ORGS`, sk: `ORG#${orgCode}` }),

  planRegistry: (prefCode: string) => ({ pk: `${prefCode}#PLANS` }),
  planRegistryEntry: (prefCode: string, planId: string) => ({ pk: `${prefCode}#PLANS`, sk: `PLAN#${planId}` }),

  /** Pattern 1: a plan's structure (definition, groups, measures) in one partition. */
  planStructure: (prefCode: string, planId: string) => ({ pk: `${prefCode}#PLAN#${planId}` }),
  planDefinition: (prefCode: string, planId: string) => ({ pk: `${prefCode}#PLAN#${planId}`, sk: 'DEF' }),
  group: (prefCode: string, planId: string, path: string) => ({ pk: `${prefCode}#PLAN#${planId}`, sk: `G#${path}` }),
  measure: (prefCode: string, planId: string, measureNo: string) => ({
    pk: `${prefCode}#PLAN#${planId}`,
    sk: `M#${measureNo}`,
  }),

  /** Pattern 2: all results of a plan for one fiscal year. */
  yearResults: (prefCode: string, planId: string, fiscalYear: number) => ({
    pk: `${prefCode}#PLAN#${planId}#FY#${fiscalYear}`,
  }),
  result: (prefCode: string, planId: string, fiscalYear: number, measureNo: string) => ({
    pk: `${prefCode}#PLAN#${planId}#FY#${fiscalYear}`,
    sk: `M#${measureNo}`,
  }),
  /** Pattern 3 (GSI1): one measure's results across fiscal years. */
  resultHistory: (prefCode: string, planId: string, measureNo: string, fiscalYear?: number) => ({
    gsi1pk: `${prefCode}#PLAN#${planId}#M#${measureNo}`,
    ...(fiscalYear === undefined ? {} : { gsi1sk: `FY#${fiscalYear}` }),
  }),

  /** Pattern 8: the audit trail of one entity, oldest first. */
  audit: (entity: string) => ({ pk: `AUDIT#${entity}` }),
  /** The journal of an import that spans several transactions (one partition per import scope). */
  importJournal: (scope: string) => ({ pk: `IMPORT#${scope}` }),

  measureEntity: (prefCode: string, planId: string, measureNo: string) => `${prefCode}#PLAN#${planId}#M#${measureNo}`,
  planEntity: (prefCode: string, planId: string) => `${prefCode}#PLAN#${planId}`,
};
