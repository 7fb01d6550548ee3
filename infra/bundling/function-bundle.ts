import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';

/**
 * How every Lambda function of the portal is bundled: esbuild, ESM, minified,
 * for the Lambda runtime's Node, the AWS SDK left to the runtime. The stack
 * (through `bundle-cli.ts`) and the benchmark both build with this, so the
 * size the benchmark prints is the size that is deployed.
 */

/**
 * zod's namespace object (which @hono/zod-openapi extends, so it cannot be
 * tree-shaken) carries all 49 of zod's message locales, about 250 KB of the
 * bundle; the portal speaks Japanese and English only.
 */
const zodJapaneseAndEnglishOnly: Plugin = {
  name: 'zod-japanese-and-english-only',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";\nexport { default as ja } from "./ja.js";\n',
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * Parts of zod's namespace the portal never calls (ahead-of-time schema
 * compilation, reading JSON Schema back into zod), about 40 KB: each export
 * is kept by name but throws if ever called, so a future use fails loudly.
 */
const zodUnusedParts: Plugin = {
  name: 'zod-unused-parts',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]zod[\\/]v4[\\/](core[\\/]compile|classic[\\/]from-json-schema)\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const names = [...source.matchAll(/^export (?:const|class|function) (\w+)/gm)].map((m) => m[1]!);
      const stub = (name: string) =>
        `export const ${name} = () => { throw new Error("zod's ${name} is left out of the Lambda bundle (infra/bundling/function-bundle.ts)"); };`;
      return { contents: names.map(stub).join('\n'), loader: 'js' };
    });
  },
};

/**
 * Local mode — demo sign-in that mints any user's token, signed local file
 * links, the data directory's secret — is for `npm start` and the tests; a
 * deployed function refuses to run in it (requireSettings in
 * functions/platform/config.ts). Its code is left out of the deployed bundle too, so no
 * setting can ever switch it on in AWS (and the bundle is ~15 KB smaller):
 * each export is kept by name but throws if ever called.
 */
const LOCAL_ONLY =
  /[\\/]functions[\\/](?:platform[\\/](?:auth[\\/](?:local-issuer|demo-users)|files[\\/]local-file-store)|local[\\/](?:auth-routes|file-routes|local-secret))\.ts$/;
const localModeLeftOut: Plugin = {
  name: 'local-mode-left-out',
  setup(builder) {
    builder.onLoad({ filter: LOCAL_ONLY }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const names = [...source.matchAll(/^export (?:async )?(?:const|class|function) (\w+)/gm)].map((m) => m[1]!);
      const stub = (name: string) => `export const ${name} = () => { throw new Error("local mode is not part of a deployed function (${name})"); };`;
      return { contents: names.map(stub).join('\n'), loader: 'js' };
    });
  },
};

/** SDK clients the functions import dynamically (tests/infra/bundling.test.ts keeps them so). */
const LOADED_ON_FIRST_USE = ['@aws-sdk/client-s3', '@aws-sdk/s3-request-presigner', '@aws-sdk/client-sesv2'];

export function functionBuildOptions(entry: string, options: { withSdk?: boolean } = {}): BuildOptions {
  return {
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    // The runtime ships AWS SDK v3; bundling it would roughly double the bundle.
    // With the SDK bundled in (to measure a cold start, or to run the bundle outside Lambda), the clients the
    // functions import only on first use (S3 for attachments, SES for reminders) stay outside, as in Lambda,
    // where the runtime loads them only when a request needs them.
    external: options.withSdk ? LOADED_ON_FIRST_USE : ['@aws-sdk/*'],
    // ESM bundles of CommonJS dependencies still call require().
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    // Japanese messages as UTF-8 (3 bytes a character) rather than \u escapes (6).
    charset: 'utf8',
    plugins: [zodJapaneseAndEnglishOnly, zodUnusedParts, localModeLeftOut],
    logLevel: 'warning',
  };
}

/** Writes `index.mjs` and its source map (names and lines, no sources: smaller to parse at cold start) to `outdir`. */
export async function bundleFunctionTo(entry: string, outdir: string): Promise<void> {
  await build({ ...functionBuildOptions(entry), outfile: `${outdir}/index.mjs`, sourcemap: true, sourcesContent: false });
}

/** The bundle in memory, for measuring it. */
export async function bundleFunctionInMemory(entry: string, options: { withSdk?: boolean } = {}): Promise<string> {
  const out = await build({ ...functionBuildOptions(entry, options), write: false, logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}
