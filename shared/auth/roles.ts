import { z } from 'zod';

/** The four roles (docs/architecture.md, "Contracts"); in AWS they are Cognito groups of the same names. */
export const roleSchema = z.enum(['prefecture_admin', 'prefecture_staff', 'municipal_staff', 'council']);
export type Role = z.infer<typeof roleSchema>;
export const ROLES = roleSchema.options;

/** Who is calling, as the server established it from a verified token. */
export const principalSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: roleSchema,
  /** 全国地方公共団体コード of the user's organisation (140007 for prefecture users). */
  orgCode: z.string().regex(/^\d{6}$/),
  /** とりまとめ局 a prefecture_staff member may edit. */
  bureau: z.string().optional(),
});
export type Principal = z.infer<typeof principalSchema>;
