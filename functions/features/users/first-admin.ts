import type { UserRecord } from '../../../shared/users/user';
import { directory } from './directory';
import { createUser, findUserIdByEmail, userEntity } from './users.table';

/** Who made the first administrator: no one signed in yet, so the system, named in the audit trail. */
export const SYSTEM_ACTOR = { userId: 'system', role: 'prefecture_admin' } as const;

/**
 * The first prefecture administrator of a new deployment (scripts/create-first-admin.ts): the Cognito account
 * (which e-mails the temporary password) and the portal's record, audited as the system. Run again with the
 * same address it finishes what an interrupted run began, or reports that the administrator exists.
 */
export async function createFirstAdmin(prefCode: string, input: { email: string; name: string }): Promise<{ userId: string; created: boolean }> {
  const existing = await findUserIdByEmail(prefCode, input.email);
  if (existing) return { userId: existing, created: false };
  const { userId } = await (await directory()).invite({ email: input.email, name: input.name, role: 'prefecture_admin', orgCode: prefCode });
  const at = new Date().toISOString();
  const user: UserRecord = { userId, email: input.email, name: input.name, role: 'prefecture_admin', orgCode: prefCode, orgAdmin: false, status: 'active', createdAt: at, updatedAt: at, version: 1 };
  await createUser(prefCode, user, { entity: userEntity(prefCode, userId), action: 'user.invite', actor: SYSTEM_ACTOR, at, after: user, reason: 'npm run create-first-admin' });
  return { userId, created: true };
}
