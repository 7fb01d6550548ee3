import type { Principal } from '../../../shared/auth/roles';

/** The caller as their record in the portal has them (the user-account check of `authenticate`). */
export interface SignedInAccount {
  principal: Principal;
  email: string;
  /** A municipal administrator: may manage their own municipality's staff. */
  orgAdmin: boolean;
}

/**
 * Hono environment of the app, set by `authenticate`: the verified caller, their account, and
 * the prefecture whose data the caller works in (the first part of every key).
 */
export type AppEnv = { Variables: { principal: Principal; account: SignedInAccount; prefCode: string } };
