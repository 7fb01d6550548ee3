import type { VerifiedToken } from '../../platform/auth/claims';
import type { SignedInAccount } from '../../platform/auth/context';
import { config } from '../../platform/config';
import { DomainError } from '../../../shared/errors';
import type { UserRecord } from '../../../shared/users/user';
import { findUser, recordSignIn } from './users.table';

/**
 * Every request's check of the caller against their record (functions/platform/auth/authenticate.ts calls it;
 * functions/app.ts hands it over): a disabled or moved user, or one signed out everywhere, loses access within
 * config().userCacheSeconds, while a warm process reads nothing from DynamoDB for it.
 */

type Entry = { record: UserRecord | undefined; readAt: number };
const cache = new Map<string, Entry>();
const MAX_CACHED = 10_000;
const cacheKey = (prefCode: string, userId: string) => `${prefCode}:${userId}`;

export const sessionRevoked = () =>
  new DomainError('unauthenticated', 'session_revoked', {
    ja: 'アカウントの状態または権限が変わったため、このサインインは使えなくなりました。もう一度サインインしてください。',
    en: 'Your account or its access has changed, so this sign-in is no longer valid. Please sign in again.',
  });

async function recordOf(prefCode: string, userId: string, now: number): Promise<Entry> {
  const key = cacheKey(prefCode, userId);
  const hit = cache.get(key);
  const ttl = config().userCacheSeconds * 1000;
  if (hit && now - hit.readAt < ttl) return hit;
  const entry = { record: await findUser(prefCode, userId), readAt: now };
  // Bounded: a process serving many people forgets them all at once rather than growing without end.
  if (cache.size >= MAX_CACHED) cache.clear();
  if (ttl > 0) cache.set(key, entry);
  return entry;
}

/**
 * The caller's account when the token still stands for it: the record exists, is active, was not changed or
 * signed out since the token was issued, and names the same role, organisation and bureau. Otherwise 401
 * session_revoked. The name shown is the record's, never the token's (shared/users/user.ts).
 */
export async function checkAccount(verified: VerifiedToken, prefCode: string, now = Date.now()): Promise<SignedInAccount> {
  const { principal, issuedAt } = verified;
  const entry = await recordOf(prefCode, principal.userId, now);
  const user = entry.record;
  if (
    !user ||
    user.status !== 'active' ||
    (user.validAfter ?? 0) > issuedAt ||
    user.role !== principal.role ||
    user.orgCode !== principal.orgCode ||
    (user.bureau ?? undefined) !== (principal.bureau ?? undefined)
  ) {
    throw sessionRevoked();
  }
  // The first use of each token is a sign-in; later requests with it write nothing.
  const issued = new Date(issuedAt * 1000).toISOString();
  if (!user.lastSignInAt || user.lastSignInAt < issued) {
    const at = new Date(Math.max(now, issuedAt * 1000)).toISOString();
    const wrote = await recordSignIn(prefCode, user.userId, issued, at);
    // Either way the token's sign-in is on record now: this process does not try again for it.
    entry.record = { ...user, lastSignInAt: wrote ? at : issued };
  }
  return {
    principal: { userId: user.userId, name: user.name, role: user.role, orgCode: user.orgCode, ...(user.bureau ? { bureau: user.bureau } : {}) },
    email: user.email,
    orgAdmin: user.role === 'municipal_staff' && user.orgAdmin,
  };
}

/** Drops one user from this process's cache, after an administrator changed their account here. */
export function forgetAccount(prefCode: string, userId: string): void {
  cache.delete(cacheKey(prefCode, userId));
}
