import { randomUUID } from 'node:crypto';
import { endLocalSessions } from '../../platform/auth/local-issuer';
import type { Directory } from './directory';

/**
 * Local mode's directory: the local OpenID provider signs in whoever has an active record and reads their claims
 * from it at every token, so the records are the whole directory and nothing else needs changing here. Each
 * invitation gets a fresh id (local mode has no e-mail, so a repeated invitation is caught by the record's claim
 * on the address).
 */
export const localDirectory: Directory = {
  invite: async () => ({ userId: `u-${randomUUID()}`, existed: false }),
  update: async () => {},
  // As Cognito revokes refresh tokens here, the local provider ends the user's sessions (local-issuer.ts).
  disable: async (userId) => endLocalSessions(userId),
  enable: async () => {},
  resetPassword: async () => {},
  resetMfa: async () => {},
  signOutEverywhere: async (userId) => endLocalSessions(userId),
};
