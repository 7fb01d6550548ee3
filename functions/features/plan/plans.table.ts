import type { PlanDefinition } from '../../../shared/plan/definition';
import type { YearPublications } from '../../../shared/plan/publication';
import type { Measure, PlanGroup } from '../../../shared/plan/structure';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from '../../platform/db/client';
import { defineItem } from '../../platform/db/item-type';
import { keys } from '../../platform/db/keys';
import { queryAll, queryPage } from '../../platform/db/query';
import type { Page } from '../../platform/db/pagination';

export interface PlanRecord {
  definition: PlanDefinition;
  years: number[];
  version: number;
  /** Each year's publication state (shared/plan/publication.ts); a year missing here is a draft. */
  publications?: YearPublications;
}

export interface PlanStructure extends PlanRecord {
  groups: PlanGroup[];
  measures: Measure[];
}

export interface PlanListEntry {
  id: string;
  name: PlanDefinition['name'];
  years: number[];
}

/** A plan's definition, at the head of its structure's partition. */
export const planDefinitionItem = defineItem<PlanRecord, { planId: string }>({
  type: 'plan',
  key: (prefCode, k) => ({ pk: keys.planEntity(prefCode, k.planId), sk: 'DEF' }),
});

/** The prefecture's list of plans: one partition. */
const registry = (prefCode: string) => `${prefCode}#PLANS`;

/** A plan's entry in the prefecture's list of plans. */
export const planRegistryItem = defineItem<PlanListEntry, Pick<PlanListEntry, 'id'>>({
  type: 'planEntry',
  key: (prefCode, e) => ({ pk: registry(prefCode), sk: `PLAN#${e.id}` }),
});

/** A node of a plan's group tree, in the plan's partition. */
export const planGroupItem = defineItem<PlanGroup, { planId: string; path: string }>({
  type: 'group',
  key: (prefCode, k) => keys.group(prefCode, k.planId, k.path),
});

/** A measure's definition, in the plan's partition. */
export const planMeasureItem = defineItem<Measure, { planId: string; measureNo: string }>({
  type: 'measure',
  key: (prefCode, k) => keys.measure(prefCode, k.planId, k.measureNo),
});

/** Pattern 1: the whole structure of a plan (definition, groups, measures) in one Query. */
export async function getPlanStructure(prefCode: string, planId: string): Promise<PlanStructure | undefined> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.planEntity(prefCode, planId) },
  });
  const plan = items.find((i) => i.type === planDefinitionItem.type);
  if (!plan) return undefined;
  const of = <T>(itemType: { type: string; fromItem: (item: Record<string, unknown>) => T }) =>
    items.filter((i) => i.type === itemType.type).map(itemType.fromItem);
  return {
    ...planDefinitionItem.fromItem(plan),
    groups: of(planGroupItem).sort((a, b) => a.order - b.order),
    measures: of(planMeasureItem).sort((a, b) => a.order - b.order),
  };
}

/** A plan's definition and one measure, read together (two GetItems in parallel). */
export async function getPlanAndMeasure(
  prefCode: string,
  planId: string,
  measureNo: string,
): Promise<{ plan?: PlanRecord; measure?: Measure }> {
  const [plan, measure] = await Promise.all([
    ddb().send(new GetCommand({ TableName: tableName(), Key: planDefinitionItem.key(prefCode, { planId }) })),
    ddb().send(new GetCommand({ TableName: tableName(), Key: planMeasureItem.key(prefCode, { planId, measureNo }) })),
  ]);
  return {
    plan: plan.Item ? planDefinitionItem.fromItem(plan.Item) : undefined,
    measure: measure.Item ? planMeasureItem.fromItem(measure.Item) : undefined,
  };
}

/** The plans of a prefecture, one page at a time. */
export async function listPlans(prefCode: string, limit: number, cursor?: string): Promise<Page<PlanListEntry>> {
  const page = await queryPage<Record<string, unknown>>(
    { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': registry(prefCode) } },
    limit,
    cursor,
  );
  return { items: page.items.map(planRegistryItem.fromItem), nextCursor: page.nextCursor };
}

/** Table items for a plan's structure, as the importer writes them. */
export const planItems = {
  definition: (prefCode: string, record: PlanRecord) => planDefinitionItem.toItem(prefCode, record, { planId: record.definition.id }),
  registryEntry: (prefCode: string, record: PlanRecord) =>
    planRegistryItem.toItem(prefCode, { id: record.definition.id, name: record.definition.name, years: record.years }),
  group: (prefCode: string, planId: string, group: PlanGroup) => planGroupItem.toItem(prefCode, group, { ...group, planId }),
  measure: (prefCode: string, planId: string, measure: Measure) => planMeasureItem.toItem(prefCode, measure, { ...measure, planId }),
};
