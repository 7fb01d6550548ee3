import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const tokens = readFileSync(require.resolve('@digital-go-jp/design-tokens/dist/tokens.css'), 'utf8');
const defined = new Set([...tokens.matchAll(/(--[a-z0-9-]+):/g)].map((m) => m[1]));

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(css|tsx?)$/.test(e.name) ? [{ file: path, text: readFileSync(path, 'utf8') }] : [];
  });
}

describe('the web app’s colours and type come from the Digital Agency design system', () => {
  const files = sources(join(import.meta.dirname, '..', '..', 'web', 'src'));

  it('writes no colour by hand: no hex or rgb() literals in styles or components', () => {
    const literals = files.flatMap(({ file, text }) => [...text.matchAll(/#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![\w-])|rgba?\(/g)].map((m) => `${file}: ${m[0]}`));
    expect(literals).toEqual([]);
  });

  it('uses only design-system tokens that exist (a renamed token would silently fall back)', () => {
    const used = new Set(files.flatMap(({ text }) => [...text.matchAll(/var\((--(?:color-primitive|color-neutral|font-size|border-radius)[a-z0-9-]*)/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((t) => !defined.has(t))).toEqual([]);
  });
});
