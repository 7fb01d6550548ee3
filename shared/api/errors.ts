import { z } from 'zod';
import { localizedTextSchema } from '../localized';

export const fieldErrorSchema = z.object({
  path: z.string(),
  message: localizedTextSchema,
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/**
 * A problem with one cell (or row) of an imported file. The shared-values CSV numbers rows as Excel shows
 * them (the header is row 1); the plan import's files count from 1 = first data row, the header being row 0.
 */
export const importRowErrorSchema = z.object({
  file: z.enum(['plan', 'measures', 'indicators', 'values']),
  row: z.number().int(),
  column: z.string(),
  message: localizedTextSchema,
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/** Every 4xx/5xx body. `message` is complete sentences a person can act on. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: localizedTextSchema,
    fields: z.array(fieldErrorSchema).optional(),
    rows: z.array(importRowErrorSchema).optional(),
    /** On 409: the item as it is now, so the client can show what changed. */
    current: z.unknown().optional(),
    /** On 409 for a workflow action not possible now: the actions that are. */
    allowedActions: z.array(z.string()).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
