import { createSignal, For, Show } from 'solid-js';
import type { ProjectOverview } from '../../../../shared/api/joint-projects';
import type { Organisation } from '../../../../shared/org/organisation';
import { ApiError } from '../../app/api';
import { QueryError } from '../../ui/QueryError';
import { createSetParticipation } from './queries';
import { pickIf, tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';

/** 参加団体の追加・フェーズ変更 (prefecture staff): choose a municipality and the phase it is in now. */
export function ParticipationForm(props: { overview: ProjectOverview; organisations: Organisation[] }) {
  const municipalities = () => props.organisations.filter((o) => o.kind !== 'prefecture');
  const [orgCode, setOrgCode] = createSignal(municipalities()[0]?.code ?? '');
  const current = () => props.overview.participants.find((p) => p.orgCode === orgCode());
  const [phaseId, setPhaseId] = createSignal(props.overview.project.phases[0]!.id);
  const [emails, setEmails] = createSignal('');
  const [done, setDone] = createSignal('');
  const save = createSetParticipation();
  const fieldError = (path: string) => pickIf((save.error as ApiError | null)?.fields.find((f) => f.path.startsWith(path))?.message);
  const pick = (code: string) => {
    setOrgCode(code);
    const p = props.overview.participants.find((x) => x.orgCode === code);
    if (p) setPhaseId(p.phaseId);
    setEmails(p?.contactEmails.join(', ') ?? '');
  };
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    setDone('');
    const name = orgLabel(orgCode(), municipalities().find((m) => m.code === orgCode())?.name);
    const phase = props.overview.project.phases.find((p) => p.id === phaseId())?.name;
    save.mutate(
      {
        projectId: props.overview.project.id,
        orgCode: orgCode(),
        body: { version: current()?.version ?? 0, phaseId: phaseId(), contactEmails: emails().split(/[,、\s]+/).filter(Boolean), note: current()?.note ?? '' },
      },
      { onSuccess: () => setDone(tr(`${name}を「${phase}」にしました。`, `${name} is now in “${phase}”.`)) },
    );
  };
  return (
    <form onSubmit={submit} aria-labelledby="participation-heading">
      <h2 id="participation-heading">{tr('参加団体の追加・フェーズの変更', 'Add a municipality or change its phase')}</h2>
      <p role="status">{done()}</p>
      <QueryError error={save.error} />
      <div class="filters">
        <div class="field">
          <label for="participant-org">{tr('市町村', 'Municipality')}</label>
          <select id="participant-org" value={orgCode()} onChange={(e) => pick(e.currentTarget.value)}>
            <For each={municipalities()}>{(m) => <option value={m.code}>{orgLabel(m.code, m.name)}{props.overview.participants.some((p) => p.orgCode === m.code) ? tr('（参加中）', ' (taking part)') : ''}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="participant-phase">{tr('フェーズ', 'Phase')}</label>
          <select id="participant-phase" value={phaseId()} onChange={(e) => setPhaseId(e.currentTarget.value)}>
            <For each={props.overview.project.phases}>{(p) => <option value={p.id}>{p.name}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="participant-emails">{tr('リマインドの送信先（メール、カンマ区切り）', 'Reminder emails (comma-separated)')}</label>
          <input id="participant-emails" type="text" inputmode="email" value={emails()} onInput={(e) => setEmails(e.currentTarget.value)}
            aria-invalid={fieldError('contactEmails') ? 'true' : undefined} aria-describedby="participant-emails-error" />
          <Show when={fieldError('contactEmails')}>{(m) => <p id="participant-emails-error" class="field-error">{m()}</p>}</Show>
        </div>
        <button type="submit" disabled={save.isPending}>{save.isPending ? tr('保存しています…', 'Saving…') : current() ? tr('フェーズを変更', 'Change phase') : tr('参加団体に追加', 'Add to the project')}</button>
      </div>
    </form>
  );
}
