import { A, useParams, useSearchParams } from '@solidjs/router';
import { useQueryClient } from '@tanstack/solid-query';
import { createSignal, Show } from 'solid-js';
import { createMeQuery } from '../../app/auth';
import { warekiDateTimeLabel } from '../../app/format';
import { tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';
import { usePageTitle } from '../../app/page-title';
import { consultationKeys } from '../../app/query-keys';
import { Attachments } from '../../ui/Attachments';
import { Loading, QueryError } from '../../ui/QueryError';
import { ConsultationThread } from './ConsultationThread';
import { DeskActions } from './DeskActions';
import { FaqPublishForm } from './FaqPublishForm';
import { categoryLabel, statusLabel } from './labels';
import { createConsultationQuery } from './queries';
import './consultations.css';

/** 相談: one consultation with its thread and files; the prefecture answers and publishes, the municipality follows up and resolves. */
export default function ConsultationPage() {
  const params = useParams<{ consultationId: string }>();
  const [search] = useSearchParams<{ created?: string }>();
  const view = createConsultationQuery(() => params.consultationId);
  const me = createMeQuery();
  const client = useQueryClient();
  const [message, setMessage] = createSignal(search.created ? tr('相談を登録しました。県から回答があるとお知らせが届きます。', 'Your consultation was registered. You will be notified when the prefecture answers.') : '');
  const c = () => view.data?.consultation;
  usePageTitle(() => `${c()?.title ?? tr('相談', 'Consultation')} ${tr('相談窓口', 'Consultation desk')}`);
  const prefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  const done = (text: string) => setMessage(text);
  return (
    <>
      <nav aria-label={tr('パンくずリスト', 'Breadcrumbs')}>
        <ol class="breadcrumbs">
          <li><A href="/consultations">{tr('相談窓口', 'Consultation desk')}</A></li>
          <li aria-current="page" lang="ja">{c()?.title ?? params.consultationId}</li>
        </ol>
      </nav>
      <h1 lang="ja">{c()?.title ?? tr('相談', 'Consultation')}</h1>
      <div role="status" aria-live="polite" class={message() ? 'notice success' : ''}>{message()}</div>
      <QueryError error={view.error} />
      <Show when={view.data} fallback={<Show when={!view.error}><Loading what={tr('相談', 'consultation')} /></Show>}>
        <dl class="meta">
          <dt>{tr('相談した団体', 'Asked by')}</dt>
          <dd>{orgLabel(c()!.orgCode)}</dd>
          <dt>{tr('分類', 'Category')}</dt>
          <dd>{categoryLabel(c()!.category)}</dd>
          <dt>{tr('状態', 'Status')}</dt>
          <dd><span class={`consultation-status status-${c()!.status}`}>{statusLabel(c()!.status)}</span></dd>
          <dt>{tr('受付', 'Received')}</dt>
          <dd>{warekiDateTimeLabel(c()!.createdAt)}</dd>
          <Show when={c()!.firstAnsweredAt}>
            <dt>{tr('初回回答', 'First answered')}</dt>
            <dd>{warekiDateTimeLabel(c()!.firstAnsweredAt!)}</dd>
          </Show>
          <dt>{tr('技術相談', 'Technical')}</dt>
          <dd>{c()!.technical ? tr('はい', 'Yes') : tr('いいえ', 'No')}</dd>
        </dl>
        <section aria-labelledby="question-heading">
          <h2 id="question-heading">{tr('相談内容', 'The question')}</h2>
          <p class="consultation-text" lang="ja">{c()!.text}</p>
        </section>
        <Attachments
          base={`/api/consultations/${c()!.id}/attachments`}
          files={view.data!.attachments}
          editable={view.data!.allowedActions.includes('attach')}
          onChange={() => client.invalidateQueries({ queryKey: consultationKeys.consultation(params.consultationId) })}
          heading={{ ja: '添付ファイル', en: 'Files' }}
          headingId="consultation-files-heading"
          maxFiles={10}
        />
        <ConsultationThread view={view.data!} onSent={done} />
        <Show when={me.data}>
          <DeskActions view={view.data!} prefecture={prefecture()} onDone={done} />
        </Show>
        <Show when={prefecture()}>
          <FaqPublishForm view={view.data!} onDone={done} />
        </Show>
      </Show>
    </>
  );
}
