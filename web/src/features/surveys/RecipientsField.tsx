import { For, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';
import { QueryError } from '../../ui/QueryError';
import { createOrganisationsQuery } from './organisations';
import type { SurveyDraft } from './survey-draft';

/** 送付先: every municipality (the usual case), or the ones chosen from the prefecture's list. */
export function RecipientsField(props: { draft: SurveyDraft; setDraft: SetStoreFunction<SurveyDraft>; disabled: boolean }) {
  const organisations = createOrganisationsQuery();
  const municipalities = () => (organisations.data ?? []).filter((o) => o.kind !== 'prefecture');
  const toggle = (code: string, on: boolean) =>
    props.setDraft('orgCodes', on ? [...props.draft.orgCodes.filter((c) => c !== code), code] : props.draft.orgCodes.filter((c) => c !== code));
  return (
    <fieldset disabled={props.disabled} class="recipients">
      <legend>{tr('送付先', 'Recipients')}</legend>
      <div class="field checkbox">
        <input type="radio" id="recipients-all" name="recipients" checked={props.draft.allRecipients} onChange={() => props.setDraft('allRecipients', true)} />
        <label for="recipients-all">{tr(`全市町村（${municipalities().length || 33}団体）`, `All municipalities (${municipalities().length || 33})`)}</label>
      </div>
      <div class="field checkbox">
        <input type="radio" id="recipients-chosen" name="recipients" checked={!props.draft.allRecipients} onChange={() => props.setDraft('allRecipients', false)} />
        <label for="recipients-chosen">{tr('選んだ市町村', 'Chosen municipalities')}</label>
      </div>
      <Show when={!props.draft.allRecipients}>
        <QueryError error={organisations.error} />
        <p class="help" role="status">{tr(`${props.draft.orgCodes.length}団体を選んでいます。`, `${props.draft.orgCodes.length} chosen.`)}</p>
        <ul class="recipient-list">
          <For each={municipalities()}>
            {(o) => (
              <li>
                <input type="checkbox" id={`recipient-${o.code}`} checked={props.draft.orgCodes.includes(o.code)} onChange={(e) => toggle(o.code, e.currentTarget.checked)} />
                <label for={`recipient-${o.code}`}>{orgLabel(o.code, o.name)}</label>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </fieldset>
  );
}
