import { z } from 'zod';
import { roleSchema } from '../auth/roles';

/**
 * The portal's own record of a person. Names shown beside comments, reviews
 * and history come from here, never from the sign-in token: a token's `name`
 * is whatever the person last typed into their identity-provider profile, so
 * showing it would let anyone pose as someone else.
 */
export const userRecordSchema = z.object({
  userId: z.string(),
  name: z.string().max(100),
  role: roleSchema,
  orgCode: z.string().regex(/^\d{6}$/),
  bureau: z.string().max(64).optional(),
  status: z.enum(['active', 'disabled']),
});
export type UserRecord = z.infer<typeof userRecordSchema>;

/** What is shown for someone the portal has no record of (e.g. removed long ago): their id, never a claimed name. */
export const unknownUserName = (userId: string) => userId;
