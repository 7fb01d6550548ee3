import { A, useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { ConsultationCategory } from '../../../../shared/consultations/labels';
import { ApiError } from '../../app/api';
import { createMeQuery } from '../../app/auth';
import { pickIf, tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';
import { QueryError } from '../../ui/QueryError';
import { categoryLabel, CONSULTATION_CATEGORIES } from './labels';
import { createRaise } from './queries';
import './consultations.css';

/** 相談する: a municipality's new consultation; files are attached on its page once it is registered. */
export default function NewConsultationPage() {
  usePageTitle(() => tr('相談する', 'New consultation'));
  const navigate = useNavigate();
  const raise = createRaise();
  const me = createMeQuery();
  const [category, setCategory] = createSignal<ConsultationCategory>('standardization');
  const [title, setTitle] = createSignal('');
  const [text, setText] = createSignal('');
  const fieldError = (path: string) => pickIf((raise.error as ApiError | null)?.fields?.find((f) => f.path === path)?.message);
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    raise.mutate({ category: category(), title: title(), text: text() }, { onSuccess: (c) => navigate(`/consultations/${c.id}?created=1`) });
  };
  return (
    <>
      <nav aria-label={tr('パンくずリスト', 'Breadcrumbs')}>
        <ol class="breadcrumbs">
          <li><A href="/consultations">{tr('相談窓口', 'Consultation desk')}</A></li>
          <li aria-current="page">{tr('相談する', 'New consultation')}</li>
        </ol>
      </nav>
      <h1>{tr('相談する', 'New consultation')}</h1>
      <p>{tr('県の担当者が回答します。資料のファイルは、登録した相談のページで添付できます。', 'The prefecture answers here. Attach files on the consultation’s page once it is registered.')}</p>
      <Show when={me.data && me.data.role !== 'municipal_staff'}>
        <p class="notice warning">{tr('相談を登録できるのは市町村の職員です。県の職員は相談窓口の一覧から回答してください。', 'Only municipal staff raise consultations. Prefecture staff answer them from the desk’s list.')}</p>
      </Show>
      <Show when={me.data?.role === 'municipal_staff'}>
      <form class="desk-form" onSubmit={submit} novalidate>
        <QueryError error={raise.error} />
        <div class="field">
          <label for="consultation-category">{tr('分類', 'Category')}</label>
          <select id="consultation-category" value={category()} onChange={(e) => setCategory(e.currentTarget.value as ConsultationCategory)}>
            <For each={CONSULTATION_CATEGORIES}>{(c) => <option value={c}>{categoryLabel(c)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="consultation-title">{tr('件名', 'Title')}</label>
          <input id="consultation-title" type="text" value={title()} onInput={(e) => setTitle(e.currentTarget.value)} maxLength={200} required
            aria-invalid={fieldError('title') ? 'true' : undefined} aria-describedby="consultation-title-error" />
          <Show when={fieldError('title')}>{(m) => <p id="consultation-title-error" class="field-error">{m()}</p>}</Show>
        </div>
        <div class="field">
          <label for="consultation-text">{tr('相談内容', 'Your question')}</label>
          <textarea id="consultation-text" value={text()} onInput={(e) => setText(e.currentTarget.value)} maxLength={5000} required
            aria-invalid={fieldError('text') ? 'true' : undefined} aria-describedby="consultation-text-error" />
          <Show when={fieldError('text')}>{(m) => <p id="consultation-text-error" class="field-error">{m()}</p>}</Show>
        </div>
        <button type="submit" disabled={raise.isPending}>{raise.isPending ? tr('送信中…', 'Sending…') : tr('相談を送る', 'Send')}</button>
      </form>
      </Show>
    </>
  );
}
