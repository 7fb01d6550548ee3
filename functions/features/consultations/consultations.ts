import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../shared/auth/roles';
import { relationOf, visibleTo } from '../../../shared/auth/visibility';
import {
  consultationSchema,
  consultationViewSchema,
  type Consultation,
  type ConsultationMessage,
  type ConsultationUpdate,
  type ConsultationView,
  type MessageRequest,
  type NewConsultation,
} from '../../../shared/consultations/consultation';
import { afterMessage, allowedActions, messageProblem, statusChangeProblem, type DeskSide } from '../../../shared/consultations/workflow';
import { conflict, forbidden, versionConflict } from '../../../shared/errors';
import { orgName } from '../../../shared/org/organisation';
import { auditPut } from '../../platform/db/audit';
import { readHistory } from '../../platform/db/history';
import type { TransactItem } from '../../platform/db/transactions';
import { writeVersioned } from '../../platform/db/versioned-write';
import { listAttachments } from '../../platform/files/attachments';
import { noticePut } from '../notices';
import { withRecordedNames } from '../users';
import { loadConsultation } from './access';
import { consultationThread } from './consultation-files';
import {
  consultationKeys,
  consultationPut,
  getConsultation,
  listConsultations,
  listMessages,
  messagePut,
  waitingDelete,
  waitingPut,
  type ConsultationFilter,
} from './consultations.table';

/**
 * The consultation desk's use cases (docs/architecture.md, "Consultation desk"); who may see a consultation is
 * decided in access.ts.
 */
function auditOf(prefCode: string, id: string, principal: Principal, action: string, at: string, before: unknown, after: unknown): TransactItem {
  return auditPut({ entity: consultationKeys.entity(prefCode, id), action: `consultation.${action}`, actor: { userId: principal.userId, role: principal.role }, at, before, after });
}
/** The writer, named from the user records when read. */
const byOf = (principal: Principal) => ({ userId: principal.userId, name: principal.userId, role: principal.role });

/** Raises a consultation for the caller's own municipality; the prefecture is told in the same transaction. */
export async function createConsultation(prefCode: string, input: NewConsultation, principal: Principal, now = new Date(), id = `c-${randomUUID()}`): Promise<Consultation> {
  if (principal.role !== 'municipal_staff') {
    throw forbidden({ ja: '相談を登録できるのは市町村の職員です。', en: 'Only municipal staff raise consultations.' });
  }
  const at = now.toISOString();
  const c: Consultation = {
    id,
    orgCode: principal.orgCode,
    category: input.category,
    title: input.title,
    text: input.text,
    status: 'received',
    technical: true,
    createdAt: at,
    createdBy: principal.userId,
    updatedAt: at,
    version: 1,
  };
  await writeVersioned(
    [
      consultationPut(prefCode, c, 0),
      waitingPut(prefCode, c),
      auditOf(prefCode, id, principal, 'create', at, undefined, c),
      noticePut(prefCode, 'PREF', {
        id: randomUUID(),
        at,
        kind: 'consultation_received',
        params: { org: orgName(c.orgCode), consultation: c.title },
        link: `/consultations/${id}`,
      }),
    ],
    () => getConsultation(prefCode, id),
  );
  return c;
}

/** A consultation with its thread and files, as the caller may see it, and what they may do now. */
export async function viewConsultation(prefCode: string, id: string, principal: Principal): Promise<ConsultationView> {
  const { c, side } = await loadConsultation(prefCode, id, principal);
  const [messages, attachments] = await Promise.all([listMessages(prefCode, id), listAttachments(consultationThread(prefCode, id))]);
  const named = await withRecordedNames(prefCode, messages.map((m) => m.by));
  const view: ConsultationView = {
    consultation: c,
    messages: messages.map((m, i) => ({ ...m, by: named[i]! })),
    attachments,
    allowedActions: allowedActions(c, side),
  };
  return visibleTo(consultationViewSchema, view, relationOf(principal, c.orgCode));
}

/**
 * Adds a message to the thread. The prefecture's is an answer (shared/consultations/workflow.ts afterMessage);
 * the municipality is told of an answer, the prefecture of a follow-up to an answered consultation, in the same
 * transaction as the message and the consultation's change. Guarded by the consultation's version.
 */
