import type { Principal } from '../../shared/auth/roles';

/** Hono environment of the app: the verified caller, set by `authenticate`. */
export type AppEnv = { Variables: { principal: Principal } };
