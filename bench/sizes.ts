import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * The Lambda bundle as the CDK stack builds it (esbuild, ESM, minified, for
 * Node 24, the AWS SDK left to the runtime). With `withSdk` the SDK is bundled
 * too, which is what a cold start loads either way.
 */
export async function lambdaBundleBytes(withSdk = false): Promise<{ bytes: number; gzipBytes: number; code: string }> {
  const out = await build({
    entryPoints: ['functions/lambda.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    external: withSdk ? [] : ['@aws-sdk/*'],
    write: false,
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.text;
  return { bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length, code };
}

/** The JavaScript the browser loads before the first page renders: index.html's script and modulepreloads. */
export function webInitialJs(distDir = 'web/dist'): { files: string[]; gzipBytes: number; allGzipBytes: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (file: string) => gzipSync(readFileSync(join(distDir, file))).length;
  const all = readdirSync(join(distDir, 'assets')).filter((f) => f.endsWith('.js'));
  return {
    files,
    gzipBytes: files.reduce((sum, f) => sum + gz(f), 0),
    allGzipBytes: all.reduce((sum, f) => sum + gz(join('assets', f)), 0),
  };
}
