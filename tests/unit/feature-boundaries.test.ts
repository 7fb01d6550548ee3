import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Feature folders only keep a change within two or three folders while they stay apart (docs/architecture.md):
 * an API feature may use shared/ and functions/platform/, and another feature only through that feature's
 * public module, its index.ts; and no two features may depend on each other, even through a third.
 */
const ROOT = resolve(__dirname, '../..');
const API_FEATURES = join(ROOT, 'functions/features');
const WEB_FEATURES = join(ROOT, 'web/src/features');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative module a file names: static imports, re-exports, dynamic import() and import types alike. */
function relativeImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map((f) => f.fileName).filter((name) => name.startsWith('.'));
}

/** The feature folder a path lies in, or undefined outside `root`. */
function featureOf(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  if (rel.startsWith('..') || rel === '') return undefined;
  return rel.split(sep)[0];
}

type Edge = { from: string; to: string; file: string; specifier: string; target: string };

function crossFeatureEdges(root: string): Edge[] {
  return sourceFiles(root).flatMap((file) => {
    const from = featureOf(root, file)!;
    return relativeImports(file).flatMap((specifier) => {
      const target = resolve(dirname(file), specifier);
      const to = featureOf(root, target);
      return to && to !== from ? [{ from, to, file: relative(ROOT, file), specifier, target }] : [];
    });
  });
}

/** One cycle of the graph as `a → b → a`, or undefined if there is none. */
function findCycle(edges: { from: string; to: string }[]): string[] | undefined {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    const at = path.indexOf(node);
    if (at >= 0) return [...path.slice(at), node];
    if (done.has(node)) return undefined;
    path.push(node);
    for (const to of [...(next.get(node) ?? [])].sort()) {
      const cycle = visit(to);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(node);
    return undefined;
  };
  for (const node of [...next.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

const describeCycle = (edges: Edge[], cycle: string[] | undefined) =>
  cycle &&
  [
    `feature import cycle: ${cycle.join(' → ')}`,
    ...cycle.slice(1).map((to, i) => {
      const edge = edges.find((e) => e.from === cycle[i] && e.to === to)!;
      return `  ${edge.file} imports '${edge.specifier}'`;
    }),
  ].join('\n');

describe('API feature boundaries (functions/features)', () => {
  const features = readdirSync(API_FEATURES).filter((name) => statSync(join(API_FEATURES, name)).isDirectory());
  const edges = crossFeatureEdges(API_FEATURES);

  it('each feature has a public module', () => {
    expect(features.filter((f) => !existsSync(join(API_FEATURES, f, 'index.ts')))).toEqual([]);
  });

  it('a feature reaches another only through its index', () => {
    const intoInternals = edges
      .filter((e) => e.target !== join(API_FEATURES, e.to) && e.target !== join(API_FEATURES, e.to, 'index'))
      .map((e) => `${e.file} imports '${e.specifier}' (use '../${e.to}')`);
    expect(intoInternals).toEqual([]);
  });

  it('a feature imports nothing of functions/ but platform/ and other features', () => {
    const allowed = [join(ROOT, 'functions/platform'), API_FEATURES].map((dir) => dir + sep);
    const outside = sourceFiles(API_FEATURES).flatMap((file) =>
      relativeImports(file)
        .map((specifier) => ({ specifier, target: resolve(dirname(file), specifier) }))
        .filter(({ target }) => target.startsWith(join(ROOT, 'functions') + sep) && !allowed.some((dir) => target.startsWith(dir)))
        .map(({ specifier }) => `${relative(ROOT, file)} imports '${specifier}'`),
    );
    expect(outside).toEqual([]);
  });

  it('the features depend on each other without a cycle', () => {
    expect(edges.length).toBeGreaterThan(0);
    expect(describeCycle(edges, findCycle(edges))).toBeUndefined();
  });
});

describe('web feature boundaries (web/src/features)', () => {
  it('the features depend on each other without a cycle', () => {
    const edges = crossFeatureEdges(WEB_FEATURES);
    expect(edges.length).toBeGreaterThan(0);
    expect(describeCycle(edges, findCycle(edges))).toBeUndefined();
  });
});

describe('the cycle finder', () => {
  it('finds a cycle through a third feature, and none in a chain', () => {
    const chain = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'a', to: 'c' },
    ];
    expect(findCycle(chain)).toBeUndefined();
    expect(findCycle([...chain, { from: 'c', to: 'a' }])).toEqual(['a', 'b', 'c', 'a']);
  });
});
