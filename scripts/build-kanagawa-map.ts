/**
 * Builds the comparison map's geometry: `npx tsx scripts/build-kanagawa-map.ts`.
 *
 * Reads the national municipal boundaries (../shared/data/maps, TopoJSON from
 * 国土数値情報 via the Digital Agency, CC BY 4.0), keeps Kanagawa's 33
 * municipalities, projects them (equirectangular, longitudes scaled by the
 * cosine of Kanagawa's latitude: at this size the error is far below a pixel),
 * simplifies every shared border once (Douglas–Peucker per TopoJSON arc, so
 * neighbours keep the same border and no gaps open) and writes integer SVG
 * paths to web/src/features/shared-measures/map/kanagawa-shapes.json. The app
 * and CI use only that committed file; tests/unit/kanagawa-map.test.ts checks
 * it still equals what this script produces when the source data is present.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
export const MAP_SOURCE = join(ROOT, '..', 'shared', 'data', 'maps', 'ja_municipality_area.topojson.json');
export const MUNICIPALITIES_CSV = join(ROOT, 'data', 'kanagawa-dx', 'kanagawa-municipalities.csv');
export const SHAPES_FILE = join(ROOT, 'web', 'src', 'features', 'shared-measures', 'map', 'kanagawa-shapes.json');

/** Width of the viewBox; one unit is about 90 m, finer than the source's own simplification. */
const WIDTH = 800;
const PADDING = 4;
/** Douglas–Peucker tolerance in viewBox units: the source is already simplified, so this drops only points closer than rounding shows. */
const TOLERANCE = 0.5;
const REFERENCE_LATITUDE = 35.4;

type Position = [number, number];
interface Geometry {
  type: 'Polygon' | 'MultiPolygon' | null;
  arcs?: number[][] | number[][][];
  properties: { lg_code: string; prefecture_code: string | number };
}
export interface Topology {
  type: 'Topology';
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: Position[][];
  objects: Record<string, { type: string; geometries: Geometry[] }>;
}
export interface KanagawaShapes {
  source: string;
  viewBox: string;
  shapes: { code: string; d: string }[];
}

/** The arc's positions in longitude/latitude (TopoJSON quantized arcs are delta-encoded). */
function decodeArc(topology: Topology, index: number): Position[] {
  const t = topology.transform;
  let x = 0;
  let y = 0;
  return topology.arcs[index]!.map(([dx, dy]) => {
    if (!t) return [dx, dy];
    x += dx;
    y += dy;
    return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
  });
}

function simplify(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points;
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first]!;
    const [bx, by] = points[last]!;
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i]!;
      // A closed arc (first = last) has no line: measure from the point instead.
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function withoutRepeats(points: Position[]): Position[] {
  return points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[(i + 1) % ring.length]!;
    sum += ax * by - bx * ay;
  }
  return Math.abs(sum) / 2;
}

/** One ring as a compact path: absolute move, then relative integer steps (a minus sign needs no separator). */
function ringPath(ring: Position[]): string {
  let d = `M${ring[0]![0]} ${ring[0]![1]}l`;
  for (let i = 1; i < ring.length; i++) {
    for (const n of [ring[i]![0] - ring[i - 1]![0], ring[i]![1] - ring[i - 1]![1]]) {
      d += n < 0 || d.endsWith('l') ? String(n) : ` ${n}`;
    }
  }
  return `${d}z`;
}

