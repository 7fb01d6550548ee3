import { createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { ProjectSave } from '../../../../shared/api/joint-projects';
import type { JointProject, ReportField } from '../../../../shared/joint-projects/definition';
import { PROJECT_KINDS } from '../../../../shared/joint-projects/kinds';
import { ApiError } from '../../app/api';
import { QueryError } from '../../ui/QueryError';
import { kindLabel } from './labels';
import { createSaveProject } from './queries';
import { pick, tr } from '../../app/lang';

type Draft = ProjectSave['project'];
type FieldDraft = { id: string; label: string; type: ReportField['type']; required: boolean; unit: string; aggregate: boolean; options: string };

const emptyDraft = (): Draft => ({ name: '', kind: 'joint_procurement', description: '', phases: [{ id: 'trial', name: 'トライアル' }, { id: 'live', name: '導入・運用', live: true }], periods: [], fields: [], measureLinks: [] });
const toFieldDraft = (f: ReportField): FieldDraft => ({
  id: f.id, label: f.label, type: f.type, required: f.required,
  unit: f.type === 'number' ? f.unit : '', aggregate: f.type === 'number' ? f.aggregate : false, options: f.type === 'status' ? f.options.join('、') : '',
});
function fromFieldDraft(f: FieldDraft): ReportField {
  const base = { id: f.id.trim(), label: f.label.trim(), required: f.required };
  if (f.type === 'number') return { ...base, type: 'number', unit: f.unit.trim(), aggregate: f.aggregate };
  if (f.type === 'status') return { ...base, type: 'status', options: f.options.split(/[、,]/).map((o) => o.trim()).filter(Boolean) };
  return { ...base, type: 'text', maxLength: 2000 };
}

/** The form of one joint project's definition: phases, reporting periods with deadlines, report fields, linked measures. */
export function ProjectEditor(props: { project?: JointProject; onSaved: (id: string) => void }) {
  const [id, setId] = createSignal(props.project?.id ?? '');
  const [draft, setDraft] = createStore<Draft>(props.project ? structuredClone({ ...props.project }) : emptyDraft());
  const [fields, setFields] = createStore<FieldDraft[]>((props.project?.fields ?? [{ id: 'progress', label: '進捗', type: 'status', options: ['予定どおり', '遅れあり'], required: true }]).map(toFieldDraft));
  const [links, setLinks] = createSignal((props.project?.measureLinks ?? []).map((l) => l.measureNo).join('、'));
  const save = createSaveProject();
  const fieldErrors = () => (save.error instanceof ApiError ? save.error.fields : []);
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const project = {
      ...draft,
      fields: fields.map(fromFieldDraft),
      measureLinks: links().split(/[、,\s]+/).filter(Boolean).map((measureNo) => ({ planId: 'kanagawa-dx', measureNo })),
    };
    save.mutate({ projectId: id().trim(), body: { version: props.project?.version ?? 0, project } }, { onSuccess: (p) => props.onSaved(p.id) });
  };
  const text = (label: string, value: () => string, set: (v: string) => void, inputId: string) => (
    <div class="field"><label for={inputId}>{label}</label><input id={inputId} value={value()} onInput={(e) => set(e.currentTarget.value)} /></div>
  );
  return (
    <form onSubmit={submit} aria-labelledby="editor-heading">
      <h2 id="editor-heading">{props.project ? tr(`「${props.project.name}」の編集`, `Edit “${props.project.name}”`) : tr('新しい協働事業', 'New joint project')}</h2>
      <QueryError error={save.error} />
      <Show when={fieldErrors().length > 0}>
        <ul class="field-error">
          <For each={fieldErrors()}>{(f) => <li>{f.path}: {pick(f.message)}</li>}</For>
        </ul>
      </Show>
      <Show when={!props.project}>{text(tr('事業ID（英小文字・数字・ハイフン）', 'Project id (lower-case letters, digits, hyphens)'), id, setId, 'project-id')}</Show>
      {text(tr('事業名', 'Name'), () => draft.name, (v) => setDraft('name', v), 'project-name')}
      <div class="field">
        <label for="project-kind">{tr('種類', 'Kind')}</label>
        <select id="project-kind" value={draft.kind} onChange={(e) => setDraft('kind', e.currentTarget.value as Draft['kind'])}>
          <For each={PROJECT_KINDS}>{(k) => <option value={k}>{kindLabel(k)}</option>}</For>
        </select>
      </div>
      <div class="field"><label for="project-description">{tr('説明', 'Description')}</label><textarea id="project-description" value={draft.description ?? ''} onInput={(e) => setDraft('description', e.currentTarget.value)} /></div>
      {text(tr('関連する施策番号（例: 21-1、21-4）', 'Plan measures (e.g. 21-1, 21-4)'), links, setLinks, 'project-links')}

      <fieldset class="rows-editor">
        <legend>{tr('フェーズ（順に進みます）', 'Phases (in order)')}</legend>
        <table>
          <thead><tr><th scope="col">ID</th><th scope="col">{tr('名前', 'Name')}</th><th scope="col">{tr('導入・運用に数える', 'Counts as live')}</th><th scope="col"><span class="visually-hidden">{tr('操作', 'Actions')}</span></th></tr></thead>
          <tbody>
            <For each={draft.phases}>
              {(p, i) => (
                <tr>
                  <td><input aria-label={tr(`フェーズ${i() + 1}のID`, `Phase ${i() + 1} id`)} value={p.id} onInput={(e) => setDraft('phases', i(), 'id', e.currentTarget.value)} /></td>
                  <td><input aria-label={tr(`フェーズ${i() + 1}の名前`, `Phase ${i() + 1} name`)} value={p.name} onInput={(e) => setDraft('phases', i(), 'name', e.currentTarget.value)} /></td>
                  <td><input type="checkbox" aria-label={tr(`フェーズ${i() + 1}を導入・運用に数える`, `Count phase ${i() + 1} as live`)} checked={!!p.live} onChange={(e) => setDraft('phases', i(), 'live', e.currentTarget.checked)} /></td>
                  <td><button type="button" class="link" onClick={() => setDraft('phases', draft.phases.filter((_, j) => j !== i()))}>{tr('削除', 'Remove')}<span class="visually-hidden">: {tr('フェーズ', 'Phase ')}{i() + 1}</span></button></td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <button type="button" class="secondary" onClick={() => setDraft('phases', [...draft.phases, { id: '', name: '' }])}>{tr('フェーズを追加', 'Add a phase')}</button>
      </fieldset>

      <fieldset class="rows-editor">
        <legend>{tr('報告期間と提出期限', 'Reporting periods and deadlines')}</legend>
        <table>
          <thead><tr><th scope="col">{tr('ID（例: 2027-Q1）', 'Id (e.g. 2027-Q1)')}</th><th scope="col">{tr('表示名', 'Label')}</th><th scope="col">{tr('提出期限', 'Deadline')}</th><th scope="col"><span class="visually-hidden">{tr('操作', 'Actions')}</span></th></tr></thead>
          <tbody>
            <For each={draft.periods}>
              {(p, i) => (
                <tr>
                  <td><input aria-label={tr(`報告期間${i() + 1}のID`, `Period ${i() + 1} id`)} value={p.id} onInput={(e) => setDraft('periods', i(), 'id', e.currentTarget.value)} /></td>
                  <td><input aria-label={tr(`報告期間${i() + 1}の表示名`, `Period ${i() + 1} label`)} value={p.label} onInput={(e) => setDraft('periods', i(), 'label', e.currentTarget.value)} /></td>
                  <td><input type="date" aria-label={tr(`報告期間${i() + 1}の提出期限`, `Period ${i() + 1} deadline`)} value={p.deadline} onInput={(e) => setDraft('periods', i(), 'deadline', e.currentTarget.value)} /></td>
                  <td><button type="button" class="link" onClick={() => setDraft('periods', draft.periods.filter((_, j) => j !== i()))}>{tr('削除', 'Remove')}<span class="visually-hidden">: {tr('報告期間', 'Period ')}{i() + 1}</span></button></td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <button type="button" class="secondary" onClick={() => setDraft('periods', [...draft.periods, { id: '', label: '', deadline: '' }])}>{tr('報告期間を追加', 'Add a period')}</button>
      </fieldset>

      <fieldset class="rows-editor">
        <legend>{tr('報告様式の項目', 'Report form fields')}</legend>
        <table>
          <thead><tr><th scope="col">ID</th><th scope="col">{tr('項目名', 'Label')}</th><th scope="col">{tr('種類', 'Type')}</th><th scope="col">{tr('必須', 'Required')}</th><th scope="col">{tr('単位・選択肢', 'Unit / options')}</th><th scope="col">{tr('効果に合計', 'Add up')}</th><th scope="col"><span class="visually-hidden">{tr('操作', 'Actions')}</span></th></tr></thead>
          <tbody>
            <For each={fields}>
              {(f, i) => (
                <tr>
                  <td><input aria-label={tr(`項目${i() + 1}のID`, `Field ${i() + 1} id`)} value={f.id} onInput={(e) => setFields(i(), 'id', e.currentTarget.value)} /></td>
                  <td><input aria-label={tr(`項目${i() + 1}の名前`, `Field ${i() + 1} label`)} value={f.label} onInput={(e) => setFields(i(), 'label', e.currentTarget.value)} /></td>
                  <td>
                    <select aria-label={tr(`項目${i() + 1}の種類`, `Field ${i() + 1} type`)} value={f.type} onChange={(e) => setFields(i(), 'type', e.currentTarget.value as FieldDraft['type'])}>
                      <option value="status">{tr('選択', 'Choice')}</option><option value="number">{tr('数値', 'Number')}</option><option value="text">{tr('文章', 'Text')}</option>
                    </select>
                  </td>
                  <td><input type="checkbox" aria-label={tr(`項目${i() + 1}を必須にする`, `Field ${i() + 1} required`)} checked={f.required} onChange={(e) => setFields(i(), 'required', e.currentTarget.checked)} /></td>
                  <td>
                    <Show when={f.type !== 'text'}>
                      <input aria-label={f.type === 'number' ? tr(`項目${i() + 1}の単位`, `Field ${i() + 1} unit`) : tr(`項目${i() + 1}の選択肢（、区切り）`, `Field ${i() + 1} options (separated by commas)`)} value={f.type === 'number' ? f.unit : f.options}
                        onInput={(e) => setFields(i(), f.type === 'number' ? 'unit' : 'options', e.currentTarget.value)} />
                    </Show>
                  </td>
                  <td><Show when={f.type === 'number'}><input type="checkbox" aria-label={tr(`項目${i() + 1}を効果に合計する`, `Add field ${i() + 1} up in the effects`)} checked={f.aggregate} onChange={(e) => setFields(i(), 'aggregate', e.currentTarget.checked)} /></Show></td>
                  <td><button type="button" class="link" onClick={() => setFields(fields.filter((_, j) => j !== i()))}>{tr('削除', 'Remove')}<span class="visually-hidden">: {tr('項目', 'Field ')}{i() + 1}</span></button></td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <button type="button" class="secondary" onClick={() => setFields([...fields, { id: '', label: '', type: 'number', required: false, unit: '', aggregate: true, options: '' }])}>{tr('項目を追加', 'Add a field')}</button>
      </fieldset>
      <button type="submit" disabled={save.isPending}>{save.isPending ? tr('保存しています…', 'Saving…') : tr('保存する', 'Save')}</button>
    </form>
  );
}
