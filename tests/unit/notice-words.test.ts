import { describe, expect, it } from 'vitest';
import { NOTICE_KINDS, type NoticeParams } from '../../shared/notices/notice';
import { noticeWords } from '../../shared/notices/notice-words';

const params = {
  project: '共同調達（AI-OCR）',
  period: '2026年度 第1四半期',
  org: { ja: '平塚市', en: 'Hiratsuka' },
  comment: '削減時間の根拠を添えてください',
  deadline: '2026-07-10',
  daysLeft: 3,
  late: [{ ja: '平塚市', en: 'Hiratsuka' }, { ja: '座間市', en: 'Zama' }],
} satisfies NoticeParams;

describe('notices are words only when read, in the reader’s language', () => {
  it('every kind reads in Japanese and in English, naming the municipality in each language', () => {
    for (const kind of NOTICE_KINDS) {
      const ja = noticeWords({ kind, params }, 'ja');
      const en = noticeWords({ kind, params }, 'en');
      expect(ja.title, kind).not.toBe('');
      expect(en.title, kind).not.toBe(ja.title);
      // Only what people entered (project, period, comment) stays Japanese.
      expect(en.title.replace(params.project, '').replace(params.period, ''), kind).not.toMatch(/[ぁ-んァ-ン]/);
    }
    expect(noticeWords({ kind: 'submitted', params }, 'ja').title).toBe('平塚市が進捗報告を提出しました');
    expect(noticeWords({ kind: 'submitted', params }, 'en').title).toBe('Hiratsuka submitted a progress report');
    expect(noticeWords({ kind: 'returned', params }, 'ja')).toEqual({ title: '進捗報告が差し戻されました', body: '共同調達（AI-OCR）（2026年度 第1四半期）: 削減時間の根拠を添えてください' });
    expect(noticeWords({ kind: 'due_soon', params }, 'ja').title).toBe('進捗報告の提出期限が近づいています（あと3日）');
    expect(noticeWords({ kind: 'overdue_summary', params }, 'en').body).toBe('Hiratsuka, Zama');
  });

  it('a values reminder names every measure owed for its deadline, with the deadline in 令和', () => {
    const owed = [
      { measure: { ja: 'オープンデータ数', en: 'Open datasets' }, period: { ja: '令和7年度', en: 'FY2025' } },
      { measure: { ja: 'RPA導入業務数', en: 'Tasks automated with RPA' }, period: { ja: '令和7年度', en: 'FY2025' } },
    ];
    const soon = { deadline: '2026-05-31', daysLeft: 3, owed };
    expect(noticeWords({ kind: 'values_due_soon', params: soon }, 'ja')).toEqual({
      title: '共通指標の報告期限が近づいています（あと3日）',
      body: '令和8年5月31日が期限で、まだ報告されていない値があります: オープンデータ数（令和7年度）、RPA導入業務数（令和7年度）',
    });
    expect(noticeWords({ kind: 'values_due_soon', params: { ...soon, daysLeft: 0 } }, 'en').title).toBe('Shared-measure values are due today');
    const late = noticeWords({ kind: 'values_overdue', params: { deadline: '2026-05-31', daysLeft: -136, owed } }, 'en');
    expect(late.title).toBe('Shared-measure values are overdue (2)');
    expect(late.body).toBe('Values due on 31 May 2026 have not been reported: Open datasets (FY2025); Tasks automated with RPA (FY2025)');
    const returned = noticeWords({ kind: 'value_returned', params: { value: owed[0]!, comment: '前年度の数値を確認してください' } }, 'ja');
    expect(returned).toEqual({ title: '共通指標の値が差し戻されました', body: 'オープンデータ数（令和7年度）: 前年度の数値を確認してください' });
  });

  it('a notice stored as sentences before kinds had parameters still reads as it was written', () => {
    expect(noticeWords({ kind: 'approved', title: '進捗報告が承認されました', body: '旧形式' }, 'en')).toEqual({ title: '進捗報告が承認されました', body: '旧形式' });
  });
});
