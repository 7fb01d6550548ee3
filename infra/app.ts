import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildPortalApp } from './portal-stack';

// The stack deploys the built web app; build it first when a fresh checkout has none, so `npx cdk synth` just works.
if (!existsSync(join(import.meta.dirname, '..', 'web', 'dist', 'index.html'))) {
  execSync('npm run build:web', { stdio: ['ignore', process.stderr, process.stderr] });
}

/** CDK entry (`npx cdk synth`): environment-agnostic, so it synthesizes offline with no credentials. */
buildPortalApp().app.synth();
