import { formatFiscalYear } from '../../../shared/fiscal-year';

/** 令和6年度（FY2024） */
export const fiscalYearLabel = (fy: number) => `${formatFiscalYear(fy, 'ja')}（${formatFiscalYear(fy, 'en')}）`;

export const percentLabel = (n: number) => `${n.toFixed(1)}%`;

const dateTime = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' });
export const dateTimeLabel = (iso: string) => dateTime.format(new Date(iso));

export const ROLE_LABELS: Record<string, string> = {
  prefecture_admin: '県 管理者',
  prefecture_staff: '県職員',
  municipal_staff: '市町村職員',
  council: '県議会議員',
};
