import { z } from 'zod';
import { localizedTextSchema } from '../localized';
import { ratingSchemeSchema } from '../rating/scheme';

export const planIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'plan id: lowercase letters, digits and hyphens' });

/** One level of a plan's group tree, e.g. pillar (柱) → area (分野). */
export const groupLevelSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/),
  name: localizedTextSchema,
  /**
   * The English names of this level's groups, by their Japanese name as the measures CSV writes it
   * ("くらしのデジタル化": "Digital transformation of daily life"). Optional: a plan that declares none still
   * imports, and its groups show their Japanese names in English too.
   */
  groupNamesEn: z.record(z.string().min(1).max(200), z.string().min(1).max(200)).optional(),
});
export type GroupLevel = z.infer<typeof groupLevelSchema>;

/** The deepest group tree a plan may declare. */
export const MAX_GROUP_LEVELS = 6;

/**
 * The plan definition file (plan.json) of an import. The measures CSV names
 * each level by these ids: a column `<id>` (the group's name, used as its key)
 * or the pair `<id>_no` + `<id>_name`.
 */
export const planDefinitionSchema = z.object({
  id: planIdSchema,
  name: localizedTextSchema,
  /** Organisation code (全国地方公共団体コード) of the prefecture that owns the plan. */
  orgCode: z.string().regex(/^\d{6}$/),
  period: z.object({ from: z.number().int(), to: z.number().int() }),
  levels: z.array(groupLevelSchema).min(1).max(MAX_GROUP_LEVELS),
  ratingScheme: ratingSchemeSchema,
});
export type PlanDefinition = z.infer<typeof planDefinitionSchema>;
export type PlanDefinitionInput = z.input<typeof planDefinitionSchema>;
