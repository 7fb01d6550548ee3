import { createSignal, For, Show } from 'solid-js';
import type { ReportView } from '../../../shared/api/joint-projects';
import { ATTACHMENT_TYPES, formatBytes, MAX_ATTACHMENT_BYTES } from '../../../shared/joint-projects/attachment-types';
import { ApiError } from '../api';
import { QueryError } from '../components/QueryError';
import { createAttachFile, createRemoveFile, downloadAttachment, type ReportRef } from '../queries/joint-projects';

const accept = Object.keys(ATTACHMENT_TYPES).join(',');
const typeNames = Object.values(ATTACHMENT_TYPES).join('、');

/** 添付ファイル (evidence): listed for readers; the municipality adds and removes them while editing. */
export function AttachmentList(props: { reportRef: ReportRef; view: ReportView; editable: boolean }) {
  const attach = createAttachFile();
  const remove = createRemoveFile();
  const [step, setStep] = createSignal('');
  const [problem, setProblem] = createSignal('');
  let input!: HTMLInputElement;
  const upload = (e: SubmitEvent) => {
    e.preventDefault();
    setProblem('');
    const file = input.files?.[0];
    if (!file) return setProblem('ファイルを選んでください。');
    // Checked here to save a round trip; the API checks again.
    if (!(file.type in ATTACHMENT_TYPES)) return setProblem(`添付できるのは ${typeNames} のファイルです。`);
    if (file.size > MAX_ATTACHMENT_BYTES) return setProblem(`添付できるのは1ファイル${formatBytes(MAX_ATTACHMENT_BYTES)}までです（このファイルは${formatBytes(file.size)}）。`);
    attach.mutate(
      { ...props.reportRef, file, onProgress: setStep },
      { onSuccess: () => { setStep(`「${file.name}」を添付しました。`); input.value = ''; }, onError: () => setStep('') },
    );
  };
  const uploadError = () =>
    attach.error && !(attach.error instanceof ApiError) ? 'アップロードに失敗しました。通信環境を確認して、もう一度お試しください。' : '';
  return (
    <section aria-labelledby="files-heading">
      <h2 id="files-heading">添付ファイル（根拠資料）</h2>
      <ul class="files">
        <For each={props.view.attachments} fallback={<li>添付ファイルはありません。</li>}>
          {(a) => (
            <li>
              <button type="button" class="link" onClick={() => void downloadAttachment(props.reportRef, a)}>{a.fileName}</button>
              <span class="help">（{ATTACHMENT_TYPES[a.contentType]}、{formatBytes(a.size)}）</span>
              <Show when={props.editable}>
                <button type="button" class="link" disabled={remove.isPending} onClick={() => remove.mutate({ ...props.reportRef, attachmentId: a.id })}>
                  削除<span class="visually-hidden">: {a.fileName}</span>
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.editable}>
        <form onSubmit={upload}>
          <QueryError error={attach.error instanceof ApiError ? attach.error : remove.error} />
          <Show when={uploadError() || problem()}>{(m) => <p class="field-error" role="alert">{m()}</p>}</Show>
          <div class="field">
            <label for="attachment-file">ファイルを選ぶ</label>
            <input id="attachment-file" type="file" accept={accept} ref={input} aria-describedby="attachment-help" />
            <p id="attachment-help" class="help">{typeNames}、1ファイル10MBまで、1報告10ファイルまで。</p>
          </div>
          <button type="submit" class="secondary" disabled={attach.isPending}>添付する</button>
          <p role="status">{step()}</p>
        </form>
      </Show>
    </section>
  );
}
