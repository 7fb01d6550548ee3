import { handle } from 'hono/aws-lambda';
import { createApp } from './app';
import { requireSettings, startOrExplain } from './platform/config';

// At init, before any request: deployed without its settings, the function fails naming them instead of serving local defaults.
startOrExplain(() => requireSettings('api'));

/** The Lambda entry: the Hono app behind API Gateway's HTTP API ($default stage). */
export const handler = handle(createApp());
