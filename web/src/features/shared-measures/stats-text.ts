import type { LocalizedText } from '../../../../shared/localized';
import type { SharedMeasure } from '../../../../shared/shared-measures/definition';
import type { ReviewState } from '../../../../shared/shared-measures/review';
import { ITEM_STATUSES, ITEM_STATUS_LABELS, type ItemStatus } from '../../../../shared/shared-measures/status';

/**
 * The headline statistics of a comparison as people read them, fitting the kind of value (issue 15): a yes/no
 * measure is a count and a share, a status measure a count per status, and only numbers have an average — labelled
 * 単純平均, because it is the mean of the municipalities' figures, not weighted by population. No Solid here: the
 * pages pick the language, unit tests read both.
 */
export interface StatsView {
  yes?: number;
  reported: number;
  total: number;
  average?: number;
  median?: number;
  statusCounts?: Partial<Record<ItemStatus, number>>;
}

/** Whether the kind of value is ranked and averaged at all: yes/no and statuses are not. */
export const isRanked = (measure: Pick<SharedMeasure, 'valueType'>) => measure.valueType === 'number' || measure.valueType === 'percent';

/** 「29/33団体（88%）」: municipalities answering はい out of those that reported, and the share. */
export function yesShare(stats: StatsView): LocalizedText {
  const yes = stats.yes ?? 0;
  if (stats.reported === 0) return { ja: `0/0団体（―）`, en: '0 of 0 (–)' };
  const share = Math.round((yes / stats.reported) * 100);
  return { ja: `${yes}/${stats.reported}団体（${share}%）`, en: `${yes} of ${stats.reported} (${share}%)` };
}

/** 「移行完了 12件・作業中 5件…」: items per status over the reporting municipalities, every status listed. */
export function statusCounts(stats: StatsView): { status: ItemStatus; label: LocalizedText; count: number }[] {
  return ITEM_STATUSES.map((status) => ({ status, label: ITEM_STATUS_LABELS[status], count: stats.statusCounts?.[status] ?? 0 }));
}

/** The word marking a value the prefecture has not confirmed, in text so it never rests on colour alone. */
export function reviewMark(review: ReviewState | undefined): LocalizedText | undefined {
  if (review === 'submitted') return { ja: '未確認', en: 'Unconfirmed' };
  if (review === 'returned') return { ja: '差戻し', en: 'Returned' };
  return undefined;
}
