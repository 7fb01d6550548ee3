import { z } from '@hono/zod-openapi';
import { reportingPeriodSchema, projectIdSchema } from '../../../shared/joint-projects/definition';

export const projectParams = z.object({ projectId: projectIdSchema });
export const orgCodeParam = z.string().regex(/^\d{6}$/);
export const reportParams = projectParams.extend({ periodId: reportingPeriodSchema.shape.id, orgCode: orgCodeParam });
