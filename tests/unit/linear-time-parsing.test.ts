import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readCsvRecords } from '../../shared/csv-records';
import { parseFiscalYear } from '../../shared/fiscal-year';
import { attachmentRequestSchema } from '../../shared/joint-projects/attachments';
import { projectInputSchema } from '../../shared/joint-projects/definition';
import { participationUpdateSchema } from '../../shared/joint-projects/participation';
import { isValidOrgCode, prefectureOrgCode } from '../../shared/org/codes';
import { planIdSchema } from '../../shared/plan/definition';
import { normaliseFigureText, parseFigure, readFigure } from '../../shared/plan/figures';
import { parsePlanImport } from '../../shared/plan/import';
import { readCsv } from '../../shared/plan/import/csv';
import { isValidPeriod } from '../../shared/shared-measures/periods';
import { normaliseText } from '../../shared/text';

/**
 * Every parser and validator that reads what people type or upload must take
 * time linear in its input: a backtracking expression turned one figure cell
 * of 10,000 spaces into 8 s of a stalled server (and of a frozen browser tab,
 * since the same parser runs on each keystroke). 100 KB is what fits in a
 * request body many times over; linear code reads it in well under 50 ms,
 * while quadratic code needs seconds.
 */
const KB100 = 100_000;
const LIMIT_MS = 50;

/** The fastest of three runs: a garbage-collection pause or a busy machine is not what this test is about. */
function millis(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    try {
      run();
    } catch {
      // Throwing on bad input is fine; only the time matters here.
    }
    best = Math.min(best, performance.now() - start);
    if (best < LIMIT_MS) break;
  }
  return best;
}

const run = (n: number, unit: string) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Long runs of what parsers skip or repeat (spaces, digits, separators), and prefixes that almost match. */
const ADVERSARIAL: Record<string, string> = {
  'digit, spaces, digit': `1${run(KB100, ' ')}1`,
  'digit, ideographic spaces, digit': `1${run(KB100, '\u3000')}1`,
  'spaces then a letter': `${run(KB100, ' ')}x`,
  'digit, spaces, 万, spaces, digit': `1${run(KB100 / 2, ' ')}万${run(KB100 / 2, ' ')}1`,
  'digits then a letter': `${run(KB100, '1')}x`,
  'digits and dots': `${run(KB100, '1.')}x`,
  'minus signs': run(KB100, '-'),
  'commas': run(KB100, ','),
  'repeated 約': `${run(KB100, '約')}1`,
  'repeated 以上': `1${run(KB100, '以上')}`,
  'repeated (累計)': `1${run(KB100, ' (累計)')}`,
  'FY then spaces': `FY${run(KB100, ' ')}x`,
  'year then spaces': `2024${run(KB100, ' ')}x`,
  '令和 then spaces': `令和${run(KB100, ' ')}6x`,
  'repeated FY': run(KB100, 'FY'),
  'period prefix repeated': run(KB100, '2024-'),
  'line ends': run(KB100, '\r\n'),
  'quotes': run(KB100, '""'),
  'an unclosed quote': `"${run(KB100, 'a')}`,
  'quoted commas': `"${run(KB100, ',')}"`,
  'at signs and dots': run(KB100, 'a.@'),
  'email-like local part': `${run(KB100, 'a.')}@`,
};

const cases = Object.entries(ADVERSARIAL);

