import { z } from 'zod';
import { roleSchema } from '../auth/roles';
import { seenBy } from '../auth/visibility';
import { USER_STATUSES } from '../users/user';
import { bilingual } from '../validation/messages';

/**
 * The users API (issue 14): the 利用者管理 page of prefecture administrators
 * and municipal administrators. Paths:
 * - GET    /api/users?orgCode&role&status&cursor&limit → UserList
 * - POST   /api/users                                  UserInvite → 201 UserView
 * - PATCH  /api/users/{userId}                         UserUpdate → UserView (prefecture_admin)
 * - POST   /api/users/{userId}/disable | /enable       VersionBody → UserView
 * - POST   /api/users/{userId}/reset-password | /reset-mfa  VersionBody → UserView (prefecture_admin)
 * - POST   /api/users/{userId}/sign-out-everywhere     → 204 (prefecture_admin, or the user themselves)
 * - GET    /api/users/{userId}/history?cursor&limit    → auditListSchema (shared/api/plans.ts)
 */

const orgCode = z.string().regex(/^\d{6}$/, bilingual('団体コードは6桁の数字です。', 'An organisation code is six digits.'));
/** Lower-cased: Cognito matches sign-in addresses without regard to case, and so does the duplicate check. */
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .email(bilingual('メールアドレスの形式で入力してください（例: taro@example.lg.jp）。', 'Enter an e-mail address, e.g. taro@example.lg.jp.'));
const name = z
  .string()
  .trim()
  .min(1, bilingual('氏名を入力してください。', 'Enter the person’s name.'))
  .max(100, bilingual('氏名は100文字以内で入力してください。', 'A name has at most 100 characters.'));
const bureau = z.string().trim().min(1).max(64);
const version = z.number().int().min(0);

export const userViewSchema = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  orgCode: z.string(),
  orgName: z.string(),
  bureau: z.string().optional(),
  orgAdmin: z.boolean(),
  status: z.enum(USER_STATUSES),
  /** Only administrators list users, but the field stays theirs should a wider listing ever appear. */
  lastSignInAt: seenBy('owner', z.string()).optional(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type UserView = z.infer<typeof userViewSchema>;

export const userListSchema = z.object({ items: z.array(userViewSchema), nextCursor: z.string().optional() });
export type UserList = z.infer<typeof userListSchema>;

export const userListQuerySchema = z.object({
  /** prefecture_admin: omitted = the whole prefecture; a municipal administrator: omitted = their own. */
  orgCode: orgCode.optional(),
  role: roleSchema.optional(),
  /**
   * Omitted = active: the list shows who can sign in; disabled accounts are asked for apart (each status is its own
   * index partition, so every page is one Query with no filter).
   */
  status: z.enum(USER_STATUSES).optional(),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

/** Body of POST /api/users: invites a person (Cognito e-mails them a temporary password). */
export const userInviteSchema = z.object({
  email,
  name,
  role: roleSchema,
  orgCode,
  /** とりまとめ局 of a prefecture_staff member. */
  bureau: bureau.optional(),
  /** Only for municipal_staff, and only a prefecture_admin may set it. */
  orgAdmin: z.boolean().optional(),
});
export type UserInvite = z.input<typeof userInviteSchema>;

/** Body of PATCH /api/users/{userId}: only the fields to change; `bureau: null` clears it. */
export const userUpdateSchema = z.object({
  version,
  name: name.optional(),
  role: roleSchema.optional(),
  orgCode: orgCode.optional(),
  bureau: bureau.nullable().optional(),
  orgAdmin: z.boolean().optional(),
});
export type UserUpdate = z.input<typeof userUpdateSchema>;

/** Body of disable / enable / reset-password / reset-mfa: the version the administrator saw. */
export const userVersionBodySchema = z.object({ version });
export type UserVersionBody = z.input<typeof userVersionBodySchema>;

export const USER_ACTIONS = [
  'user.invite',
  'user.update',
  'user.disable',
  'user.enable',
  'user.reset_password',
  'user.reset_mfa',
  'user.sign_out_everywhere',
] as const;
export type UserAction = (typeof USER_ACTIONS)[number];
