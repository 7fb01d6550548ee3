import { formatFiscalYear, reportingPeriodLabel } from '../../../shared/fiscal-year';
import { lang, tr } from './lang';

/** 令和6年度（FY2024） in Japanese; FY2024 in English, where the era name would mean nothing to the reader. */
export const fiscalYearLabel = (fy: number) =>
  lang() === 'en' ? formatFiscalYear(fy, 'en') : `${formatFiscalYear(fy, 'ja')}（${formatFiscalYear(fy, 'en')}）`;

/** 令和6年度 in Japanese, FY2024 in English. */
export const fiscalYearShort = (fy: number) => formatFiscalYear(fy, lang());

export const percentLabel = (n: number) => `${n.toFixed(1)}%`;

const dateTime = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' });
export const dateTimeLabel = (iso: string) => dateTime.format(new Date(iso));

export const ROLE_LABELS: Record<string, string> = {
  prefecture_admin: '県 管理者',
  prefecture_staff: '県職員',
  municipal_staff: '市町村職員',
  council: '県議会議員',
};

const ROLE_LABELS_EN: Record<string, string> = {
  prefecture_admin: 'Prefecture administrator',
  prefecture_staff: 'Prefecture staff',
  municipal_staff: 'Municipal staff',
  council: 'Council member',
};

/** A role's name in the chosen language. */
export const roleLabel = (role: string) => tr(ROLE_LABELS[role] ?? role, ROLE_LABELS_EN[role] ?? role);

const warekiDateTime = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' });
const englishDateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' });
/** 令和8年11月28日 10:05 (Japan time) in Japanese; 28 Nov 2026, 10:05 in English. */
export const warekiDateTimeLabel = (iso: string) => (lang() === 'en' ? englishDateTime : warekiDateTime).format(new Date(iso));

/** A plan group (pillar, area) in the chosen language: its English name where the plan declares one. */
export const groupLabel = (g: { name: string; nameEn?: string }) => (lang() === 'en' ? g.nameEn ?? g.name : g.name);

/** A joint project's reporting period in the chosen language: 令和8年度 第1四半期 / FY2026 Q1. */
export const reportingPeriodText = (period: { id: string; label: string }) => reportingPeriodLabel(period, lang());
