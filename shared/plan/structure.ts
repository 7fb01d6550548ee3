import { z } from 'zod';

/** A node of the plan's group tree. `path` is the keys from the root, joined with '/'. */
export const planGroupSchema = z.object({
  path: z.string(),
  level: z.string(),
  key: z.string(),
  name: z.string(),
  /** The English name the plan file declares (shared/plan/definition.ts groupNamesEn); absent when it declares none. */
  nameEn: z.string().optional(),
  order: z.number().int(),
});
export type PlanGroup = z.infer<typeof planGroupSchema>;

export const indicatorKindSchema = z.enum(['numeric', 'milestone', 'none']);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;
export const directionSchema = z.enum(['higher', 'lower']);
export type Direction = z.infer<typeof directionSchema>;

/** An indicator's definition; its values live per fiscal year in the measure's result. */
export const indicatorSchema = z.object({
  subNo: z.number().int().min(1),
  name: z.string(),
  kind: indicatorKindSchema,
  unit: z.string().default(''),
  direction: directionSchema.optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** A measure (施策) at a leaf of the group tree. */
export const measureSchema = z.object({
  measureNo: z.string().min(1),
  name: z.string().min(1),
  bureau: z.string(),
  groupPath: z.string(),
  order: z.number().int(),
  abolished: z.boolean(),
  indicators: z.array(indicatorSchema),
});
export type Measure = z.infer<typeof measureSchema>;
