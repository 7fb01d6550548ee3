import { createSignal, For, Show, untrack } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import type { Survey } from '../../../../shared/surveys/definition';
import { ApiError } from '../../app/api';
import { fiscalYearShort } from '../../app/format';
import { pick, tr } from '../../app/lang';
import { QueryError } from '../../ui/QueryError';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { dayLabel, surveyStatusLabel } from './labels';
import { createCopySurvey, createCreateSurvey, createSurveyAction, createUpdateSurvey } from './queries';
import { QuestionsEditor } from './QuestionsEditor';
import { RecipientsField } from './RecipientsField';
import { fieldPlace, fromDraft, toDraft } from './survey-draft';
import { useUnsavedWarning } from './unsaved';

/**
 * The survey's form: saved as a draft (version-guarded), sent after a confirmation, copied for next year. A sent
 * survey keeps its questions and recipients (answers refer to them); its title, deadline and sharing still change.
 */
export function SurveyForm(props: { survey?: Survey; fiscalYear: number; onSaved: (id: string) => void; onSent: (id: string) => void }) {
  const initial = untrack(() => props.survey);
  const [draft, setDraft] = createStore(toDraft(initial, props.fiscalYear));
  const [saved, setSaved] = createSignal(initial);
  const snapshot = () => JSON.stringify(fromDraft(unwrap(draft)));
  const [baseline, setBaseline] = createSignal(snapshot());
  const dirty = () => JSON.stringify(fromDraft(draft)) !== baseline();
  const [confirming, setConfirming] = createSignal<'send' | 'close' | undefined>();
  const [message, setMessage] = createSignal('');
  const create = createCreateSurvey();
  const update = createUpdateSurvey();
  const action = createSurveyAction();
  const copy = createCopySurvey();
  useUnsavedWarning(() => dirty() && !create.isPending && !update.isPending);

  const status = () => saved()?.status ?? 'draft';
  const frozen = () => status() !== 'draft';
  const closed = () => status() === 'closed';
  const busy = () => create.isPending || update.isPending || action.isPending || copy.isPending;
  const error = () => create.error ?? update.error ?? action.error ?? copy.error;
  const fieldErrors = () => (error() instanceof ApiError ? (error() as ApiError).fields : []);

  /** Saves the draft; the survey as the API now holds it, or undefined when the save failed (the error shows). */
  const save = async (): Promise<Survey | undefined> => {
    setMessage('');
    const input = fromDraft(draft);
    const current = saved();
    try {
      const result = current
        ? await update.mutateAsync({ surveyId: current.id, body: { ...input, version: current.version } })
        : await create.mutateAsync({ ...input, id: draft.id.trim() || undefined });
      setSaved(result);
      setBaseline(snapshot());
      setMessage(tr('保存しました。', 'Saved.'));
      if (!current) props.onSaved(result.id);
      return result;
    } catch {
      queueMicrotask(() => document.getElementById('survey-form-errors')?.focus());
      return undefined;
    }
  };

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    void save();
  };

  const runAction = async (which: 'send' | 'close') => {
    setConfirming(undefined);
    const survey = dirty() || !saved() ? await save() : saved();
    if (!survey) return;
    try {
      const result = await action.mutateAsync({ surveyId: survey.id, action: which, version: survey.version });
      setSaved(result);
      setBaseline(snapshot());
      if (which === 'send') props.onSent(result.id);
      else setMessage(tr('締め切りました。', 'Closed.'));
    } catch {
      queueMicrotask(() => document.getElementById('survey-form-errors')?.focus());
    }
  };

  const copyForNextYear = async () => {
    const survey = saved();
    if (!survey) return;
    try {
      const result = await copy.mutateAsync({ surveyId: survey.id });
      setBaseline(snapshot());
      props.onSaved(result.id);
    } catch {
      /* shown by QueryError */
    }
  };

  return (
    <form onSubmit={submit} class="survey-form" aria-describedby="survey-state">
      <p id="survey-state">
        <Show when={saved()} fallback={tr('まだ保存していない新しい照会です。', 'A new survey, not saved yet.')}>
          {(s) => (
            <>
              {tr('状態', 'Status')}: <span class={`state survey-${s().status}`}>{surveyStatusLabel(s().status)}</span>
              <Show when={s().sentAt}>{(at) => <> {tr(`（${dayLabel(at())}に送付）`, ` (sent ${dayLabel(at())})`)}</>}</Show>
            </>
          )}
        </Show>
      </p>
      <div id="survey-form-errors" tabIndex={-1}>
        <QueryError error={error()} />
        <Show when={fieldErrors().length > 0}>
          <ul class="field-error">
            <For each={fieldErrors()}>{(f) => <li>{fieldPlace(f.path, tr)}: {pick(f.message)}</li>}</For>
          </ul>
        </Show>
      </div>
      <fieldset disabled={closed()} class="plain">
        <legend class="visually-hidden">{tr('照会の内容', 'The survey')}</legend>
        <Show when={!saved()}>
          <div class="field">
            <label for="survey-id">{tr('照会ID（任意。英小文字・数字・ハイフン）', 'Survey id (optional; lower-case letters, digits, hyphens)')}</label>
            <input id="survey-id" value={draft.id} maxLength={63} aria-describedby="survey-id-help" onInput={(e) => setDraft('id', e.currentTarget.value)} />
            <p class="help" id="survey-id-help">{tr('空欄のときは自動で付けます。アドレスに使われます（例: r8-opendata-status）。', 'Left empty, one is made up. It appears in the address (e.g. r8-opendata-status).')}</p>
          </div>
        </Show>
        <div class="field">
          <label for="survey-title">{tr('件名', 'Title')}<span class="required">{tr('必須', 'Required')}</span></label>
          <input id="survey-title" class="wide" value={draft.title} maxLength={120} onInput={(e) => setDraft('title', e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="survey-description">{tr('説明（照会の趣旨、回答の基準日など）', 'Description (purpose, reference date…)')}</label>
          <textarea id="survey-description" value={draft.description} maxLength={4000} onInput={(e) => setDraft('description', e.currentTarget.value)} />
        </div>
        <div class="question-row">
          <div class="field">
            <label for="survey-fy">{tr('年度', 'Fiscal year')}</label>
            <select id="survey-fy" value={draft.fiscalYear} disabled={frozen()} onChange={(e) => setDraft('fiscalYear', e.currentTarget.value)}>
              <For each={[-1, 0, 1, 2].map((d) => props.fiscalYear + d)}>{(fy) => <option value={String(fy)}>{fiscalYearShort(fy)}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="survey-deadline">{tr('回答期限（この日まで）', 'Deadline (last day)')}</label>
            <input id="survey-deadline" type="date" value={draft.deadline} aria-describedby="survey-deadline-text" onInput={(e) => setDraft('deadline', e.currentTarget.value)} />
            <p class="help" id="survey-deadline-text">{draft.deadline ? dayLabel(draft.deadline) : tr('送付するには期限が必要です。', 'A deadline is needed to send.')}</p>
          </div>
        </div>
        <QuestionsEditor draft={draft} setDraft={setDraft} disabled={frozen()} />
        <RecipientsField draft={draft} setDraft={setDraft} disabled={frozen()} />
        <div class="field checkbox">
          <input type="checkbox" id="survey-share" checked={draft.shareAggregates} aria-describedby="survey-share-help" onChange={(e) => setDraft('shareAggregates', e.currentTarget.checked)} />
          <label for="survey-share">{tr('集計結果を市町村に公開する', 'Share the aggregates with municipalities')}</label>
          <p class="help" id="survey-share-help">{tr('公開しても、各市町村の個別の回答は他の市町村に見えません。', 'Even when shared, no municipality sees another’s own answers.')}</p>
        </div>
      </fieldset>
      <div class="actions">
        <Show when={!closed()}>
          <button type="submit" disabled={busy()}>{update.isPending || create.isPending ? tr('保存しています…', 'Saving…') : status() === 'draft' ? tr('下書き保存', 'Save draft') : tr('変更を保存', 'Save changes')}</button>
        </Show>
        <Show when={status() === 'draft'}>
          <button type="button" disabled={busy()} onClick={() => setConfirming('send')}>{tr('送付する', 'Send')}</button>
        </Show>
        <Show when={status() === 'sent'}>
          <button type="button" class="secondary" disabled={busy()} onClick={() => setConfirming('close')}>{tr('締め切る', 'Close')}</button>
        </Show>
        <Show when={saved()}>
          <button type="button" class="secondary" disabled={busy()} onClick={copyForNextYear}>{tr('コピーして来年度用に作成', 'Copy for next year')}</button>
        </Show>
      </div>
      <p role="status">{message()}{dirty() && saved() ? tr('（保存していない変更があります）', ' (unsaved changes)') : ''}</p>
      <ConfirmDialog
        open={confirming() !== undefined}
        title={confirming() === 'close' ? tr('照会を締め切りますか？', 'Close the survey?') : tr('照会を送付しますか？', 'Send the survey?')}
        message={
          confirming() === 'close'
            ? tr('締め切ると、市町村は回答を保存・提出できなくなります。', 'Once closed, municipalities can no longer save or submit answers.')
            : draft.allRecipients
              ? tr('全市町村に通知が届きます。送付後は設問と送付先を変更できません。', 'Every municipality is notified. The questions and recipients cannot change after sending.')
              : tr(`選んだ${draft.orgCodes.length}団体に通知が届きます。送付後は設問と送付先を変更できません。`, `The ${draft.orgCodes.length} chosen municipalities are notified. The questions and recipients cannot change after sending.`)
        }
        confirmLabel={confirming() === 'close' ? tr('締め切る', 'Close') : tr('送付する', 'Send')}
        onConfirm={() => void runAction(confirming()!)}
        onCancel={() => setConfirming(undefined)}
      />
    </form>
  );
}
