import type { Principal } from '../../../shared/auth/roles';
import type { SearchDocument } from '../../../shared/search/search-document';
import { catalogueOf } from './catalogue-cache';

/**
 * The shared-measure catalogue as search documents (functions/features/search): name, category and definition in
 * both languages. The catalogue is public (its pages open without signing in), so every reader sees all of it; a
 * catalogue holds tens of measures and is cached per process (catalogue-cache.ts).
 */
export async function sharedMeasureSearchDocuments(prefCode: string, _principal: Principal): Promise<SearchDocument[]> {
  return (await catalogueOf(prefCode)).map((m) => ({
    kind: 'shared_measure' as const,
    id: m.id,
    title: m.name,
    body: [m.category.ja, m.definition.ja, m.category.en, m.definition.en].join('\n'),
    link: `/shared-measures/${encodeURIComponent(m.id)}`,
  }));
}
