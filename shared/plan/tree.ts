import type { PlanGroup } from './structure';

/**
 * A plan's groups form a tree of any depth (pillar → area; 柱 → 中柱 → 分野).
 * Each group is stored flat with its `path`: the keys from the root joined
 * with '/', e.g. `くらしのデジタル化/1`. Keys never contain '/', which the
 * import checks, so the path alone gives a group's ancestors.
 */
export const PATH_SEPARATOR = '/';

/** The path of a group from its keys, root first: ['くらしのデジタル化', '1'] → 'くらしのデジタル化/1'. */
export function groupPath(keys: readonly string[]): string {
  return keys.join(PATH_SEPARATOR);
}

/** The path of a group's parent ('' for a root group). */
export function parentPath(path: string): string {
  const i = path.lastIndexOf(PATH_SEPARATOR);
  return i < 0 ? '' : path.slice(0, i);
}

/** Every ancestor path of a group path, root first, the path itself included ('' gives none). */
export function pathAndAncestors(path: string): string[] {
  if (path === '') return [];
  const parts = path.split(PATH_SEPARATOR);
  return parts.map((_, i) => groupPath(parts.slice(0, i + 1)));
}

/** The ancestor paths of a group path, root first, without the path itself: 'a/b/c' → ['a', 'a/b']. */
export function ancestorPaths(path: string): string[] {
  return pathAndAncestors(path).slice(0, -1);
}

/** Whether `path` is `ancestor` or lies under it. */
export function isWithin(path: string, ancestor: string): boolean {
  return ancestor === '' || path === ancestor || path.startsWith(ancestor + PATH_SEPARATOR);
}

const byOrder = (a: PlanGroup, b: PlanGroup) => a.order - b.order || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Children of each group path ('' = the roots), in the plan's order. */
export function childrenByParent(groups: readonly PlanGroup[]): Map<string, PlanGroup[]> {
  const children = new Map<string, PlanGroup[]>();
  for (const group of [...groups].sort(byOrder)) {
    const parent = parentPath(group.path);
    const list = children.get(parent);
    if (list) list.push(group);
    else children.set(parent, [group]);
  }
  return children;
}

/** A group with its subgroups, in order. */
export interface GroupNode {
  group: PlanGroup;
  children: GroupNode[];
}

/**
 * The nested tree of a plan's groups, roots and children in `order`. A group
 * whose parent is not among the groups is shown as a root rather than lost.
 */
export function buildGroupTree(groups: readonly PlanGroup[]): GroupNode[] {
  const paths = new Set(groups.map((g) => g.path));
  const children = childrenByParent(groups);
  const node = (group: PlanGroup): GroupNode => ({ group, children: (children.get(group.path) ?? []).map(node) });
  return [...groups]
    .sort(byOrder)
    .filter((g) => parentPath(g.path) === '' || !paths.has(parentPath(g.path)))
    .map(node);
}

/**
 * Visits every node depth-first, parents before children, in order. The
 * visitor gets the node's depth (0 = root) and its ancestors' groups, root first.
 */
export function walkGroupTree(
  nodes: readonly GroupNode[],
  visit: (node: GroupNode, depth: number, ancestors: readonly PlanGroup[]) => void,
  ancestors: readonly PlanGroup[] = [],
): void {
  for (const node of nodes) {
    visit(node, ancestors.length, ancestors);
    walkGroupTree(node.children, visit, [...ancestors, node.group]);
  }
}

/** The groups along a path, root first (the path's own group last), skipping paths not among the groups. */
export function groupsAlong(path: string, groups: readonly PlanGroup[]): PlanGroup[] {
  const byPath = new Map(groups.map((g) => [g.path, g]));
  return pathAndAncestors(path).flatMap((p) => byPath.get(p) ?? []);
}
