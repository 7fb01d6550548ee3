import { relationOf, type Viewer } from '../auth/audiences';
import type { SharedValue } from './status';

/**
 * Review before publication (issue 15): a municipality's value is 提出済 until the prefecture confirms it, or
 * returns it with a comment. What was last confirmed stays published while a correction waits for review, so
 * what is published changes only when the prefecture confirms.
 */
export const REVIEW_STATES = ['submitted', 'confirmed', 'returned'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_LABELS: Record<ReviewState, { ja: string; en: string }> = {
  submitted: { ja: '提出済（県の確認待ち）', en: 'Submitted (awaiting review)' },
  confirmed: { ja: '確認済', en: 'Confirmed' },
  returned: { ja: '差戻し', en: 'Returned' },
};

/** The value as the prefecture last confirmed it: what open data, headlines and the council summary show. */
export interface ConfirmedValue {
  value: SharedValue;
  note?: string;
  source?: string;
  at: string;
}

/** The fields of a stored value this rule reads (shared/api/shared-measures.ts has the whole record). */
export interface Reviewable {
  orgCode: string;
  value: SharedValue;
  note?: string;
  source?: string;
  review: ReviewState;
  confirmed?: ConfirmedValue;
}

/**
 * The value a viewer may see, decided here once for every route and output: the prefecture and the owning
 * municipality see the value as it stands (with its review state); everyone else — other municipalities,
 * council members, the public, open data — sees the confirmed value only, or nothing before the first
 * confirmation. The national figure is the prefecture's own and needs no review.
 */
export function valueSeenBy<T extends Reviewable>(viewer: Viewer, record: T): T | undefined {
  const relation = relationOf(viewer, record.orgCode);
  if (relation !== 'other') return record;
  return publishedValue(record);
}

/** The record as published: its confirmed value, or undefined when nothing of it has been confirmed yet. */
export function publishedValue<T extends Reviewable>(record: T): T | undefined {
  if (record.review === 'confirmed') return record;
  if (!record.confirmed) return undefined;
  const { value, note, source } = record.confirmed;
  return { ...record, value, note, source, review: 'confirmed' };
}
