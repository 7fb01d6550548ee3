import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildKanagawaMap, MAP_SOURCE, municipalityCodes, SHAPES_FILE, shapesFileText, type Topology } from '../../scripts/build-kanagawa-map';
import { quintiles } from '../../web/src/features/shared-measures/map/bins';

const committed = readFileSync(SHAPES_FILE, 'utf8');
const shapes = JSON.parse(committed) as { source: string; viewBox: string; shapes: { code: string; d: string }[] };

/** The absolute points of a path written by the script (M x y, then relative steps). */
function points(d: string): [number, number][][] {
  return d.split('z').filter(Boolean).map((ring) => {
    const [move, steps = ''] = ring.slice(1).split('l');
    const [x0, y0] = move!.split(' ').map(Number) as [number, number];
    const deltas = (steps.match(/-?\d+/g) ?? []).map(Number);
    const out: [number, number][] = [[x0, y0]];
    for (let i = 0; i < deltas.length; i += 2) out.push([out.at(-1)![0] + deltas[i]!, out.at(-1)![1] + deltas[i + 1]!]);
    return out;
  });
}

describe('the comparison map’s committed geometry (web/src/features/shared-measures/map/kanagawa-shapes.json)', () => {
  it('has exactly one shape for each of the 33 municipalities, and nothing else', () => {
    const codes = municipalityCodes();
    expect(codes).toHaveLength(33);
    expect(shapes.shapes.map((s) => s.code)).toEqual(codes);
    expect(new Set(shapes.shapes.map((s) => s.code)).size).toBe(33);
  });

  it('is small, integer SVG paths that stay inside the viewBox', () => {
    expect(Buffer.byteLength(committed)).toBeLessThan(40 * 1024);
    const [, , width, height] = shapes.viewBox.split(' ').map(Number) as number[];
    for (const { code, d } of shapes.shapes) {
      expect(d, code).toMatch(/^(M\d+ \d+l[-\d ]*z)+$/);
      for (const [x, y] of points(d).flat()) {
        expect(x, code).toBeGreaterThanOrEqual(0);
        expect(x, code).toBeLessThanOrEqual(width!);
        expect(y, code).toBeGreaterThanOrEqual(0);
        expect(y, code).toBeLessThanOrEqual(height!);
      }
    }
  });

  it('puts municipalities where they are: Yokohama east of Hakone, Sagamihara north of Miura', () => {
    const centre = (code: string) => {
      const all = points(shapes.shapes.find((s) => s.code === code)!.d).flat();
      return [all.reduce((s, p) => s + p[0], 0) / all.length, all.reduce((s, p) => s + p[1], 0) / all.length] as const;
    };
    expect(centre('141003')[0]).toBeGreaterThan(centre('143821')[0]);
    expect(centre('141500')[1]).toBeLessThan(centre('142107')[1]);
  });

  it.skipIf(!existsSync(MAP_SOURCE))('equals what scripts/build-kanagawa-map.ts makes from ../shared/data/maps (skipped where the source data is absent, as in CI)', () => {
    const topology = JSON.parse(readFileSync(MAP_SOURCE, 'utf8')) as Topology;
    expect(shapesFileText(buildKanagawaMap(topology, municipalityCodes()))).toBe(committed);
  });
});

describe('building the map from TopoJSON', () => {
  // Two squares sharing their middle border (arc 0), the second split in two geometries as wards would be.
  const topology: Topology = {
    type: 'Topology',
    transform: { scale: [0.001, 0.001], translate: [139, 35] },
    arcs: [
      [[500, 0], [0, 1000]], // shared border, south to north
      [[500, 1000], [-500, 0], [0, -1000], [500, 0]], // west square's other sides
      [[500, 0], [250, 0], [0, 1000], [-250, 0]], // east part 1
      [[750, 0], [250, 0], [0, 1000], [-250, 0], [0, -1000]], // east part 2, a closed ring
    ],
    objects: {
      m: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: { lg_code: '141003', prefecture_code: '14' } },
          { type: 'Polygon', arcs: [[2, ~0]], properties: { lg_code: '141305', prefecture_code: '14' } },
          { type: 'Polygon', arcs: [[3]], properties: { lg_code: '141305', prefecture_code: '14' } },
          { type: 'Polygon', arcs: [[1]], properties: { lg_code: '131016', prefecture_code: '13' } },
        ],
      },
    },
  };

  it('gives one shape per municipality, joining a city’s wards, and neighbours the very same border', () => {
    const map = buildKanagawaMap(topology, ['141003', '141305']);
    expect(map.shapes.map((s) => s.code)).toEqual(['141003', '141305']);
    const [west, east] = map.shapes.map((s) => points(s.d));
    expect(east).toHaveLength(2);
    const key = (p: [number, number]) => p.join(',');
    const shared = west!.flat().map(key).filter((k) => east![0]!.map(key).includes(k));
    expect(shared).toHaveLength(2);
  });

  it('refuses a municipality the source has no shape for', () => {
    expect(() => buildKanagawaMap(topology, ['141003', '141500'])).toThrow(/141500/);
  });
});

describe('the map’s five classes', () => {
  it('are quintiles of the reported values; a missing value has no class', () => {
    const bins = quintiles([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, undefined]);
    expect(bins.bounds).toEqual([10, 30, 50, 70, 90, 100]);
    expect([10, 29, 30, 89, 90, 100].map(bins.of)).toEqual([0, 0, 1, 3, 4, 4]);
    expect(bins.of(undefined)).toBeUndefined();
    expect(quintiles([undefined]).of(5)).toBeUndefined();
  });
});
