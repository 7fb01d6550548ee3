import { describe, expect, it } from 'vitest';
import type { PlanGroup } from '../../shared/plan/structure';
import {
  ancestorPaths,
  buildGroupTree,
  childrenByParent,
  groupPath,
  groupsAlong,
  isWithin,
  parentPath,
  pathAndAncestors,
  walkGroupTree,
} from '../../shared/plan/tree';

const group = (path: string, order: number, level = `l${path.split('/').length}`): PlanGroup => ({ path, level, key: path.split('/').pop()!, name: path.toUpperCase(), order });
// 柱 → 中柱 → 分野, listed out of order.
const groups = [group('b', 5), group('a/x/1', 2), group('a', 0), group('a/x', 1), group('a/y', 3), group('a/y/2', 4), group('b/z', 6), group('b/z/3', 7)];

describe('group paths', () => {
  it('join keys with "/" and split back into ancestors', () => {
    expect(groupPath(['くらしのデジタル化', '1'])).toBe('くらしのデジタル化/1');
    expect(parentPath('a/x/1')).toBe('a/x');
    expect(parentPath('a')).toBe('');
    expect(pathAndAncestors('a/x/1')).toEqual(['a', 'a/x', 'a/x/1']);
    expect(pathAndAncestors('')).toEqual([]);
    expect(ancestorPaths('a/x/1')).toEqual(['a', 'a/x']);
    expect(ancestorPaths('a')).toEqual([]);
  });

  it('tell whether a path lies within another', () => {
    expect(isWithin('a/x/1', 'a')).toBe(true);
    expect(isWithin('a/x', 'a/x')).toBe(true);
    expect(isWithin('ab/x', 'a')).toBe(false);
    expect(isWithin('a', '')).toBe(true);
  });
});

describe('the group tree', () => {
  it('lists children per parent in order', () => {
    const children = childrenByParent(groups);
    expect(children.get('')!.map((g) => g.path)).toEqual(['a', 'b']);
    expect(children.get('a')!.map((g) => g.path)).toEqual(['a/x', 'a/y']);
    expect(children.get('a/x/1')).toBeUndefined();
  });

  it('nests groups, roots and children in order', () => {
    const tree = buildGroupTree(groups);
    const shape = (nodes: ReturnType<typeof buildGroupTree>): unknown => nodes.map((n) => [n.group.path, shape(n.children)]);
    expect(shape(tree)).toEqual([
      ['a', [['a/x', [['a/x/1', []]]], ['a/y', [['a/y/2', []]]]]],
      ['b', [['b/z', [['b/z/3', []]]]]],
    ]);
  });

  it('keeps a group whose parent is missing, as a root', () => {
    expect(buildGroupTree([group('a', 0), group('q/r', 1)]).map((n) => n.group.path)).toEqual(['a', 'q/r']);
  });

  it('is walked depth-first, parents first, with depth and ancestors', () => {
    const seen: string[] = [];
    walkGroupTree(buildGroupTree(groups), (node, depth, ancestors) => {
      seen.push(`${depth}:${node.group.path}:${ancestors.map((a) => a.key).join('>')}`);
    });
    expect(seen).toEqual(['0:a:', '1:a/x:a', '2:a/x/1:a>x', '1:a/y:a', '2:a/y/2:a>y', '0:b:', '1:b/z:b', '2:b/z/3:b>z']);
  });

  it('gives the groups along a path, root first', () => {
    expect(groupsAlong('a/y/2', groups).map((g) => g.name)).toEqual(['A', 'A/Y', 'A/Y/2']);
    expect(groupsAlong('a/nope', groups).map((g) => g.path)).toEqual(['a']);
  });
});
