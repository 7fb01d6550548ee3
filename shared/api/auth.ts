import { z } from 'zod';
import { principalSchema } from '../auth/roles';

export const localTokenRequestSchema = z.object({ userId: z.string().min(1).max(64) });
export const localTokenResponseSchema = z.object({ token: z.string() });
export const localUserSchema = principalSchema.extend({ orgName: z.string() });
export const localUserListSchema = z.object({ items: z.array(localUserSchema) });
export type LocalUser = z.infer<typeof localUserSchema>;
export const meResponseSchema = principalSchema.extend({
  orgName: z.string().optional(),
  orgNameEn: z.string().optional(),
  /** The sign-in address, from the portal's record. */
  email: z.string(),
  /** A municipal administrator (may manage their municipality's staff); false for every other role. */
  orgAdmin: z.boolean(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;
