import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../shared/auth/roles';
import { visibleTo, relationOf } from '../../../shared/auth/visibility';
import { conflict, invalidInput } from '../../../shared/errors';
import {
  surveyCreateSchema,
  surveySchema,
  surveyUpdateSchema,
  surveyViewSchema,
  type Survey,
  type SurveyView,
} from '../../../shared/surveys/definition';
import { nextYearCopy } from '../../../shared/surveys/copy';
import type { z } from 'zod';
import { auditPut } from '../../platform/db/audit';
import { writeVersioned } from '../../platform/db/versioned-write';
import { organisationsOf } from '../organisations';
import { isPrefecture, surveyFor } from './access';
import { findAnswer, findSurvey, surveyDelete, surveyKeys, surveyPut } from './surveys.table';

const actorOf = (p: Principal) => ({ userId: p.userId, role: p.role });

/** The municipalities of the prefecture (the recipients of an `all` survey), in code order. */
export async function municipalitiesOf(prefCode: string) {
  return (await organisationsOf(prefCode)).filter((o) => o.kind !== 'prefecture').sort((a, b) => a.code.localeCompare(b.code));
}

/** The org codes a survey goes to: every municipality, or the chosen ones (each checked to be one of ours). */
export async function resolveRecipients(prefCode: string, recipients: Survey['recipients']): Promise<string[]> {
  const municipalities = await municipalitiesOf(prefCode);
  if (recipients.mode === 'all') return municipalities.map((o) => o.code);
  const known = new Set(municipalities.map((o) => o.code));
  const unknown = recipients.orgCodes.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw invalidInput(
      { ja: `送付先に市町村でない団体コードがあります（${unknown.join('、')}）。`, en: `Some recipients are not municipalities of the prefecture (${unknown.join(', ')}).` },
      [{ path: 'recipients.orgCodes', message: { ja: `市町村でない団体コード: ${unknown.join('、')}`, en: `Not a municipality: ${unknown.join(', ')}` } }],
    );
  }
  return [...recipients.orgCodes].sort();
}

const current = (prefCode: string, id: string) => () => findSurvey(prefCode, id);

export async function createSurvey(prefCode: string, body: z.output<typeof surveyCreateSchema>, principal: Principal, now = new Date()): Promise<Survey> {
  const at = now.toISOString();
  const id = body.id ?? `s${body.fiscalYear}-${randomUUID().slice(0, 8)}`;
  const { id: _id, ...input } = body;
  const survey: Survey = { id, ...input, recipientOrgCodes: await resolveRecipients(prefCode, input.recipients), status: 'draft', createdAt: at, version: 1, updatedAt: at, updatedBy: principal.userId };
  if (await findSurvey(prefCode, id)) throw conflict('survey_exists', { ja: `照会ID「${id}」は既に使われています。別のIDにしてください。`, en: `The survey id "${id}" is taken. Choose another.` });
  await writeVersioned(
    [surveyPut(prefCode, survey, 0), auditPut({ entity: surveyKeys.surveyEntity(prefCode, id), action: 'survey.create', actor: actorOf(principal), at, after: survey })],
    current(prefCode, id),
  );
  return survey;
}

/** Stored items come back with their attributes in another order: compare with the keys sorted. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)])) : v;
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * Edits a survey. A draft changes freely; once sent, its questions, year and recipients are fixed (the answers were
 * given to them) but its title, text, deadline and sharing may change; a closed survey only its title, text and sharing.
 */
