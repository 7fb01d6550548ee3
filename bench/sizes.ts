import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleFunctionInMemory } from '../infra/bundling/function-bundle';

/**
 * A Lambda bundle exactly as the stack builds it (infra/bundling): every file
 * deployed (the entry and its chunks) and, apart, the entry a cold start
 * loads. With `withSdk` the AWS SDK is bundled too, which is what a cold start
 * loads either way.
 */
export async function lambdaBundleBytes(entry = 'functions/lambda.ts', withSdk = false) {
  const files = await bundleFunctionInMemory(entry, { withSdk });
  const bytes = (text: string) => Buffer.byteLength(text);
  return {
    bytes: files.reduce((sum, f) => sum + bytes(f.text), 0),
    gzipBytes: files.reduce((sum, f) => sum + gzipSync(f.text).length, 0),
    entryBytes: bytes(files[0]!.text),
    chunks: files.length - 1,
    files,
  };
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

/** One lazily loaded chunk of the web build by its module's name (e.g. `ChoroplethMap`, the map and its geometry), gzipped. */
export function webChunk(name: string, distDir = 'web/dist'): { file: string; gzipBytes: number } | undefined {
  const file = readdirSync(join(distDir, 'assets')).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
  return file ? { file: `assets/${file}`, gzipBytes: gzipSync(readFileSync(join(distDir, 'assets', file))).length } : undefined;
}
