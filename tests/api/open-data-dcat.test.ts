// @ts-expect-error jsonld ships no types; the test uses toRDF only.
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../functions/platform/config';
import { DATASETS } from '../../shared/open-data/datasets';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';
import { publishSeededYear } from '../support/publish-year';

const api = apiClient();
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

type Quad = { subject: { value: string }; predicate: { value: string }; object: { value: string; datatype?: { value: string } } };

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true });
  // Open data holds published plan years only.
  await publishSeededYear();
});

describe('the open-data catalogue as DCAT (JSON-LD), for harvesters such as CKAN', () => {
  it('is public JSON-LD whose RDF names every dataset with its licence, publisher, coverage and distributions', async () => {
    const res = await api.app.request('/api/open-data/catalog.jsonld');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/ld+json');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    // What a harvester reads is the RDF, not the JSON's shape: expand it as ckanext-dcat's parser would.
    const quads = (await jsonld.toRDF(await res.json())) as Quad[];
    const objects = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
    const catalogues = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Catalog`);
    expect(catalogues).toHaveLength(1);
    const datasets = objects(catalogues[0]!.subject.value, `${DCAT}dataset`).map((o) => o.value);
    expect(datasets.sort()).toEqual(DATASETS.map((d) => `${config().portalUrl}/open-data#${d.id}`).sort());
    for (const dataset of datasets) {
      expect(objects(dataset, `${DCT}license`).map((o) => o.value)).toEqual(['https://creativecommons.org/licenses/by/4.0/deed.ja']);
      expect(objects(dataset, `${DCT}publisher`)).toHaveLength(1);
      expect(objects(dataset, `${DCT}title`).length).toBe(2); // Japanese and English
      const distributions = objects(dataset, `${DCAT}distribution`).map((o) => o.value);
      expect(distributions.map((d) => objects(d, `${DCAT}mediaType`)[0]!.value).sort()).toEqual(['application/json', 'text/csv']);
      for (const d of distributions) expect(objects(d, `${DCAT}accessURL`)).toHaveLength(1);
    }
    // The FY2024 plan results: the fiscal year, 1 April 2024 to 31 March 2025.
    const [period] = objects(`${config().portalUrl}/open-data#plan-results`, `${DCT}temporal`);
    expect(objects(period!.value, `${DCAT}startDate`)[0]).toMatchObject({ value: '2024-04-01' });
    expect(objects(period!.value, `${DCAT}endDate`)[0]).toMatchObject({ value: '2025-03-31' });
  });

  it('links downloads that work without signing in, and carries each CSV’s data dictionary', async () => {
    const catalogue = await (await api.app.request('/api/open-data/catalog.jsonld')).json();
    const participation = catalogue['dcat:dataset'].find((d: { 'dct:identifier': string }) => d['dct:identifier'] === 'joint-project-participation');
    for (const distribution of participation['dcat:distribution']) {
      const url = new URL(distribution['dcat:downloadURL']['@id']);
      expect((await api.app.request(url.pathname)).status, url.pathname).toBe(200);
    }
    const csv = participation['dcat:distribution'].find((d: { 'dcat:mediaType': string }) => d['dcat:mediaType'] === 'text/csv');
    const columns = csv['csvw:tableSchema']['csvw:column'].map((c: { 'csvw:name': string }) => c['csvw:name']);
    expect(columns).toEqual(DATASETS.find((d) => d.id === 'joint-project-participation')!.fields.map((f) => f.name));
  });
});
