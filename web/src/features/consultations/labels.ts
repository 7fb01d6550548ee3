import { CATEGORY_LABELS, CONSULTATION_CATEGORIES, FAQ_STATUS_LABELS, STATUS_LABELS, type ConsultationCategory, type ConsultationStatus, type FaqStatus } from '../../../../shared/consultations/labels';
import { tr } from '../../app/lang';

export const categoryLabel = (c: ConsultationCategory) => tr(CATEGORY_LABELS[c].ja, CATEGORY_LABELS[c].en);
export const statusLabel = (s: ConsultationStatus) => tr(STATUS_LABELS[s].ja, STATUS_LABELS[s].en);
export const faqStatusLabel = (s: FaqStatus) => tr(FAQ_STATUS_LABELS[s].ja, FAQ_STATUS_LABELS[s].en);
export { CONSULTATION_CATEGORIES };

/** Hours as a person reads a waiting time: under two days in hours, else in days (one decimal). */
export const durationLabel = (hours: number) =>
  hours < 48 ? tr(`${hours.toFixed(1)}時間`, `${hours.toFixed(1)} hours`) : tr(`${(hours / 24).toFixed(1)}日`, `${(hours / 24).toFixed(1)} days`);
