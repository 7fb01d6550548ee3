import type { Principal } from '../../../shared/auth/roles';

/**
 * Hono environment of the app, set by `authenticate`: the verified caller, and
 * the prefecture whose data the caller works in (the first part of every key).
 */
export type AppEnv = { Variables: { principal: Principal; prefCode: string } };
