import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleFunctionInMemory } from '../infra/bundling/function-bundle';

/**
 * A Lambda bundle exactly as the stack builds it (infra/bundling). With
 * `withSdk` the AWS SDK is bundled too, which is what a cold start loads either way.
 */
export async function lambdaBundleBytes(entry = 'functions/lambda.ts', withSdk = false): Promise<{ bytes: number; gzipBytes: number; code: string }> {
  const code = await bundleFunctionInMemory(entry, { withSdk });
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
