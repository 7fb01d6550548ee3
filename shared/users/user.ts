import { z } from 'zod';
import { roleSchema } from '../auth/roles';

export const USER_STATUSES = ['active', 'disabled'] as const;

/**
 * The portal's own record of a person. Names shown beside comments, reviews
 * and history come from here, never from the sign-in token: a token's `name`
 * is whatever the person last typed into their identity-provider profile, so
 * showing it would let anyone pose as someone else.
 *
 * It is also what every request is checked against (functions/platform/auth/authenticate.ts):
 * a token from before `validAfter`, or naming a role or organisation the record no longer has, is refused.
 */
export const userRecordSchema = z.object({
  userId: z.string(),
  /** The sign-in address (Cognito's username is its `sub`, the userId; the address identifies the invitation). */
  email: z.string().max(254),
  name: z.string().max(100),
  role: roleSchema,
  orgCode: z.string().regex(/^\d{6}$/),
  bureau: z.string().max(64).optional(),
  /** A municipal_staff member who administers their own municipality's staff (invites, disables, re-enables). */
  orgAdmin: z.boolean(),
  status: z.enum(USER_STATUSES),
  /** Epoch seconds: tokens issued before this are refused (disable, move, sign out everywhere). */
  validAfter: z.number().int().optional(),
  /** When a token of this user was first used (ISO); written once per token, not on every request. */
  lastSignInAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int().min(0),
});
export type UserRecord = z.infer<typeof userRecordSchema>;

/** What is shown for someone the portal has no record of (e.g. removed long ago): their id, never a claimed name. */
export const unknownUserName = (userId: string) => userId;

/** A municipal administrator: may manage their own municipality's municipal_staff. */
export const isOrgAdmin = (u: Pick<UserRecord, 'role' | 'orgAdmin'>) => u.role === 'municipal_staff' && u.orgAdmin;
