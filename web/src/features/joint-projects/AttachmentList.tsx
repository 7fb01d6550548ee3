import { createSignal, For, Show } from 'solid-js';
import type { ReportView } from '../../../../shared/api/joint-projects';
import { ATTACHMENT_TYPES, formatBytes, MAX_ATTACHMENT_BYTES } from '../../../../shared/joint-projects/attachment-types';
import { ApiError } from '../../app/api';
import { QueryError } from '../../ui/QueryError';
import { createAttachFile, createRemoveFile, downloadAttachment, type ReportRef } from './queries';
import { tr } from '../../app/lang';

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
    if (!file) return setProblem(tr('ファイルを選んでください。', 'Choose a file.'));
    // Checked here to save a round trip; the API checks again.
    if (!(file.type in ATTACHMENT_TYPES)) return setProblem(tr(`添付できるのは ${typeNames} のファイルです。`, 'Allowed file types: PDF, PNG, JPEG, CSV, text, xlsx, docx, pptx.'));
    if (file.size > MAX_ATTACHMENT_BYTES) return setProblem(tr(`添付できるのは1ファイル${formatBytes(MAX_ATTACHMENT_BYTES)}までです（このファイルは${formatBytes(file.size)}）。`, `At most ${formatBytes(MAX_ATTACHMENT_BYTES)} per file (this one is ${formatBytes(file.size)}).`));
    attach.mutate(
      { ...props.reportRef, file, onProgress: setStep },
      { onSuccess: () => { setStep(tr(`「${file.name}」を添付しました。`, `“${file.name}” is attached.`)); input.value = ''; }, onError: () => setStep('') },
    );
  };
  const uploadError = () =>
    attach.error && !(attach.error instanceof ApiError) ? tr('アップロードに失敗しました。通信環境を確認して、もう一度お試しください。', 'The upload failed. Check the connection and try again.') : '';
  return (
    <section aria-labelledby="files-heading">
      <h2 id="files-heading">{tr('添付ファイル（根拠資料）', 'Evidence files')}</h2>
      <ul class="files">
        <For each={props.view.attachments} fallback={<li>{tr('添付ファイルはありません。', 'No files.')}</li>}>
          {(a) => (
            <li>
              <button type="button" class="link" onClick={() => void downloadAttachment(props.reportRef, a)}>{a.fileName}</button>
              <span class="help">（{ATTACHMENT_TYPES[a.contentType]}、{formatBytes(a.size)}）</span>
              <Show when={props.editable}>
                <button type="button" class="link" disabled={remove.isPending} onClick={() => remove.mutate({ ...props.reportRef, attachmentId: a.id })}>
                  {tr('削除', 'Remove')}<span class="visually-hidden">: {a.fileName}</span>
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
            <label for="attachment-file">{tr('ファイルを選ぶ', 'Choose a file')}</label>
            <input id="attachment-file" type="file" accept={accept} ref={input} aria-describedby="attachment-help" />
            <p id="attachment-help" class="help">{tr(`${typeNames}、1ファイル10MBまで、1報告10ファイルまで。`, 'PDF, images, CSV, text or Office files; 10 MB each, 10 per report.')}</p>
          </div>
          <button type="submit" class="secondary" disabled={attach.isPending}>{tr('添付する', 'Attach')}</button>
          <p role="status">{step()}</p>
        </form>
      </Show>
    </section>
  );
}