export async function updateSurvey(prefCode: string, id: string, body: z.output<typeof surveyUpdateSchema>, principal: Principal, now = new Date()): Promise<Survey> {
  const before = await surveyFor(prefCode, id, principal);
  const { version, ...input } = body;
  if (before.status !== 'draft') {
    const fixed = !same(before.questions, input.questions) || before.fiscalYear !== input.fiscalYear || !same(before.recipients, input.recipients);
    if (fixed) {
      throw conflict('survey_sent', {
        ja: '送付済みの照会は、設問・年度・送付先を変更できません。変えるときは照会を複製して作り直してください。',
        en: 'A sent survey’s questions, year and recipients cannot change. Copy the survey to make a new one.',
      }, { current: before });
    }
    if (before.status === 'closed' && before.deadline !== input.deadline) {
      throw conflict('survey_closed', { ja: '締め切った照会の回答期限は変更できません。', en: 'A closed survey’s deadline cannot change.' }, { current: before });
    }
  }
  const at = now.toISOString();
  const recipientOrgCodes = before.status === 'draft' ? await resolveRecipients(prefCode, input.recipients) : before.recipientOrgCodes;
  const after: Survey = { ...before, ...input, recipientOrgCodes, version: version + 1, updatedAt: at, updatedBy: principal.userId };
  if (input.deadline === undefined) delete after.deadline;
  if (after.status === 'sent' && after.deadline === undefined) {
    throw invalidInput({ ja: '送付済みの照会には回答期限が必要です。', en: 'A sent survey needs a deadline.' }, [{ path: 'deadline', message: { ja: '回答期限を入力してください。', en: 'Enter the deadline.' } }]);
  }
  await writeVersioned(
    [surveyPut(prefCode, after, version), auditPut({ entity: surveyKeys.surveyEntity(prefCode, id), action: 'survey.update', actor: actorOf(principal), at, before, after })],
    current(prefCode, id),
  );
  return after;
}

export async function deleteSurvey(prefCode: string, id: string, version: number, principal: Principal, now = new Date()): Promise<{ deleted: true }> {
  const before = await surveyFor(prefCode, id, principal);
  if (before.status !== 'draft') {
    throw conflict('survey_sent', { ja: '送付済みの照会は削除できません。締め切ってください。', en: 'A sent survey cannot be deleted; close it instead.' }, { current: before });
  }
  await writeVersioned(
    [surveyDelete(prefCode, { ...before, version }), auditPut({ entity: surveyKeys.surveyEntity(prefCode, id), action: 'survey.delete', actor: actorOf(principal), at: now.toISOString(), before })],
    current(prefCode, id),
  );
  return { deleted: true };
}

export async function closeSurvey(prefCode: string, id: string, version: number, principal: Principal, now = new Date()): Promise<Survey> {
  const before = await surveyFor(prefCode, id, principal);
  if (before.status !== 'sent') {
    throw conflict('survey_not_sent', { ja: '回答受付中の照会だけを締め切れます。', en: 'Only a survey taking answers can be closed.' }, { current: before, allowedActions: before.status === 'draft' ? ['send'] : [] });
  }
  const at = now.toISOString();
  const after: Survey = { ...before, status: 'closed', closedAt: at, version: version + 1, updatedAt: at, updatedBy: principal.userId };
  await writeVersioned(
    [surveyPut(prefCode, after, version), auditPut({ entity: surveyKeys.surveyEntity(prefCode, id), action: 'survey.close', actor: actorOf(principal), at, before, after })],
    current(prefCode, id),
  );
  return after;
}

/** A new draft for the next fiscal year: the same questions and recipients, no answers. */
export async function copySurvey(prefCode: string, id: string, newId: string | undefined, principal: Principal, now = new Date()): Promise<Survey> {
  const source = await surveyFor(prefCode, id, principal);
  const copy = nextYearCopy(source);
  return createSurvey(prefCode, surveyCreateSchema.parse({ ...copy, id: newId }), principal, now);
}

/** A survey as the caller may see it: a municipality also its own answer's state, never the recipient list. */
export async function readSurvey(prefCode: string, id: string, principal: Principal): Promise<SurveyView> {
  const survey = await surveyFor(prefCode, id, principal);
  if (isPrefecture(principal)) return visibleTo(surveyViewSchema, survey, 'prefecture');
  const answer = await findAnswer(prefCode, id, principal.orgCode);
  return visibleTo(surveyViewSchema, { ...survey, myAnswerStatus: answer?.status ?? 'not_started' }, relationOf(principal, principal.orgCode));
}

export const surveyOut = (s: Survey) => visibleTo(surveySchema, s, 'prefecture');
