import type { Principal } from '../../shared/auth/roles';
import { faqPublishSchema } from '../../shared/consultations/faq';
import { messageRequestSchema, newConsultationSchema, type NewConsultation } from '../../shared/consultations/consultation';
import { createConsultation, postMessage, updateConsultation } from '../../functions/features/consultations/consultations';
import { publishFaq } from '../../functions/features/consultations/faq';
import { getConsultation } from '../../functions/features/consultations/consultations.table';

const PREF = '140007';
const DAY = 86_400_000;
const muni = (orgCode: string): Principal => ({ userId: `muni-${orgCode}`, name: '職員', role: 'municipal_staff', orgCode });
const STAFF: Principal = { userId: 'pref-staff', name: '職員', role: 'prefecture_staff', orgCode: PREF };

interface Example {
  id: string;
  orgCode: string;
  input: NewConsultation;
  daysAgo: number;
  /** The prefecture's reply, hours after arrival, and the status it sets. */
  answer?: { afterHours: number; text: string; status?: 'answered' | 'in_progress' };
  resolvedAfterDays?: number;
  faq?: { id: string; question: string; answer: string };
}

/**
 * Sample consultations for npm start and the browser tests (issue 17), written through the desk's own services.
 * None leaves 平塚市 or 横浜市 anything to do, nor the prefecture a consultation without a reply (the tasks tests
 * count theirs): 平塚市's is resolved and published as faq-seed-0001, 藤沢市's answered, 相模原市's in progress.
 * Writes nothing when the first already exists, so a restart changes nothing.
 */
const EXAMPLES: Example[] = [
  {
    id: 'c-seed-0001',
    orgCode: '142034',
    input: newConsultationSchema.parse({
      category: 'standardization',
      title: '標準準拠システムへの移行後の帳票の扱いについて',
      text: '住民記録システムを標準準拠システムへ移行する予定です。現在独自に出力している帳票のうち、標準仕様にないものはどのように扱えばよいでしょうか。平塚市 情報政策課',
    }),
    daysAgo: 90,
    answer: {
      afterHours: 26,
      text: '標準仕様にない帳票は、まず標準の帳票で代替できないかを業務所管課と確認してください。代替できないものは、標準準拠システムの外で作成する（EUC機能やRPA等）方法を検討し、カスタマイズは行わないでください。県でも他団体の事例を共有します。',
    },
    resolvedAfterDays: 4,
    faq: {
      id: 'faq-seed-0001',
      question: '標準準拠システムへ移行した後、標準仕様にない独自の帳票はどう扱えばよいですか。',
      answer: '標準仕様にない帳票は、まず標準の帳票で代替できないかを業務所管課と確認してください。代替できないものは、標準準拠システムの外で作成する（EUC機能やRPA等）方法を検討し、システムのカスタマイズは行わないでください。',
    },
  },
  {
    id: 'c-seed-0002',
    orgCode: '142051',
    input: newConsultationSchema.parse({
      category: 'mynumber',
      title: 'マイナンバーカードを使ったコンビニ交付の周知方法',
      text: 'コンビニ交付の利用率を上げるため、他団体で効果のあった周知方法があれば教えてください。',
    }),
    daysAgo: 20,
    answer: { afterHours: 50, text: '転入手続の窓口での案内と、広報紙での特集が効果的だったという団体が多いです。県で事例集を作成中ですので、完成したら共有します。' },
  },
  {
    id: 'c-seed-0003',
    orgCode: '141500',
    input: newConsultationSchema.parse({
      category: 'ai_rpa',
      title: '生成AIの利用ガイドラインの作成について',
      text: '職員向けの生成AI利用ガイドラインを作成しています。県のガイドラインとの整合で注意すべき点はありますか。',
    }),
    daysAgo: 6,
    answer: { afterHours: 20, text: '確認して改めて回答します。県のガイドライン改定案を添えてご連絡します。', status: 'in_progress' },
  },
];

export async function seedConsultations(now = new Date()): Promise<number> {
  if (await getConsultation(PREF, EXAMPLES[0]!.id)) return 0;
  for (const e of EXAMPLES) {
    const asker = muni(e.orgCode);
    const created = new Date(now.getTime() - e.daysAgo * DAY);
    let c = await createConsultation(PREF, e.input, asker, created, e.id);
    if (e.answer) {
      const at = new Date(created.getTime() + e.answer.afterHours * 3_600_000);
      const view = await postMessage(PREF, e.id, messageRequestSchema.parse({ text: e.answer.text, version: c.version, status: e.answer.status }), STAFF, at);
      c = view.consultation;
    }
    if (e.resolvedAfterDays) c = await updateConsultation(PREF, e.id, { status: 'resolved', version: c.version }, asker, new Date(created.getTime() + e.resolvedAfterDays * DAY));
    if (e.faq) {
      const at = new Date(created.getTime() + (e.resolvedAfterDays ?? 1) * DAY + 3_600_000);
      await publishFaq(PREF, e.id, faqPublishSchema.parse({ category: e.input.category, question: e.faq.question, answer: e.faq.answer, version: c.version }), STAFF, at, e.faq.id);
    }
  }
  return EXAMPLES.length;
}