describe('parsers of user text run in linear time on 100 KB adversarial input', () => {
  const parsers: Record<string, (text: string) => unknown> = {
    'figure parser (parseFigure)': parseFigure,
    'figure parser (readFigure)': readFigure,
    'figure normalisation': normaliseFigureText,
    'fiscal-year parser': parseFiscalYear,
    'month period': (t) => isValidPeriod('month', t),
    'fiscal-year period': (t) => isValidPeriod('fiscal_year', t),
    'as-of period': (t) => isValidPeriod('as_of', t),
    'organisation code check': isValidOrgCode,
    'prefecture of an organisation code': prefectureOrgCode,
    'CSV record reader': readCsvRecords,
    'CSV table reader': (t) => readCsv(`measure_no,target\n${t}`, 'measures'),
    'search text normalisation': normaliseText,
    'plan id': (t) => planIdSchema.safeParse(t),
    'project definition (ids, names)': (t) => projectInputSchema.safeParse({ name: t, kind: t, phases: [{ id: t, name: t }], periods: [{ id: t, label: t, deadline: t }], fields: [{ id: t, label: t, type: 'text' }], measureLinks: [{ planId: t, measureNo: t }] }),
    'participation (contact emails)': (t) => participationUpdateSchema.safeParse({ version: 0, phaseId: t, contactEmails: [t], note: t }),
    'attachment (file name)': (t) => attachmentRequestSchema.safeParse({ fileName: t, contentType: 'application/pdf', size: 1 }),
    'email format': (t) => z.email().safeParse(t),
    'date format': (t) => z.iso.date().safeParse(t),
  };

  for (const [name, parse] of Object.entries(parsers)) {
    it(name, () => {
      const slow = cases.map(([what, text]) => [what, millis(() => parse(text))] as const).filter(([, ms]) => ms > LIMIT_MS);
      expect(slow).toEqual([]);
    });
  }

  it('plan import, the figure columns of both files holding adversarial text', () => {
    const dir = resolve(import.meta.dirname, '../../data/kanagawa-dx');
    const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'));
    /** The file's header and first data rows, with `columns` of the last row replaced by `text` (and `drop` columns left out). */
    const withCells = (file: string, columns: string[], text: string, drop: string[] = []) => {
      const read = readCsvRecords(readFileSync(join(dir, file), 'utf8'));
      if (!read.ok) throw new Error(file);
      const [header, ...rows] = read.records.slice(0, 4).map((r) => r.cells);
      const keep = header!.map((name, i) => (drop.includes(name) ? -1 : i)).filter((i) => i >= 0);
      const last = rows.at(-1)!.map((cell, i) => (columns.includes(header![i]!) ? text : cell));
      return [header!, ...rows.slice(0, -1), last].map((cells) => keep.map((i) => `"${cells[i]!.replaceAll('"', '""')}"`).join(',')).join('\n');
    };
    const slow = cases
      .map(([what, text]) => {
        // Without value columns, both files' targets and actuals are read by the figure parser.
        const measuresOnly = { plan, measuresCsv: withCells('kanagawa-dx-plan-fy2024-measures.csv', ['target', 'actual'], text), fiscalYear: 2024 };
        const withIndicators = {
          ...measuresOnly,
          indicatorsCsv: withCells('kanagawa-dx-plan-fy2024-indicators.csv', ['target', 'actual', 'sub_no'], text, ['target_value', 'actual_value']),
        };
        return [what, millis(() => parsePlanImport(measuresOnly)) + millis(() => parsePlanImport(withIndicators))] as const;
      })
      .filter(([, ms]) => ms > 4 * LIMIT_MS);
    expect(slow).toEqual([]);
  });
});

/**
 * Every regular-expression literal in shared/, functions/ and web/src, found
 * with the TypeScript parser, run against long runs of the characters it
 * names itself (and of spaces, digits and letters) between prefixes and
 * endings that make it almost match. A new backtracking expression anywhere
 * fails here without anyone having to remember to add a case above.
 */
describe('every regular expression in the application code', () => {
  const root = resolve(import.meta.dirname, '../..');
  function* sources(dir: string): Generator<string> {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'node_modules' && name !== 'dist') yield* sources(path);
      } else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) yield path;
    }
  }
  const literals: { where: string; regex: RegExp }[] = [];
  for (const folder of ['shared', 'functions', 'web/src']) {
    for (const file of sources(join(root, folder))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(source);
          const end = text.lastIndexOf('/');
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          literals.push({ where: `${file.slice(root.length + 1)}:${line} ${text}`, regex: new RegExp(text.slice(1, end), text.slice(end + 1).replace(/[gy]/g, '')) });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }

  it('finds the expressions it checks', () => {
    // The figure parser's number and the fiscal-year formats at least: a scanner that finds nothing proves nothing.
    expect(literals.length).toBeGreaterThan(30);
    expect(literals.some((l) => l.where.startsWith('shared/fiscal-year.ts'))).toBe(true);
  });

  const N = 10_000;
  const META = /\\[a-zA-Z]|\\u[0-9a-fA-F]{4}|[\\^$.*+?()[\]{}|]/g;
  /** Characters the expression names literally (万, 年, F, …): runs of them get furthest into it before failing. */
  const ownCharacters = (regex: RegExp) => [...new Set(regex.source.replace(META, ''))].slice(0, 24);
  /** Its literal words (以上, 年度, Bearer …): as an ending, they make a suffix almost match. */
  const ownWords = (regex: RegExp) => [...new Set(regex.source.split(META).filter((w) => w.length > 0))].slice(0, 8);

  it('each runs in linear time on long near-matches', () => {
    const slow: string[] = [];
    for (const { where, regex } of literals) {
      const units = [...new Set([' ', '1', 'a', 'A', '-', '.', ',', '_', '\n', '万', ...ownCharacters(regex)])];
      const prefixes = ['', '1', ...ownWords(regex).slice(0, 1)];
      const endings = ['', '!', '1', '\u0000', ...ownWords(regex).map((w) => `${w}\u0000`), ...ownCharacters(regex)];
      for (const unit of units) {
        for (const prefix of prefixes) {
          for (const ending of endings) {
            const text = `${prefix}${run(N, unit)}${ending}`;
            const ms = millis(() => regex.exec(text));
            if (ms > LIMIT_MS) slow.push(`${where} on ${JSON.stringify(prefix)} + ${JSON.stringify(unit)} × ${N} + ${JSON.stringify(ending)}: ${ms.toFixed(0)} ms`);
          }
        }
      }
    }
    expect(slow).toEqual([]);
  });
});
