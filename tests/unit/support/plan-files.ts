import { readFileSync } from 'node:fs';
import { parsePlanImport, type PlanImportInput, type PlanImportParse } from '../../../shared/plan/import';
import { planDefinitionSchema } from '../../../shared/plan/definition';
import { buildPlanSummary } from '../../../shared/rating/summary';
import type { PlanSummary, SummaryGroup } from '../../../shared/api/plans';

const read = (path: string) => readFileSync(path, 'utf8');

/** The FY2024 DX plan files as kept in the repository (copies of ../shared/data). */
export const dxFiles = (): PlanImportInput & { indicatorsCsv: string } => ({
  plan: JSON.parse(read('data/kanagawa-dx/plan.json')),
  measuresCsv: read('data/kanagawa-dx/kanagawa-dx-plan-fy2024-measures.csv'),
  indicatorsCsv: read('data/kanagawa-dx/kanagawa-dx-plan-fy2024-indicators.csv'),
  fiscalYear: 2024,
});

/** The three-level test plan (柱 → 中柱 → 分野) with its ◎ above / ○ met / △ below / ― scheme. */
export const ictFiles = (): PlanImportInput & { indicatorsCsv: string } => ({
  plan: JSON.parse(read('tests/fixtures/ict-plan/plan.json')),
  measuresCsv: read('tests/fixtures/ict-plan/measures.csv'),
  indicatorsCsv: read('tests/fixtures/ict-plan/indicators.csv'),
  fiscalYear: 2019,
});

/** The DX plan's rating scheme, parsed as the import parses it. */
export const dxScheme = () => planDefinitionSchema.parse(JSON.parse(read('data/kanagawa-dx/plan.json'))).ratingScheme;
export const ictScheme = () => planDefinitionSchema.parse(JSON.parse(read('tests/fixtures/ict-plan/plan.json'))).ratingScheme;

export type ParsedImport = Extract<PlanImportParse, { ok: true }>;

/** The parse of valid files; fails the test with the first errors otherwise. */
export function parsedOk(input: PlanImportInput): ParsedImport {
  const result = parsePlanImport(input);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors.slice(0, 5))}`);
  return result;
}

/** The errors of invalid files as `file:row:column`; fails the test if the files were accepted. */
export function errorsOf(input: PlanImportInput): string[] {
  const result = parsePlanImport(input);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.errors.map((e) => `${e.file}:${e.row}:${e.column}`);
}

export const summaryOf = (parsed: ParsedImport, fiscalYear: number): PlanSummary =>
  buildPlanSummary({ planId: parsed.plan.id, fiscalYear, scheme: parsed.plan.ratingScheme, groups: parsed.groups, measures: parsed.measures, results: parsed.results });

/** A summary group by its path, at any depth. */
export function groupIn(groups: readonly SummaryGroup[], path: string): SummaryGroup {
  for (const g of groups) {
    if (g.id === path) return g;
    if (path.startsWith(`${g.id}/`)) return groupIn(g.groups, path);
  }
  throw new Error(`no group ${path}`);
}

/** Replaces one cell of a CSV line (fields without quotes only) by column name. */
export function setCell(csv: string, row: number, column: string, value: string): string {
  const lines = csv.split('\n');
  const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
  const index = header.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  const cells = splitCsvLine(lines[row]!);
  cells[index] = value;
  lines[row] = cells.join(',');
  return lines.join('\n');
}

/** Removes a column (header and cells) from a CSV text. */
export function dropColumn(csv: string, column: string): string {
  const lines = csv.split('\n');
  const index = lines[0]!.replace(/^\uFEFF/, '').split(',').indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  return lines.map((line) => (line === '' ? line : splitCsvLine(line).filter((_, i) => i !== index).join(','))).join('\n');
}

/** Splits one CSV line into its raw fields, keeping quoted fields (and their quotes) whole. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}
