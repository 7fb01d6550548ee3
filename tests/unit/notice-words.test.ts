import { describe, expect, it } from 'vitest';
import { NOTICE_KINDS, type NoticeParams } from '../../shared/notices/notice';
import { noticeWords } from '../../shared/notices/notice-words';

const params: NoticeParams = {
  project: '共同調達（AI-OCR）',
  period: '2026年度 第1四半期',
  org: { ja: '平塚市', en: 'Hiratsuka' },
  comment: '削減時間の根拠を添えてください',
  deadline: '2026-07-10',
  daysLeft: 3,
  late: [{ ja: '平塚市', en: 'Hiratsuka' }, { ja: '座間市', en: 'Zama' }],
};

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

  it('a notice stored as sentences before kinds had parameters still reads as it was written', () => {
    expect(noticeWords({ kind: 'approved', title: '進捗報告が承認されました', body: '旧形式' }, 'en')).toEqual({ title: '進捗報告が承認されました', body: '旧形式' });
  });
});
