import { z } from '@hono/zod-openapi';
import { planIdSchema } from '../../../shared/plan/definition';

export const planParams = z.object({ planId: planIdSchema });
export const planYearParams = planParams.extend({
  fiscalYear: z.coerce.number().int().min(2000).max(2100),
});
export const measureParams = planParams.extend({
  measureNo: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z-]{0,19}$/),
});
export const measureYearParams = planYearParams.extend({ measureNo: measureParams.shape.measureNo });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: z.string().max(1000).optional(),
});