/** Kanagawa's municipalities as one SVG path each, in the order of `codes`. Throws unless each code has shapes. */
export function buildKanagawaMap(topology: Topology, codes: readonly string[]): KanagawaShapes {
  const geometries = Object.values(topology.objects).flatMap((o) => o.geometries);
  // A designated city would be several geometries if the source split it into wards: all of them make its shape.
  const polygonsOf = new Map<string, number[][][]>(codes.map((c) => [c, []]));
  for (const g of geometries) {
    if (String(g.properties.prefecture_code).padStart(2, '0') !== '14') continue;
    const polygons = polygonsOf.get(g.properties.lg_code);
    if (!polygons || !g.arcs) continue;
    polygons.push(...(g.type === 'Polygon' ? [g.arcs as number[][]] : (g.arcs as number[][][])));
  }
  const missing = [...polygonsOf].filter(([, p]) => p.length === 0).map(([c]) => c);
  if (missing.length > 0) throw new Error(`No shapes for ${missing.join(', ')} in the map source`);

  const arcIndexes = new Set([...polygonsOf.values()].flat(3).map((i) => (i < 0 ? ~i : i)));
  const lonLat = new Map([...arcIndexes].map((i) => [i, decodeArc(topology, i)]));
  const all = [...lonLat.values()].flat();
  const [west, east] = [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
  const [south, north] = [Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
  const xScale = Math.cos((REFERENCE_LATITUDE * Math.PI) / 180);
  const scale = (WIDTH - 2 * PADDING) / ((east - west) * xScale);
  const height = Math.ceil((north - south) * scale + 2 * PADDING);
  const project = ([lon, lat]: Position): Position => [PADDING + (lon - west) * xScale * scale, PADDING + (north - lat) * scale];

  const arcs = new Map(
    [...lonLat].map(([i, points]) => [i, withoutRepeats(simplify(points.map(project), TOLERANCE).map(([x, y]) => [Math.round(x), Math.round(y)]))]),
  );
  const ring = (indexes: number[]): Position[] => {
    const points: Position[] = [];
    for (const index of indexes) {
      const arc = index < 0 ? [...arcs.get(~index)!].reverse() : arcs.get(index)!;
      points.push(...(points.length > 0 ? arc.slice(1) : arc));
    }
    return withoutRepeats(points.slice(0, -1));
  };

  const shapes = codes.map((code) => {
    const rings = polygonsOf.get(code)!.flatMap((polygon) => polygon.map(ring));
    // Islets that round to nothing are dropped; a municipality always keeps its largest ring.
    const largest = Math.max(...rings.map(ringArea));
    const kept = rings.filter((r) => r.length >= 3 && (ringArea(r) >= 2 || ringArea(r) === largest));
    return { code, d: kept.map(ringPath).join('') };
  });
  return {
    source: 'Generated by scripts/build-kanagawa-map.ts from ../shared/data/maps/ja_municipality_area.topojson.json (国土交通省 国土数値情報（行政区域データ）, processed by the Digital Agency, CC BY 4.0). Do not edit by hand.',
    viewBox: `0 0 ${WIDTH} ${height}`,
    shapes,
  };
}

/** The 33 municipality codes of kanagawa-municipalities.csv (the prefecture itself has no shape of its own). */
export function municipalityCodes(csv = readFileSync(MUNICIPALITIES_CSV, 'utf8')): string[] {
  const rows = parse(csv, { columns: true, skip_empty_lines: true, bom: true }) as { code: string; kind: string }[];
  return rows.filter((r) => r.kind !== 'prefecture').map((r) => r.code);
}

/** The file's text: one shape a line, so a regenerated map diffs by municipality. */
export function shapesFileText(map: KanagawaShapes): string {
  const shapes = map.shapes.map((s) => `    ${JSON.stringify(s)}`).join(',\n');
  return `{\n  "source": ${JSON.stringify(map.source)},\n  "viewBox": ${JSON.stringify(map.viewBox)},\n  "shapes": [\n${shapes}\n  ]\n}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const topology = JSON.parse(readFileSync(MAP_SOURCE, 'utf8')) as Topology;
  const text = shapesFileText(buildKanagawaMap(topology, municipalityCodes()));
  writeFileSync(SHAPES_FILE, text);
  console.log(`${SHAPES_FILE}: ${Buffer.byteLength(text)} bytes`);
}
