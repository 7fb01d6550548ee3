import { DATASETS, LICENCE, type DatasetDefinition } from './datasets';

/**
 * The open-data catalogue as DCAT in JSON-LD (issue 16), for catalogue harvesters such as CKAN's ckanext-dcat: one
 * dcat:Dataset per dataset of datasets.ts, each with its CSV and JSON distributions, the licence, the publisher, the
 * temporal coverage, and its data dictionary as a CSVW table schema on the CSV distribution. Every @id is a stable
 * URL under the portal's address, so a harvester recognises a dataset again on its next run.
 */
export interface TemporalCoverage {
  /** First and last day covered (YYYY-MM-DD). */
  start: string;
  end: string;
}

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  csvw: 'http://www.w3.org/ns/csvw#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const PUBLISHER = (base: string) => ({
  '@id': `${base}/#publisher`,
  '@type': 'foaf:Organization',
  'foaf:name': [
    { '@value': '神奈川県', '@language': 'ja' },
    { '@value': 'Kanagawa Prefecture', '@language': 'en' },
  ],
});

const text = (t: { ja: string; en: string }) => [
  { '@value': t.ja, '@language': 'ja' },
  { '@value': t.en, '@language': 'en' },
];

const XSD_TYPES: Record<DatasetDefinition['fields'][number]['type'], string> = { string: 'string', number: 'decimal', boolean: 'boolean', date: 'date' };

/** A dataset's download address; parameters the dataset needs are named, as the data dictionary (GET /api/open-data) explains them. */
const downloadUrl = (base: string, d: DatasetDefinition, format: 'csv' | 'json') => `${base}/api/open-data/${d.id}.${format}`;

function distribution(base: string, d: DatasetDefinition, format: 'csv' | 'json') {
  const mediaType = format === 'csv' ? 'text/csv' : 'application/json';
  return {
    '@id': `${base}/api/open-data/${d.id}.${format}#distribution`,
    '@type': 'dcat:Distribution',
    'dct:title': text({ ja: `${d.title.ja}（${format.toUpperCase()}）`, en: `${d.title.en} (${format.toUpperCase()})` }),
    // A dataset that needs query parameters (a plan and a year, a measure) has no one file to download: its
    // address is an access point, whose parameters the description names.
    ...(d.parameters.some((p) => p.required)
      ? { 'dcat:accessURL': { '@id': downloadUrl(base, d, format) } }
      : { 'dcat:accessURL': { '@id': `${base}/open-data` }, 'dcat:downloadURL': { '@id': downloadUrl(base, d, format) } }),
    'dcat:mediaType': mediaType,
    'dct:format': format.toUpperCase(),
    'dct:license': { '@id': LICENCE.url },
    ...(d.parameters.length > 0
      ? { 'dct:description': `Query parameters: ${d.parameters.map((p) => `${p.name}${p.required ? ' (required)' : ''}: ${p.ja}`).join('; ')}` }
      : {}),
    ...(format === 'csv'
      ? {
          'csvw:tableSchema': {
            '@type': 'csvw:Schema',
            'csvw:column': d.fields.map((f) => ({
              '@type': 'csvw:Column',
              'csvw:name': f.name,
              'csvw:titles': text(f),
              'csvw:datatype': { '@id': `xsd:${XSD_TYPES[f.type]}` },
            })),
          },
        }
      : {}),
  };
}

export function dcatCatalogue(base: string, coverage: Partial<Record<DatasetDefinition['id'], TemporalCoverage>>, modified: string) {
  return {
    '@context': CONTEXT,
    '@id': `${base}/api/open-data/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': text({ ja: 'かながわDX連携ポータル オープンデータ', en: 'Kanagawa DX Collaboration Portal: open data' }),
    'dct:description': text({
      ja: '神奈川DX計画の点検結果、市町村DX共通指標の確認済みの値、協働事業の参加状況と承認済みの報告の数値。',
      en: 'Results of the Kanagawa DX plan, the confirmed values of the shared municipal DX measures, and joint-project participation with the figures of approved reports.',
    }),
    'dct:publisher': PUBLISHER(base),
    'dct:license': { '@id': LICENCE.url },
    'dct:modified': { '@value': modified, '@type': 'xsd:dateTime' },
    'foaf:homepage': { '@id': `${base}/open-data` },
    'dcat:dataset': DATASETS.map((d) => {
      const temporal = coverage[d.id];
      return {
        '@id': `${base}/open-data#${d.id}`,
        '@type': 'dcat:Dataset',
        'dct:identifier': d.id,
        'dct:title': text(d.title),
        'dct:description': { '@value': d.description, '@language': 'ja' },
        'dct:publisher': { '@id': `${base}/#publisher` },
        'dct:license': { '@id': LICENCE.url },
        'dct:rights': { '@value': LICENCE.attribution, '@language': 'ja' },
        'dct:language': [{ '@id': 'http://id.loc.gov/vocabulary/iso639-1/ja' }],
        'dcat:landingPage': { '@id': `${base}/open-data` },
        'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': '神奈川県 デジタル戦略本部室' },
        ...(temporal
          ? {
              'dct:temporal': {
                '@type': 'dct:PeriodOfTime',
                'dcat:startDate': { '@value': temporal.start, '@type': 'xsd:date' },
                'dcat:endDate': { '@value': temporal.end, '@type': 'xsd:date' },
              },
            }
          : {}),
        'dcat:distribution': [distribution(base, d, 'csv'), distribution(base, d, 'json')],
      };
    }),
  };
}
