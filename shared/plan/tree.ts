import type { PlanGroup } from './structure';

/** The path of a group's parent ('' for a root group). */
export function parentPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Every ancestor path of a group path, root first, the path itself included. */
export function pathAndAncestors(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** Children of each group path ('' = the roots), in the plan's order. */
export function childrenByParent(groups: readonly PlanGroup[]): Map<string, PlanGroup[]> {
  const children = new Map<string, PlanGroup[]>();
  for (const group of [...groups].sort((a, b) => a.order - b.order)) {
    const parent = parentPath(group.path);
    children.set(parent, [...(children.get(parent) ?? []), group]);
  }
  return children;
}
