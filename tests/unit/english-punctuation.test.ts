import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * English text uses half-width punctuation (issue 16): the English argument of every `tr(ja, en)` in the web app
 * is read with the TypeScript parser — the literal text of a string or template, not the expressions inside —
 * and must hold none of 、。（）「」：.
 */
const FULL_WIDTH = /[、。（）「」：]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The literal text of a string or template argument (a conditional's two branches too); nothing for other expressions. */
function literalText(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  if (ts.isConditionalExpression(node)) return [...literalText(node.whenTrue), ...literalText(node.whenFalse)];
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  return [];
}

function englishArguments(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'tr' && node.arguments.length === 2) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      for (const text of literalText(node.arguments[1]!)) found.push({ line, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('English text in the web app', () => {
  const files = sourceFiles('web/src');
  const all = files.flatMap((file) => englishArguments(file).map((a) => ({ ...a, file })));

  it('is found: the scan reads the tr() calls of every page', () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all.some((a) => a.text === 'Measures')).toBe(true);
  });

  it('uses half-width punctuation only', () => {
    const offending = all.filter((a) => FULL_WIDTH.test(a.text)).map((a) => `${a.file}:${a.line} ${a.text}`);
    expect(offending).toEqual([]);
  });
});
