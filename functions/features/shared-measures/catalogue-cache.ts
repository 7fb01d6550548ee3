import type { SharedMeasure } from '../../../shared/shared-measures/definition';
import { cached } from '../../platform/db/reference-cache';
import { listSharedMeasures } from './shared-measures.table';

/** A prefecture's shared-measure catalogue as request paths read it: cached for a minute (functions/platform/db/reference-cache.ts). */
export const catalogueOf = (prefCode: string): Promise<SharedMeasure[]> =>
  cached(`catalogue:${prefCode}`, () => listSharedMeasures(prefCode));
