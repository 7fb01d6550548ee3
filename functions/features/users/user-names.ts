import { unknownUserName } from '../../../shared/users/user';
import { getUsers } from './users.table';

type Named = { userId: string; name: string };

/**
 * Replaces the `name` of every actor in `actors` with the name in the portal's
 * own user records (shared/users/user.ts says why), in one read.
 */
export async function withRecordedNames<T extends Named>(prefCode: string, actors: readonly T[]): Promise<T[]> {
  if (actors.length === 0) return [];
  const users = await getUsers(prefCode, actors.map((a) => a.userId));
  const names = new Map(users.map((u) => [u.userId, u.name]));
  return actors.map((a) => ({ ...a, name: names.get(a.userId) ?? unknownUserName(a.userId) }));
}
