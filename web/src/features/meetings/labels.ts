import { ACTION_STATUS_LABELS, PREFECTURE_OWNER, type ActionStatus } from '../../../../shared/meetings/action-item';
import type { Organisation } from '../../../../shared/org/organisation';
import { formatDate, formatFiscalYear } from '../../../../shared/fiscal-year';
import { lang, pick, tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';

export const statusLabel = (status: ActionStatus) => pick(ACTION_STATUS_LABELS[status]);

/** An item's owner: 県 or the municipality's name in the chosen language. */
export const ownerLabel = (owner: string, organisations?: readonly Organisation[]) =>
  owner === PREFECTURE_OWNER ? tr('県', 'Prefecture') : orgLabel(owner, organisations?.find((o) => o.code === owner)?.name);

/** A day in 令和 (or English). */
export const dayLabel = (isoDay: string) => formatDate(isoDay, lang());

export const fiscalYearText = (fy: number) => formatFiscalYear(fy, lang());
