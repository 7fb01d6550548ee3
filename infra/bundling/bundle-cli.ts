/**
 * `node --import tsx infra/bundling/bundle-cli.ts <entry> <outdir>`: what the
 * stack's assets run to bundle a function (CDK's local bundling is
 * synchronous, esbuild plugins need its asynchronous API, hence a process).
 */
import { bundleFunctionTo } from './function-bundle';

const [entry, outdir] = process.argv.slice(2);
if (!entry || !outdir) {
  console.error('usage: bundle-cli.ts <entry> <outdir>');
  process.exit(2);
}
await bundleFunctionTo(entry, outdir);
