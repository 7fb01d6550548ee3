import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { JointProject } from '../../../shared/joint-projects/definition';
import type { Participation } from '../../../shared/joint-projects/participation';
import { ddb, tableName } from '../../platform/db/client';
import { defineItem } from '../../platform/db/item-type';
import { queryAll, queryPage } from '../../platform/db/query';
import type { Page } from '../../platform/db/pagination';
import { GSI1 } from '../../platform/db/table-schema';
import { guardedPut, type TransactItem } from '../../platform/db/transactions';

/** A project's name: its partition and its audit entity. */
const projectName = (prefCode: string, projectId: string) => `${prefCode}#JP#${projectId}`;

/**
 * Joint projects (協働事業). A project's partition holds its definition and
 * one item per participating municipality, so its board is one Query
 * (pattern 6, docs/architecture.md); a registry partition lists the prefecture's projects.
 *
 *   {pref}#JP            P#{projectId}           the registry (a copy of each definition)
 *   {pref}#JP#{project}  DEF                     the definition
 *                        ORG#{orgCode}           a participation (phase, report marks, approved figures)
 *                        R#{period}#{orgCode}    a progress report (progress-reports.table.ts)
 */
export const projectKeys = {
  registry: (prefCode: string) => `${prefCode}#JP`,
  partition: projectName,
  /** GSI1: every participation of a prefecture, by project then municipality (cross-project summaries in one Query). */
  allParticipations: (prefCode: string) => `${prefCode}#JP-PARTICIPANTS`,
  /** Audit entities. */
  projectEntity: projectName,
  participationEntity: (prefCode: string, projectId: string, orgCode: string) => `${prefCode}#JP#${projectId}#ORG#${orgCode}`,
};

/** A project's definition, at the head of its partition. */
export const projectDefinitionItem = defineItem<JointProject, Pick<JointProject, 'id'>>({
  type: 'jointProject',
  key: (prefCode, p) => ({ pk: projectKeys.partition(prefCode, p.id), sk: 'DEF' }),
});

/** The registry's copy of a definition, written in the same transaction as the definition. */
export const projectRegistryItem = defineItem<JointProject, Pick<JointProject, 'id'>>({
  type: 'jointProject',
  key: (prefCode, p) => ({ pk: projectKeys.registry(prefCode), sk: `P#${p.id}` }),
});

/** A municipality's participation in a project: its phase, its reports' marks, the approved figures. */
export const participationItem = defineItem<Participation, Pick<Participation, 'projectId' | 'orgCode'>>({
  type: 'participation',
  key: (prefCode, p) => ({ pk: projectKeys.partition(prefCode, p.projectId), sk: `ORG#${p.orgCode}` }),
  indexes: (prefCode, p) => ({
    gsi1pk: projectKeys.allParticipations(prefCode),
    gsi1sk: `${p.projectId}#${p.orgCode}`,
  }),
});

const registryQuery = (prefCode: string) => ({
  KeyConditionExpression: 'pk = :pk',
  ExpressionAttributeValues: { ':pk': projectKeys.registry(prefCode) },
});

/** A page of a prefecture's projects (the registry), in id order. */
export async function listProjects(prefCode: string, limit: number, cursor?: string): Promise<Page<JointProject>> {
  const page = await queryPage<Record<string, unknown>>(registryQuery(prefCode), limit, cursor);
  return { items: page.items.map(projectRegistryItem.fromItem), nextCursor: page.nextCursor };
}

/** Every project of a prefecture, for jobs and lookups across projects (a registry holds tens, not thousands). */
export async function listAllProjects(prefCode: string): Promise<JointProject[]> {
  return (await queryAll<Record<string, unknown>>(registryQuery(prefCode))).map(projectRegistryItem.fromItem);
}

/** Every participation of a prefecture, across its projects: one Query on GSI1 (eventually consistent, for summaries). */
export async function listAllParticipations(prefCode: string): Promise<Participation[]> {
  const items = await queryAll<Record<string, unknown>>({
    IndexName: GSI1.indexName,
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': projectKeys.allParticipations(prefCode) },
  });
  return items.map(participationItem.fromItem);
}

/**
 * Every project with its participants, for summaries across projects
 * (headlines, open data): two Queries in parallel, however many projects.
 */
