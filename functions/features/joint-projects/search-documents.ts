import type { Principal } from '../../../shared/auth/roles';
import { PROJECT_KIND_LABELS } from '../../../shared/joint-projects/definition';
import type { SearchDocument } from '../../../shared/search/search-document';
import { listAllProjects } from './joint-projects.table';

/**
 * Joint projects as search documents (functions/features/search): name, kind and description. Every signed-in role
 * lists and opens every project (routes.ts, ANY_ROLE), so the principal narrows nothing; a prefecture runs tens of
 * projects, read with one Query of the registry.
 */
export async function jointProjectSearchDocuments(prefCode: string, _principal: Principal): Promise<SearchDocument[]> {
  return (await listAllProjects(prefCode)).map((p) => ({
    kind: 'joint_project' as const,
    id: p.id,
    title: { ja: p.name, en: p.name },
    body: [p.description, PROJECT_KIND_LABELS[p.kind].ja, PROJECT_KIND_LABELS[p.kind].en].join('\n'),
    link: `/joint-projects/${encodeURIComponent(p.id)}`,
  }));
}
