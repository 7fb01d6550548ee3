import type { PlanDefinition } from '../../../shared/plan/definition';
import type { Measure, PlanGroup } from '../../../shared/plan/structure';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from '../../platform/db/client';
import { keys } from '../../platform/db/keys';
import { queryAll, queryPage } from '../../platform/db/query';
import type { Page } from '../../platform/db/pagination';

export interface PlanRecord {
  definition: PlanDefinition;
  years: number[];
  version: number;
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

type StructureItem =
  | ({ type: 'plan' } & PlanRecord)
  | ({ type: 'group' } & PlanGroup)
  | ({ type: 'measure' } & Measure);

/** Strips the table's key attributes so callers see domain objects only. */
function stripKeys<T extends object>(item: T): Omit<T, 'pk' | 'sk' | 'type' | 'gsi1pk' | 'gsi1sk'> {
  const { pk: _pk, sk: _sk, type: _type, gsi1pk: _g1, gsi1sk: _g1s, ...rest } = item as Record<string, unknown>;
  return rest as Omit<T, 'pk' | 'sk' | 'type' | 'gsi1pk' | 'gsi1sk'>;
}

/** Pattern 1: the whole structure of a plan (definition, groups, measures) in one Query. */
export async function getPlanStructure(prefCode: string, planId: string): Promise<PlanStructure | undefined> {
  const items = await queryAll<StructureItem>({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.planStructure(prefCode, planId).pk },
  });
  const plan = items.find((i) => i.type === 'plan');
  if (!plan) return undefined;
  const groups = items.filter((i): i is Extract<StructureItem, { type: 'group' }> => i.type === 'group');
  const measures = items.filter((i): i is Extract<StructureItem, { type: 'measure' }> => i.type === 'measure');
  return {
    ...(stripKeys(plan) as PlanRecord),
    groups: groups.map((g) => stripKeys(g) as PlanGroup).sort((a, b) => a.order - b.order),
    measures: measures.map((m) => stripKeys(m) as Measure).sort((a, b) => a.order - b.order),
  };
}

/** A plan's definition and one measure, read together (two GetItems in parallel). */
export async function getPlanAndMeasure(
  prefCode: string,
  planId: string,
  measureNo: string,
): Promise<{ plan?: PlanRecord; measure?: Measure }> {
  const [plan, measure] = await Promise.all([
    ddb().send(new GetCommand({ TableName: tableName(), Key: keys.planDefinition(prefCode, planId) })),
    ddb().send(new GetCommand({ TableName: tableName(), Key: keys.measure(prefCode, planId, measureNo) })),
  ]);
  return {
    plan: plan.Item ? (stripKeys(plan.Item) as PlanRecord) : undefined,
    measure: measure.Item ? (stripKeys(measure.Item) as Measure) : undefined,
  };
}

/** The plans of a prefecture, one page at a time. */
export async function listPlans(prefCode: string, limit: number, cursor?: string): Promise<Page<PlanListEntry>> {
  const page = await queryPage<PlanListEntry & { pk: string }>(
    { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.planRegistry(prefCode).pk } },
    limit,
    cursor,
  );
  return { items: page.items.map((i) => ({ id: i.id, name: i.name, years: i.years })), nextCursor: page.nextCursor };
}

/** Table items for a plan's structure, as the importer writes them. */
export const planItems = {
  definition: (prefCode: string, record: PlanRecord) => ({
    ...keys.planDefinition(prefCode, record.definition.id),
    type: 'plan',
    ...record,
  }),
  registryEntry: (prefCode: string, record: PlanRecord) => ({
    ...keys.planRegistryEntry(prefCode, record.definition.id),
    type: 'planEntry',
    id: record.definition.id,
    name: record.definition.name,
    years: record.years,
  }),
  group: (prefCode: string, planId: string, group: PlanGroup) => ({
    ...keys.group(prefCode, planId, group.path),
    type: 'group',
    ...group,
  }),
  measure: (prefCode: string, planId: string, measure: Measure) => ({
    ...keys.measure(prefCode, planId, measure.measureNo),
    type: 'measure',
    ...measure,
  }),
};