export async function listAllBoards(prefCode: string): Promise<{ project: JointProject; participants: Participation[] }[]> {
  const [projects, participations] = await Promise.all([listAllProjects(prefCode), listAllParticipations(prefCode)]);
  const byProject = new Map<string, Participation[]>();
  for (const p of participations) byProject.set(p.projectId, [...(byProject.get(p.projectId) ?? []), p]);
  return projects.map((project) => ({ project, participants: byProject.get(project.id) ?? [] }));
}

/**
 * A project's definition and all its participants: one Query over the items
 * that sort before the reports (`DEF` < `ORG#…` < `R#…`).
 */
export async function getProjectBoard(
  prefCode: string,
  projectId: string,
): Promise<{ project?: JointProject; participants: Participation[] }> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': projectKeys.partition(prefCode, projectId), ':from': 'DEF', ':to': 'ORG#~' },
    ConsistentRead: true,
  });
  const def = items.find((i) => i.sk === 'DEF');
  return {
    project: def ? projectDefinitionItem.fromItem(def) : undefined,
    participants: items.filter((i) => i.type === participationItem.type).map(participationItem.fromItem),
  };
}

export async function getProject(prefCode: string, projectId: string): Promise<JointProject | undefined> {
  const out = await ddb().send(
    new GetCommand({ TableName: tableName(), Key: projectDefinitionItem.key(prefCode, { id: projectId }), ConsistentRead: true }),
  );
  return out.Item ? projectDefinitionItem.fromItem(out.Item) : undefined;
}

export async function getParticipation(prefCode: string, projectId: string, orgCode: string): Promise<Participation | undefined> {
  const out = await ddb().send(
    new GetCommand({ TableName: tableName(), Key: participationItem.key(prefCode, { projectId, orgCode }), ConsistentRead: true }),
  );
  return out.Item ? participationItem.fromItem(out.Item) : undefined;
}

/** The definition and its registry copy, guarded by the definition's version. */
export function projectPuts(prefCode: string, project: JointProject, expectedVersion: number): TransactItem[] {
  return [
    guardedPut(projectDefinitionItem.toItem(prefCode, project), expectedVersion),
    guardedPut(projectRegistryItem.toItem(prefCode, project)),
  ];
}

/** A new participation (it must not exist yet). */
export function participationCreate(prefCode: string, participation: Participation): TransactItem {
  return guardedPut(participationItem.toItem(prefCode, participation), 0);
}

/**
 * Puts participations written before the GSI1 keys existed into the index
 * (local data kept across versions); those already there are left alone.
 * Returns how many it indexed.
 */
export async function indexUnindexedParticipations(prefCode: string): Promise<number> {
  let indexed = 0;
  for (const project of await listAllProjects(prefCode)) {
    const items = await queryAll<Participation & { pk: string; sk: string; gsi1pk?: string }>({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :org)',
      ExpressionAttributeValues: { ':pk': projectKeys.partition(prefCode, project.id), ':org': 'ORG#' },
    });
    for (const item of items.filter((i) => !i.gsi1pk)) {
      const keys = participationItem.indexKeys(prefCode, item);
      await ddb().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: 'SET gsi1pk = :gp, gsi1sk = :gs',
          ExpressionAttributeValues: { ':gp': keys.gsi1pk, ':gs': keys.gsi1sk },
        }),
      );
      indexed += 1;
    }
  }
  return indexed;
}

/**
 * Changes the fields the prefecture edits, guarded by version. An Update, not
 * a Put: the report marks on the same item are written by report transitions
 * and must survive a phase change.
 */
export function participationUpdate(prefCode: string, next: Participation, expectedVersion: number): TransactItem {
  const indexKeys = participationItem.indexKeys(prefCode, next);
  return {
    Update: {
      TableName: tableName(),
      Key: participationItem.key(prefCode, next),
      UpdateExpression:
        // The index keys too, so a participation written before they existed enters the index on its next change.
        'SET phaseId = :phase, phaseSince = :since, contactEmails = :emails, note = :note, version = :next, updatedAt = :at, updatedBy = :by, gsi1pk = :gp, gsi1sk = :gs',
      ConditionExpression: 'version = :expected',
      ExpressionAttributeValues: {
        ':phase': next.phaseId,
        ':since': next.phaseSince,
        ':emails': next.contactEmails,
        ':note': next.note,
        ':next': next.version,
        ':at': next.updatedAt,
        ':by': next.updatedBy,
        ':expected': expectedVersion,
        ':gp': indexKeys.gsi1pk,
        ':gs': indexKeys.gsi1sk,
      },
    },
  };
}
