import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { ConsultationView } from '../../../../shared/consultations/consultation';
import type { ConsultationCategory } from '../../../../shared/consultations/labels';
import { ApiError } from '../../app/api';
import { pickIf, tr } from '../../app/lang';
import { QueryError } from '../../ui/QueryError';
import { categoryLabel, CONSULTATION_CATEGORIES } from './labels';
import { createPublishFaq } from './queries';

/**
 * よくある相談として公開 (the prefecture): the editor starts from the question and the prefecture's last answer;
 * the entry is saved apart from the consultation, so remove the municipality's name and anything that identifies it.
 */
export function FaqPublishForm(props: { view: ConsultationView; onDone: (text: string) => void }) {
  const c = () => props.view.consultation;
  const lastAnswer = () => [...props.view.messages].reverse().find((m) => m.from === 'prefecture')?.text ?? '';
  const [open, setOpen] = createSignal(false);
  const [category, setCategory] = createSignal<ConsultationCategory>(c().category);
  const [question, setQuestion] = createSignal(c().text);
  const [answer, setAnswer] = createSignal(lastAnswer());
  const publish = createPublishFaq();
  const fieldError = (path: string) => pickIf((publish.error as ApiError | null)?.fields?.find((f) => f.path === path)?.message);
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    publish.mutate({ id: c().id, category: category(), question: question(), answer: answer(), version: c().version }, { onSuccess: () => { setOpen(false); props.onDone(tr('よくある相談に公開しました。', 'Published to the FAQ.')); } });
  };
  return (
    <section aria-labelledby="faq-publish-heading">
      <h2 id="faq-publish-heading">{tr('よくある相談', 'FAQ')}</h2>
      <Show when={c().faqEntryId}>
        {(entry) => <p>{tr('この相談はよくある相談として公開しています: ', 'Published to the FAQ: ')}<A href={`/faq/${entry()}`}>{tr('公開した項目を見る', 'Open the entry')}</A></p>}
      </Show>
      <Show when={props.view.allowedActions.includes('publish_faq')}>
        <Show when={open()} fallback={<button type="button" class="secondary" onClick={() => setOpen(true)}>{tr('FAQとして公開', 'Publish to the FAQ')}</button>}>
          <form class="desk-form" onSubmit={submit}>
            <p class="notice warning">{tr('公開される項目は相談とは別に保存され、すべての市町村が読めます。団体名・氏名など相談者が分かる記述を消してください。', 'The entry is saved apart from the consultation and every municipality reads it. Remove the municipality’s name, people’s names and anything else that identifies the asker.')}</p>
            <QueryError error={publish.error} />
            <div class="field">
              <label for="faq-category">{tr('分類', 'Category')}</label>
              <select id="faq-category" value={category()} onChange={(e) => setCategory(e.currentTarget.value as ConsultationCategory)}>
                <For each={CONSULTATION_CATEGORIES}>{(k) => <option value={k}>{categoryLabel(k)}</option>}</For>
              </select>
            </div>
            <div class="field">
              <label for="faq-question">{tr('質問（編集して公開）', 'Question (as published)')}</label>
              <textarea id="faq-question" value={question()} onInput={(e) => setQuestion(e.currentTarget.value)} maxLength={5000} aria-describedby="faq-question-error" />
              <Show when={fieldError('question')}>{(m) => <p id="faq-question-error" class="field-error">{m()}</p>}</Show>
            </div>
            <div class="field">
              <label for="faq-answer">{tr('回答（編集して公開）', 'Answer (as published)')}</label>
              <textarea id="faq-answer" value={answer()} onInput={(e) => setAnswer(e.currentTarget.value)} maxLength={5000} aria-describedby="faq-answer-error" />
              <Show when={fieldError('answer')}>{(m) => <p id="faq-answer-error" class="field-error">{m()}</p>}</Show>
            </div>
            <button type="submit" disabled={publish.isPending}>{tr('公開する', 'Publish')}</button>{' '}
            <button type="button" class="secondary" onClick={() => setOpen(false)}>{tr('やめる', 'Cancel')}</button>
          </form>
        </Show>
      </Show>
    </section>
  );
}
