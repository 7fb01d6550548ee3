import { formatDate } from '../fiscal-year';
import type { NoticeKind, NoticeParams } from './notice';

/**
 * A notice put into words in the reader's language (shared/notices/notice.ts
 * says why notices are stored as kinds with parameters). No zod here: the
 * web's notices page imports this without the schema library.
 */
type Lang = 'ja' | 'en';
type Words = { title: string; body: string };

const subject = (p: NoticeParams) => `${p.project ?? ''}（${p.period ?? ''}）`;
const subjectEn = (p: NoticeParams) => `${p.project ?? ''} (${p.period ?? ''})`;
const withComment = (text: string, p: NoticeParams) => (p.comment ? `${text}: ${p.comment}` : text);

type Owed = NonNullable<NoticeParams['value']>;
const valueJa = (v: Owed) => `${v.measure.ja}（${v.period.ja}）`;
const valueEn = (v: Owed) => `${v.measure.en} (${v.period.en})`;
const owedJa = (p: NoticeParams) => (p.owed ?? []).map(valueJa).join('、');
const owedEn = (p: NoticeParams) => (p.owed ?? []).map(valueEn).join('; ');

/** Each kind in both languages, checked by the compiler: a new kind without words does not build. */
const WORDS: { readonly [K in NoticeKind]: Record<Lang, (p: NoticeParams) => Words> } = {
  submitted: {
    ja: (p) => ({ title: `${p.org?.ja ?? ''}が進捗報告を提出しました`, body: `${subject(p)}の報告を確認し、承認または差戻ししてください。` }),
    en: (p) => ({ title: `${p.org?.en ?? ''} submitted a progress report`, body: `Review the report for ${subjectEn(p)}: approve it or return it.` }),
  },
  returned: {
    ja: (p) => ({ title: '進捗報告が差し戻されました', body: withComment(subject(p), p) }),
    en: (p) => ({ title: 'A progress report was returned', body: withComment(subjectEn(p), p) }),
  },
  approved: {
    ja: (p) => ({ title: '進捗報告が承認されました', body: `${subject(p)}の報告が承認されました。` }),
    en: (p) => ({ title: 'A progress report was approved', body: `The report for ${subjectEn(p)} was approved.` }),
  },
  reopened: {
    ja: (p) => ({ title: '承認済みの進捗報告が差し戻されました', body: withComment(subject(p), p) }),
    en: (p) => ({ title: 'An approved progress report was reopened', body: withComment(subjectEn(p), p) }),
  },
  comment: {
    ja: (p) => ({ title: `${p.fromPrefecture ? '県' : (p.org?.ja ?? '')}からコメントがあります`, body: withComment(subject(p), p) }),
    en: (p) => ({ title: `A comment from ${p.fromPrefecture ? 'the prefecture' : (p.org?.en ?? '')}`, body: withComment(subjectEn(p), p) }),
  },
  due_soon: {
    ja: (p) => ({ title: `進捗報告の提出期限が近づいています（あと${p.daysLeft ?? 0}日）`, body: `${subject(p)}の進捗報告の提出期限は${formatDate(p.deadline ?? '')}です。` }),
    en: (p) => ({ title: `A progress report is due in ${p.daysLeft ?? 0} days`, body: `The progress report for ${subjectEn(p)} is due on ${formatDate(p.deadline ?? '', 'en')}.` }),
  },
  overdue: {
    ja: (p) => ({ title: '進捗報告の提出期限を過ぎています', body: `${subject(p)}の進捗報告の提出期限は${formatDate(p.deadline ?? '')}です。` }),
    en: (p) => ({ title: 'A progress report is overdue', body: `The progress report for ${subjectEn(p)} was due on ${formatDate(p.deadline ?? '', 'en')}.` }),
  },
  overdue_summary: {
    ja: (p) => ({ title: `${subject(p)}: ${p.late?.length ?? 0}団体が提出期限を過ぎています`, body: (p.late ?? []).map((o) => o.ja).join('、') }),
    en: (p) => ({ title: `${subjectEn(p)}: ${p.late?.length ?? 0} municipalities are overdue`, body: (p.late ?? []).map((o) => o.en).join(', ') }),
  },
  values_due_soon: {
    ja: (p) => ({
      title: p.daysLeft === 0 ? '共通指標の報告期限は本日です' : `共通指標の報告期限が近づいています（あと${p.daysLeft ?? 0}日）`,
      body: `${formatDate(p.deadline ?? '')}が期限で、まだ報告されていない値があります: ${owedJa(p)}`,
    }),
    en: (p) => ({
      title: p.daysLeft === 0 ? 'Shared-measure values are due today' : `Shared-measure values are due in ${p.daysLeft ?? 0} days`,
      body: `Values due on ${formatDate(p.deadline ?? '', 'en')} not reported yet: ${owedEn(p)}`,
    }),
  },
  values_overdue: {
    ja: (p) => ({
      title: `共通指標の報告期限を過ぎています（${p.owed?.length ?? 0}件）`,
      body: `${formatDate(p.deadline ?? '')}が期限の値がまだ報告されていません: ${owedJa(p)}`,
    }),
    en: (p) => ({
      title: `Shared-measure values are overdue (${p.owed?.length ?? 0})`,
      body: `Values due on ${formatDate(p.deadline ?? '', 'en')} have not been reported: ${owedEn(p)}`,
    }),
  },
  value_returned: {
    ja: (p) => ({ title: '共通指標の値が差し戻されました', body: withComment(p.value ? valueJa(p.value) : '', p) }),
    en: (p) => ({ title: 'A shared-measure value was returned', body: withComment(p.value ? valueEn(p.value) : '', p) }),
  },
  action_item_assigned: {
    ja: (p) => ({ title: `推進会議の対応事項が割り当てられました（期限 ${formatDate(p.deadline ?? '')}）`, body: withComment(p.meeting ?? '', p) }),
    en: (p) => ({ title: `A council action item was assigned to you (due ${formatDate(p.deadline ?? '', 'en')})`, body: withComment(p.meeting ?? '', p) }),
  },
  consultation_received: {
    ja: (p) => ({ title: `${p.org?.ja ?? ''}から相談が届きました`, body: p.consultation ?? '' }),
    en: (p) => ({ title: `A consultation from ${p.org?.en ?? ''}`, body: p.consultation ?? '' }),
  },
  consultation_answered: {
    ja: (p) => ({ title: '県から相談への回答がありました', body: p.consultation ?? '' }),
    en: (p) => ({ title: 'The prefecture answered your consultation', body: p.consultation ?? '' }),
  },
  consultation_followup: {
    ja: (p) => ({ title: `${p.org?.ja ?? ''}から回答済みの相談に追加の質問があります`, body: withComment(p.consultation ?? '', p) }),
    en: (p) => ({ title: `${p.org?.en ?? ''} followed up an answered consultation`, body: withComment(p.consultation ?? '', p) }),
  },
  survey_sent: {
    ja: (p) => ({ title: `県から照会が届きました（回答期限 ${formatDate(p.deadline ?? '')}）`, body: p.survey ?? '' }),
    en: (p) => ({ title: `A survey from the prefecture (answer by ${formatDate(p.deadline ?? '', 'en')})`, body: p.survey ?? '' }),
  },
  survey_due_soon: {
    ja: (p) => ({ title: `照会の回答期限が近づいています（${formatDate(p.deadline ?? '')}）`, body: p.survey ?? '' }),
    en: (p) => ({ title: `A survey is due soon (${formatDate(p.deadline ?? '', 'en')})`, body: p.survey ?? '' }),
  },
  survey_overdue: {
    ja: (p) => ({ title: `照会の回答期限を過ぎています（${formatDate(p.deadline ?? '')}）`, body: p.survey ?? '' }),
    en: (p) => ({ title: `A survey is past its deadline (${formatDate(p.deadline ?? '', 'en')})`, body: p.survey ?? '' }),
  },
};

/** A notice's title and text in the reader's language. Notices stored before kinds had parameters keep their Japanese sentences. */
export function noticeWords(notice: { kind: NoticeKind; params?: NoticeParams; title?: string; body?: string }, lang: Lang): Words {
  if (!notice.params) return { title: notice.title ?? '', body: notice.body ?? '' };
  return WORDS[notice.kind][lang](notice.params);
}
