import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * What the Lambda bundle leaves out of zod (infra/bundling/function-bundle.ts).
 * zod's namespace object, which @hono/zod-openapi extends, cannot be
 * tree-shaken, so parts the portal never calls are replaced here. Each
 * replaced export keeps its name but throws if ever called, so a future use
 * fails loudly; tests/infra/bundling.test.ts runs the bundle and compares its
 * API document with the one built from source.
 */

/** Export names of an ES module's source: `export const|class|function x` and `export { a as x }`. */
function exportNames(source: string): string[] {
  const declared = [...source.matchAll(/^export (?:const|class|function) (\w+)/gm)].map((m) => m[1]!);
  const renamed = [...source.matchAll(/^export \{ \w+ as (\w+) \};/gm)].map((m) => m[1]!);
  return [...declared, ...renamed];
}

const thrower = (name: string) => `() => { throw new Error("zod's ${name} is left out of the Lambda bundle (infra/bundling/zod-trimming.ts)"); }`;

/** Replaces a module with stubs; `makers` are called at schema creation and return a stub instead of throwing. */
function stubbed(filter: RegExp, options: { keepUpTo?: RegExp; makers?: readonly string[] } = {}): Plugin {
  return {
    name: `zod-stubbed-${filter.source}`,
    setup(builder) {
      builder.onLoad({ filter }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const cut = options.keepUpTo ? source.search(options.keepUpTo) : 0;
        const kept = cut > 0 ? source.slice(0, cut) : '';
        const stubs = exportNames(source.slice(Math.max(cut, 0))).map((name) =>
          options.makers?.includes(name) ? `export const ${name} = () => ${thrower(name)};` : `export const ${name} = ${thrower(name)};`,
        );
        return { contents: `${kept}\n${stubs.join('\n')}`, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

/** zod's 49 message locales, about 250 KB: the portal speaks Japanese and English only. */
const japaneseAndEnglishOnly: Plugin = {
  name: 'zod-japanese-and-english-only',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";\nexport { default as ja } from "./ja.js";\n',
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

export const zodTrimmed: readonly Plugin[] = [
  japaneseAndEnglishOnly,
  // Ahead-of-time schema compilation and reading JSON Schema back into zod, about 40 KB.
  stubbed(/[\\/]zod[\\/]v4[\\/](core[\\/]compile|classic[\\/]from-json-schema)\.js$/),
  // Turning schemas into JSON Schema, about 20 KB: the API document is written by zod-to-openapi, which walks the
  // schemas itself. aggregateChecks stays: a schema's minLength, maxLength and format read it.
  stubbed(/[\\/]zod[\\/]v4[\\/]core[\\/]json-schema-processors\.js$/, { keepUpTo: /^export const stringProcessor/m }),
  stubbed(/[\\/]zod[\\/]v4[\\/]core[\\/]to-json-schema\.js$/, { makers: ['createToJSONSchemaMethod', 'createStandardJSONSchemaMethod'] }),
];
