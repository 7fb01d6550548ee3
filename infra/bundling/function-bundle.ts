import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { build, type BuildOptions, type OutputFile, type Plugin } from 'esbuild';
import { zodTrimmed } from './zod-trimming';

/**
 * How every Lambda function of the portal is bundled: esbuild, ESM, minified,
 * for the Lambda runtime's Node, the AWS SDK left to the runtime. The stack
 * (through `bundle-cli.ts`) and the benchmark both build with this, so the
 * size the benchmark prints is the size that is deployed.
 */

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
const LOADED_ON_FIRST_USE = ['@aws-sdk/client-s3', '@aws-sdk/s3-request-presigner', '@aws-sdk/client-sesv2', '@aws-sdk/client-cognito-identity-provider'];

export function functionBuildOptions(entry: string, options: { withSdk?: boolean } = {}): BuildOptions {
  return {
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    // ESM builds first where a package ships both (esbuild's node default is `main`, often CommonJS, which it
    // cannot tree-shake): zod-to-openapi's ESM build is 1.6 KB smaller in the deployed API.
    mainFields: ['module', 'main'],
    // The runtime ships AWS SDK v3; bundling it would roughly double the bundle.
    // With the SDK bundled in (to measure a cold start, or to run the bundle outside Lambda), the clients the
    // functions import only on first use (S3 for attachments, SES for reminders) stay outside, as in Lambda,
    // where the runtime loads them only when a request needs them.
    external: options.withSdk ? LOADED_ON_FIRST_USE : ['@aws-sdk/*'],
    // Japanese messages as UTF-8 (3 bytes a character) rather than \u escapes (6).
    charset: 'utf8',
    plugins: [...zodTrimmed, localModeLeftOut],
    logLevel: 'warning',
  };
}

/** A bundle's files: `index.mjs` first, then the chunks it imports on first use (each feature's routes). */
export type BundleFiles = readonly { readonly path: string; readonly text: string }[];

/**
 * Code splitting: what the entry imports dynamically (a feature's routers, functions/app.ts) becomes a chunk of
 * its own, parsed only when a request first needs it; the entry is what a cold start loads.
 */
const split = (outdir: string): BuildOptions => ({
  outdir,
  splitting: true,
  entryNames: 'index',
  // Hash-named chunks beside the entry: their names recur in every import between them.
  chunkNames: '[hash]',
  outExtension: { '.js': '.mjs' },
});

/**
 * ESM bundles of CommonJS dependencies still call require(), through esbuild's shim: a file whose code calls it
 * gets `require` defined on its first line (and its source map moves down a line). The deployed API calls none
 * (the AWS SDK comes from the runtime), so its files carry no such line.
 */
const REQUIRE_SHIM = 'Dynamic require of "';
const REQUIRE_LINE = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);\n";

function withRequireWhereCalled(outdir: string, outputs: readonly OutputFile[]): BundleFiles {
  const calling = new Set(outputs.filter((f) => f.path.endsWith('.mjs') && f.text.includes(REQUIRE_SHIM)).map((f) => f.path));
  const files = outputs.map((f) => {
    const path = relative(outdir, f.path).split(sep).join('/');
    if (calling.has(f.path)) return { path, text: REQUIRE_LINE + f.text };
    if (calling.has(f.path.replace(/\.map$/, ''))) {
      const map = JSON.parse(f.text) as { mappings: string };
      return { path, text: JSON.stringify({ ...map, mappings: `;${map.mappings}` }) };
    }
    return { path, text: f.text };
  });
  return files.sort((a, b) => Number(b.path === 'index.mjs') - Number(a.path === 'index.mjs'));
}

/** Writes `index.mjs`, its chunks and their source maps (names and lines, no sources: smaller to parse at cold start) to `outdir`. */
export async function bundleFunctionTo(entry: string, outdir: string): Promise<void> {
  const out = await build({ ...functionBuildOptions(entry), ...split(outdir), sourcemap: true, sourcesContent: false, write: false });
  writeBundle(outdir, withRequireWhereCalled(outdir, out.outputFiles));
}

/** The bundle in memory, for measuring it or running it from a directory of its own (writeBundle). */
export async function bundleFunctionInMemory(entry: string, options: { withSdk?: boolean } = {}): Promise<BundleFiles> {
  const outdir = resolve('.bundle-in-memory');
  const out = await build({ ...functionBuildOptions(entry, options), ...split(outdir), write: false, logLevel: 'silent' });
  return withRequireWhereCalled(outdir, out.outputFiles);
}

/** Writes a bundle to `dir`; returns the path of its `index.mjs`. */
export function writeBundle(dir: string, files: BundleFiles): string {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return join(dir, 'index.mjs');
}
