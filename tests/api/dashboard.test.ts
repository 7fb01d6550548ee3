import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { ddb, tableName } from '../../functions/platform/db/client';
import { indexUnindexedParticipations, projectKeys } from '../../functions/features/joint-projects/joint-projects.table';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

const api = apiClient();

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true });
});

describe('the council dashboard’s headline figures', () => {
  it('gives the My Number Card rate against the national rate, as the comparison of the same month shows it', async () => {
    const { myNumberCard } = await (await api.get('/api/dashboard/headlines', 'council')).json();
    const comparison = await (await api.get(`/api/shared-measures/mynumber-card-rate/periods/${myNumberCard.period}/comparison`, 'council')).json();
    expect(myNumberCard).toMatchObject({ average: comparison.stats.average, median: comparison.stats.median, national: comparison.stats.national, total: 33, sample: true });
    const above = comparison.rows.filter((r: { value?: number }) => typeof r.value === 'number' && r.value >= comparison.stats.national).length;
    expect(myNumberCard.atOrAboveNational).toBe(above);
    expect(myNumberCard.periodLabel).toMatch(/年\d+月/);
  });

  it('counts the municipalities with open data of the 33, and joint-project participants and those live', async () => {
    const headlines = await (await api.get('/api/dashboard/headlines', 'council')).json();
    expect(headlines.openData).toMatchObject({ total: 33 });
    expect(headlines.openData.adopted).toBeGreaterThan(0);
    expect(headlines.openData.adopted).toBeLessThanOrEqual(33);
    expect(headlines.jointProjects).toMatchObject({ projects: 3, participants: 15, liveMunicipalities: 5 });
    const zushi = (await (await api.get('/api/joint-projects/joint-procurement', 'pref-staff')).json()).participants.find((p: { orgCode: string }) => p.orgCode === '142085');
    expect((await api.put('/api/joint-projects/joint-procurement/participants/142085', { version: zushi.version, phaseId: 'live' }, 'pref-staff')).status).toBe(200);
    const after = await (await api.get('/api/dashboard/headlines', 'council')).json();
    expect(after.jointProjects.liveMunicipalities).toBe(6);
    expect(after.jointProjects.items.find((i: { id: string }) => i.id === 'joint-procurement')).toMatchObject({ participants: 10, live: 6 });
  });

  it('counts participations kept from before the cross-project index once `npm start` has indexed them', async () => {
    const before = (await (await api.get('/api/dashboard/headlines', 'council')).json()).jointProjects;
    // A participation as an earlier version wrote it: without the GSI1 keys.
    const { Items = [] } = await ddb().send(
      new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'pk = :pk AND begins_with(sk, :org)', ExpressionAttributeValues: { ':pk': projectKeys.partition('140007', 'joint-procurement'), ':org': 'ORG#' } }),
    );
    await ddb().send(new UpdateCommand({ TableName: tableName(), Key: { pk: Items[0]!.pk, sk: Items[0]!.sk }, UpdateExpression: 'REMOVE gsi1pk, gsi1sk' }));
    const unindexed = (await (await api.get('/api/dashboard/headlines', 'council')).json()).jointProjects;
    expect(unindexed.items.find((i: { id: string }) => i.id === 'joint-procurement').participants).toBe(9);

    expect(await indexUnindexedParticipations('140007')).toBe(1);
    expect(await indexUnindexedParticipations('140007')).toBe(0);
    expect((await (await api.get('/api/dashboard/headlines', 'council')).json()).jointProjects).toEqual(before);
  });
});
