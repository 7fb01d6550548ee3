/**
 * States of one item of a `status` measure (e.g. one of the 20 standardised
 * business systems), and the numbers derived from values. No zod here: the
 * web pages import this without the schema library.
 */
export const ITEM_STATUSES = ['not_started', 'in_progress', 'migrated', 'not_applicable'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ITEM_STATUS_LABELS: Record<ItemStatus, { ja: string; en: string }> = {
  not_started: { ja: '未着手', en: 'Not started' },
  in_progress: { ja: '作業中', en: 'In progress' },
  migrated: { ja: '移行完了', en: 'Migrated' },
  not_applicable: { ja: '対象外', en: 'Not applicable' },
};

/** A reported value: a number, yes/no, or a state per item. */
export type SharedValue = number | boolean | Record<string, ItemStatus>;

/** Share of applicable items migrated, in percent (対象外 items are not counted). */
export function completionRate(statuses: Record<string, ItemStatus>): number | undefined {
  const applicable = Object.values(statuses).filter((s) => s !== 'not_applicable');
  if (applicable.length === 0) return undefined;
  return Math.round((applicable.filter((s) => s === 'migrated').length / applicable.length) * 1000) / 10;
}
