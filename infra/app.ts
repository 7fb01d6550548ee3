import { buildPortalApp } from './portal-stack';

/** CDK entry (`npx cdk synth`): environment-agnostic, so it synthesizes offline with no credentials. */
buildPortalApp().app.synth();
