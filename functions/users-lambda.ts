import { handle } from 'hono/aws-lambda';
import { createApp } from './app';
import { requireSettings, startOrExplain } from './platform/config';

// At init, before any request: deployed without its settings, the function fails naming them instead of serving local defaults.
startOrExplain(() => requireSettings('users'));

/**
 * The user-administration entry: the same app as functions/lambda.ts, deployed as a second function to which API
 * Gateway routes `/api/users` and `/api/users/{proxy+}`, so that only this function's role holds the user pool's
 * admin actions (COGNITO_ADMIN_ACTIONS, functions/features/users/cognito-directory.ts).
 */
export const handler = handle(createApp());
