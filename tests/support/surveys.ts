import { expect } from 'vitest';
import { todayInJapan } from '../../shared/japan-days';
import type { apiClient } from './api-client';

/** A day `days` from today in Japan. */
export const dayFromToday = (days: number) => todayInJapan(new Date(Date.now() + days * 86_400_000));

/** One question of each kind that a form and an import can carry. */
export const QUESTIONS = [
  { id: 'has_plan', kind: 'yes_no', label: 'DX推進計画を策定していますか', required: true },
  { id: 'staff', kind: 'number', label: 'DX担当職員数', unit: '人', min: 0, max: 500, required: true },
  { id: 'tools', kind: 'multiple_choice', label: '導入済みのツール', options: ['RPA', '生成AI', 'ノーコード'] },
  { id: 'stage', kind: 'single_choice', label: '標準化の進捗', options: ['未着手', '移行中', '完了'] },
  { id: 'since', kind: 'date', label: '計画の策定日' },
  { id: 'note', kind: 'text', label: '課題', maxLength: 200 },
];

export async function json(res: Response, status = 200) {
  expect(res.status, await res.clone().text()).toBe(status);
  return res.json();
}

/** Composes a survey as prefecture staff and sends it: the sent survey. */
export async function sentSurvey(api: ReturnType<typeof apiClient>, fields: Record<string, unknown> = {}) {
  const created = await json(
    await api.post('/api/surveys', { title: '令和8年度 DX推進体制調査', fiscalYear: 2026, questions: QUESTIONS, deadline: dayFromToday(14), ...fields }, 'pref-staff'),
    201,
  );
  return json(await api.post(`/api/surveys/${created.id}/send`, { version: created.version }, 'pref-staff'));
}
