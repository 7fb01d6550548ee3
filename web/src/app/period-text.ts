import { periodKindOf, periodLabel } from '../../../shared/shared-measures/periods';
import { lang } from './lang';

/**
 * A period key (2024-08, FY2024, 2024-08-31) in the chosen language: 2024年8月 / Aug 2024. Apart from format.ts,
 * which the overview (in the initial bundle) imports, so the periods module loads only with the pages that need it.
 */
export const periodText = (key: string) => periodLabel(periodKindOf(key), key, lang());
