import { describe, expect, it } from 'vitest';
import { afterMessage, allowedActions, messageProblem, statusChangeProblem } from '../../shared/consultations/workflow';
import { consultationFigures, fiscalYearInstants, median } from '../../shared/consultations/statistics';
import { faqSearchText, faqTerms } from '../../shared/consultations/faq-search';

describe('the desk’s workflow (受付 → 対応中 → 回答済 → 解決)', () => {
  it('the asking municipality replies, attaches and resolves while open; the prefecture answers and publishes answered ones', () => {
    expect(allowedActions({ status: 'received' }, 'owner')).toEqual(['reply', 'resolve', 'attach']);
    expect(allowedActions({ status: 'received' }, 'prefecture')).toEqual(['answer', 'attach', 'set_in_progress', 'resolve', 'set_technical']);
    expect(allowedActions({ status: 'answered', firstAnsweredAt: 't' }, 'prefecture')).toContain('publish_faq');
    expect(allowedActions({ status: 'resolved', firstAnsweredAt: 't', faqEntryId: 'faq-1' }, 'prefecture')).toEqual(['set_technical']);
    expect(allowedActions({ status: 'resolved' }, 'owner')).toEqual([]);
  });

  it('回答済 needs an answer first; nothing goes back to 受付; a resolved consultation stays resolved', () => {
    expect(statusChangeProblem({ status: 'in_progress' }, 'prefecture', 'answered')?.ja).toBe('回答済にするには、先に回答を送ってください。');
    expect(statusChangeProblem({ status: 'in_progress', firstAnsweredAt: 't' }, 'prefecture', 'answered')).toBeUndefined();
    expect(statusChangeProblem({ status: 'in_progress' }, 'prefecture', 'received')?.en).toBe('The consultation cannot go back to this status.');
    expect(statusChangeProblem({ status: 'resolved' }, 'prefecture', 'in_progress')?.ja).toContain('解決済み');
    expect(statusChangeProblem({ status: 'answered' }, 'owner', 'in_progress')?.ja).toContain('解決にする');
    expect(statusChangeProblem({ status: 'received' }, 'owner', 'resolved')).toBeUndefined();
    expect(messageProblem({ status: 'resolved' }, 'owner')?.ja).toContain('新しい相談');
  });

  it('the first answer sets firstAnsweredAt, an interim reply does not, and a later answer keeps the first time', () => {
    expect(afterMessage({ status: 'received' }, 'prefecture', 'T1')).toEqual({ status: 'answered', firstAnsweredAt: 'T1' });
    expect(afterMessage({ status: 'received' }, 'prefecture', 'T1', 'in_progress')).toEqual({ status: 'in_progress', firstAnsweredAt: undefined });
    expect(afterMessage({ status: 'in_progress', firstAnsweredAt: 'T0' }, 'prefecture', 'T2')).toEqual({ status: 'answered', firstAnsweredAt: 'T0' });
    expect(afterMessage({ status: 'answered', firstAnsweredAt: 'T0' }, 'owner', 'T3').status).toBe('in_progress');
    expect(afterMessage({ status: 'received' }, 'owner', 'T3').status).toBe('received');
  });
});

describe('the desk’s figures', () => {
  it('median of an even count is the mean of the middle two; years are counted by the day in Japan', () => {
    expect(median([5, 1, 3, 10])).toBe(4);
    expect(median([])).toBeUndefined();
    expect(fiscalYearInstants(2025)).toEqual({ from: '2025-03-31T15:00:00.000Z', to: '2026-03-31T15:00:00.000Z' });
    const figures = consultationFigures(
      [
        { category: 'security', status: 'answered', technical: true, createdAt: '2025-03-31T15:00:00.000Z', firstAnsweredAt: '2025-04-01T15:00:00.000Z' },
        { category: 'security', status: 'received', technical: false, createdAt: '2025-03-31T14:59:59.999Z' },
      ],
      2025,
    );
    expect(figures).toMatchObject({ total: 1, technical: 1, answered: 1, medianHoursToFirstAnswer: 24, meanHoursToFirstAnswer: 24 });
  });
});

describe('FAQ search terms', () => {
  it('fold width, case and kana, so ＣＳＶ and マイナンバー are found as csv and まいなんばー; at most ten terms', () => {
    const text = faqSearchText({ question: 'ＣＳＶの文字コード', answer: 'マイナンバー カード' });
    for (const term of faqTerms('csv まいなんばーかーど')) expect(text).toContain(term);
    expect(faqTerms(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(10);
    expect(faqTerms(undefined)).toEqual([]);
  });
});

describe('21-2 ② offer', () => {
  it('fills only the 技術相談 indicator’s actual with the count, keeping the other figures', async () => {
    const { withTechnicalActual } = await import('../../shared/consultations/offer');
    const indicators = [
      { subNo: 1, name: 'フォーラムの首長出席者数', unit: '名' },
      { subNo: 2, name: '技術相談利用件数', unit: '件' },
    ];
    const values = [{ subNo: 1, target: { text: '33名', value: 33 }, actual: { text: '2名', value: 2 } }];
    expect(withTechnicalActual(values, indicators, 57)).toEqual([
      { subNo: 1, target: { text: '33名', value: 33 }, actual: { text: '2名', value: 2 } },
      { subNo: 2, target: { text: '' }, actual: { text: '57件', value: 57 } },
    ]);
  });
});