export async function postMessage(prefCode: string, id: string, input: MessageRequest, principal: Principal, now = new Date()): Promise<ConsultationView> {
  const { c, side } = await loadConsultation(prefCode, id, principal);
  const problem = messageProblem(c, side);
  if (problem) throw conflict('consultation_closed', problem, { allowedActions: allowedActions(c, side) });
  if (input.status && side !== 'prefecture') {
    throw forbidden({ ja: '回答の状態を選べるのは県の職員です。', en: 'Only prefecture staff choose the status an answer sets.' });
  }
  if (c.version !== input.version) throw versionConflict(c);
  const at = now.toISOString();
  const message: ConsultationMessage = { id: randomUUID(), at, from: side === 'prefecture' ? 'prefecture' : 'municipality', by: byOf(principal), text: input.text };
  const effect = afterMessage(c, side, at, input.status);
  const next: Consultation = { ...c, status: effect.status, updatedAt: at, version: c.version + 1 };
  if (effect.firstAnsweredAt) next.firstAnsweredAt = effect.firstAnsweredAt;
  const items: TransactItem[] = [consultationPut(prefCode, next, c.version), messagePut(prefCode, id, message), auditOf(prefCode, id, principal, side === 'prefecture' ? 'answer' : 'reply', at, c, { ...next, message })];
  if (c.status === 'received' && next.status !== 'received') items.push(waitingDelete(prefCode, c));
  if (side === 'prefecture' && next.status === 'answered') {
    items.push(noticePut(prefCode, `ORG#${c.orgCode}`, { id: randomUUID(), at, kind: 'consultation_answered', params: { consultation: c.title }, link: `/consultations/${id}` }));
  } else if (side === 'owner' && c.status === 'answered') {
    items.push(noticePut(prefCode, 'PREF', { id: randomUUID(), at, kind: 'consultation_followup', params: { org: orgName(c.orgCode), consultation: c.title, comment: input.text.slice(0, 500) }, link: `/consultations/${id}` }));
  }
  await writeVersioned(items, () => getConsultation(prefCode, id));
  return viewConsultation(prefCode, id, principal);
}

/** Changes the status (as workflow.ts allows the caller's side) or the 技術相談 mark (the prefecture). */
export async function updateConsultation(prefCode: string, id: string, input: ConsultationUpdate, principal: Principal, now = new Date()): Promise<Consultation> {
  const { c, side } = await loadConsultation(prefCode, id, principal);
  if (input.technical !== undefined && side !== 'prefecture') {
    throw forbidden({ ja: '技術相談かどうかは県の職員が決めます。', en: 'Prefecture staff decide whether a consultation is technical.' });
  }
  if (input.status) {
    const problem = statusChangeProblem(c, side, input.status);
    if (problem) throw conflict('status_not_allowed', problem, { allowedActions: allowedActions(c, side) });
  }
  if (c.version !== input.version) throw versionConflict(c);
  const at = now.toISOString();
  const next: Consultation = {
    ...c,
    ...(input.status ? { status: input.status } : {}),
    ...(input.technical !== undefined ? { technical: input.technical } : {}),
    ...(input.status === 'resolved' && c.status !== 'resolved' ? { resolvedAt: at } : {}),
    updatedAt: at,
    version: c.version + 1,
  };
  const items: TransactItem[] = [consultationPut(prefCode, next, c.version), auditOf(prefCode, id, principal, 'update', at, c, next)];
  if (c.status === 'received' && next.status !== 'received') items.push(waitingDelete(prefCode, c));
  await writeVersioned(items, () => getConsultation(prefCode, id));
  return visibleTo(consultationSchema, next, relationOf(principal, c.orgCode));
}

/** The prefecture's list (all, or filtered), or a municipality's own; newest first. */
export async function consultationList(prefCode: string, principal: Principal, filter: ConsultationFilter, page: { limit?: number; cursor?: string }) {
  const scope = principal.role === 'municipal_staff' ? { orgCode: principal.orgCode } : {};
  const result = await listConsultations(prefCode, scope, filter, page.limit ?? 50, page.cursor);
  return { items: result.items.map((c) => visibleTo(consultationSchema, c, relationOf(principal, c.orgCode))), nextCursor: result.nextCursor };
}

/** One page of the consultation's change history: the municipality's and the prefecture's. */
export async function consultationHistory(prefCode: string, id: string, principal: Principal, page: { limit?: number; cursor?: string }) {
  const { c } = await loadConsultation(prefCode, id, principal);
  return readHistory({ kind: 'consultation', entity: consultationKeys.entity(prefCode, id), owner: c.orgCode }, principal, page);
}
