/**
 * The consultation desk's words (相談窓口, issue 17): categories and statuses as ids with Japanese and English labels.
 * No zod here, so the web's list pages import the labels without the schema library.
 */
export const CONSULTATION_CATEGORIES = ['standardization', 'security', 'mynumber', 'ai_rpa', 'open_data', 'procurement', 'hr_development', 'other'] as const;
export type ConsultationCategory = (typeof CONSULTATION_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<ConsultationCategory, { ja: string; en: string }> = {
  standardization: { ja: '標準化', en: 'Standardisation' },
  security: { ja: 'セキュリティ', en: 'Security' },
  mynumber: { ja: 'マイナンバー', en: 'My Number' },
  ai_rpa: { ja: 'AI・RPA', en: 'AI and RPA' },
  open_data: { ja: 'オープンデータ', en: 'Open data' },
  procurement: { ja: '調達', en: 'Procurement' },
  hr_development: { ja: '人材育成', en: 'Skills development' },
  other: { ja: 'その他', en: 'Other' },
};

/** 受付 → 対応中 → 回答済 → 解決. */
export const CONSULTATION_STATUSES = ['received', 'in_progress', 'answered', 'resolved'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const STATUS_LABELS: Record<ConsultationStatus, { ja: string; en: string }> = {
  received: { ja: '受付', en: 'Received' },
  in_progress: { ja: '対応中', en: 'In progress' },
  answered: { ja: '回答済', en: 'Answered' },
  resolved: { ja: '解決', en: 'Resolved' },
};

export const FAQ_STATUSES = ['published', 'withdrawn'] as const;
export type FaqStatus = (typeof FAQ_STATUSES)[number];
export const FAQ_STATUS_LABELS: Record<FaqStatus, { ja: string; en: string }> = {
  published: { ja: '公開中', en: 'Published' },
  withdrawn: { ja: '公開停止', en: 'Withdrawn' },
};

/** What the caller may do now (shared/consultations/workflow.ts). */
export const CONSULTATION_ACTIONS = ['reply', 'answer', 'set_in_progress', 'set_answered', 'resolve', 'set_technical', 'publish_faq', 'attach'] as const;
export type ConsultationAction = (typeof CONSULTATION_ACTIONS)[number];
