import { createSignal, createUniqueId, For, Show } from 'solid-js';
import type { Attachment, AttachmentRequest } from '../../../shared/files/attachments';
import { ATTACHMENT_TYPES, formatBytes, MAX_ATTACHMENT_BYTES } from '../../../shared/files/attachment-types';
import { apiFetch, ApiError, getJson, sendJson } from '../app/api';
import { tr } from '../app/lang';
import { QueryError } from './QueryError';

const accept = Object.keys(ATTACHMENT_TYPES).join(',');
const typeNames = Object.values(ATTACHMENT_TYPES).join('、');

export interface AttachmentsProps {
  /** The thread's files routes (functions/platform/http/attachment-routes.ts), e.g. `/api/consultations/c1/attachments`. */
  base: string;
  files: readonly Attachment[];
  editable: boolean;
  /** A file was added or removed: refetch the thread. */
  onChange: () => void;
  heading: { ja: string; en: string } | string;
  headingId?: string;
  /** The thread's limit, for the help text (the API enforces it). */
  maxFiles?: number;
}

/** Opens a file through a short-lived signed link (the token never goes into a URL). */
async function download(base: string, file: Attachment): Promise<void> {
  const { url } = await getJson<{ url: string }>(`${base}/${file.id}`);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
}

/**
 * A thread's files (a report's evidence, a consultation's, a meeting's materials): listed for readers; added and
 * removed by whoever may change the thread. Adding is the three steps of a presigned upload: register (limits
 * checked by the API), PUT the bytes straight to the store, confirm (the content checked against its type).
 */
export function Attachments(props: AttachmentsProps) {
  const id = createUniqueId();
  const headingId = () => props.headingId ?? `files-${id}`;
  const [step, setStep] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const [error, setError] = createSignal<unknown>();
  const [busy, setBusy] = createSignal(false);
  let input!: HTMLInputElement;

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(undefined);
    try {
      setStep(await work());
      props.onChange();
    } catch (e) {
      setStep('');
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const upload = (e: SubmitEvent) => {
    e.preventDefault();
    setProblem('');
    setError(undefined);
    const file = input.files?.[0];
    if (!file) return setProblem(tr('ファイルを選んでください。', 'Choose a file.'));
    // Checked here to save a round trip; the API checks again.
    if (!(file.type in ATTACHMENT_TYPES)) return setProblem(tr(`添付できるのは ${typeNames} のファイルです。`, 'Allowed file types: PDF, PNG, JPEG, CSV, text, xlsx, docx, pptx.'));
    if (file.size > MAX_ATTACHMENT_BYTES) {
      return setProblem(tr(`添付できるのは1ファイル${formatBytes(MAX_ATTACHMENT_BYTES)}までです（このファイルは${formatBytes(file.size)}）。`, `At most ${formatBytes(MAX_ATTACHMENT_BYTES)} per file (this one is ${formatBytes(file.size)}).`));
    }
    void run(async () => {
      const request: AttachmentRequest = { fileName: file.name, contentType: file.type as AttachmentRequest['contentType'], size: file.size };
      setStep(tr('登録中…', 'Registering…'));
      const { attachment, upload } = await sendJson<{ attachment: Attachment; upload: { url: string; headers: Record<string, string> } }>('POST', props.base, request);
      setStep(tr('アップロード中…', 'Uploading…'));
      // The signed URL is the authorization: no bearer token goes to the store.
      const put = await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: file }).catch(() => undefined);
      if (!put?.ok) throw new Error('upload');
      setStep(tr('確認中…', 'Checking…'));
      await sendJson<Attachment>('POST', `${props.base}/${attachment.id}/confirm`, {});
      input.value = '';
      return tr(`「${file.name}」を添付しました。`, `“${file.name}” is attached.`);
    });
  };

  const remove = (file: Attachment) =>
    void run(async () => {
      await apiFetch(`${props.base}/${file.id}`, { method: 'DELETE' });
      return tr(`「${file.fileName}」を削除しました。`, `“${file.fileName}” is removed.`);
    });

  const uploadFailed = () =>
    error() && !(error() instanceof ApiError) ? tr('アップロードに失敗しました。通信環境を確認して、もう一度お試しください。', 'The upload failed. Check the connection and try again.') : '';
  const heading = () => (typeof props.heading === 'string' ? props.heading : tr(props.heading.ja, props.heading.en));

  return (
    <section aria-labelledby={headingId()}>
      <h2 id={headingId()}>{heading()}</h2>
      <ul class="files">
        <For each={props.files} fallback={<li>{tr('添付ファイルはありません。', 'No files.')}</li>}>
          {(a) => (
            <li>
              <button type="button" class="link" onClick={() => void download(props.base, a).catch(setError)}>{a.fileName}</button>
              <span class="help">（{ATTACHMENT_TYPES[a.contentType]}、{formatBytes(a.size)}）</span>
              <Show when={props.editable}>
                <button type="button" class="link" disabled={busy()} onClick={() => remove(a)}>
                  {tr('削除', 'Remove')}<span class="visually-hidden">: {a.fileName}</span>
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <QueryError error={error() instanceof ApiError ? error() : undefined} />
      <Show when={props.editable}>
        <form onSubmit={upload}>
          <Show when={uploadFailed() || problem()}>{(m) => <p class="field-error" role="alert">{m()}</p>}</Show>
          <div class="field">
            <label for={`file-${id}`}>{tr('ファイルを選ぶ', 'Choose a file')}</label>
            <input id={`file-${id}`} type="file" accept={accept} ref={input} aria-describedby={`file-help-${id}`} />
            <p id={`file-help-${id}`} class="help">{tr(`${typeNames}、1ファイル10MBまで${props.maxFiles ? `、${props.maxFiles}ファイルまで` : ''}。`, `PDF, images, CSV, text or Office files; 10 MB each${props.maxFiles ? `, ${props.maxFiles} at most` : ''}.`)}</p>
          </div>
          <button type="submit" class="secondary" disabled={busy()}>{tr('添付する', 'Attach')}</button>
        </form>
      </Show>
      <p role="status">{step()}</p>
    </section>
  );
}
