import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../shared/auth/roles';
import { relationOf, visibleTo } from '../../../shared/auth/visibility';
import type { Consultation } from '../../../shared/consultations/consultation';
import { faqEntrySchema, type FaqEntry, type FaqPublish, type FaqUpdate } from '../../../shared/consultations/faq';
import { faqTerms } from '../../../shared/consultations/faq-search';
import { allowedActions } from '../../../shared/consultations/workflow';
import { conflict, notFound, versionConflict } from '../../../shared/errors';
import { auditPut } from '../../platform/db/audit';
import { readHistory } from '../../platform/db/history';
import { writeVersioned } from '../../platform/db/versioned-write';
import { loadConsultation } from './access';
import { consultationKeys, consultationPut, getConsultation } from './consultations.table';
import { faqEntryPut, faqKeys, getFaqEntry, listFaqEntries } from './faq.table';

/**
 * The FAQ (よくある相談). The prefecture publishes an answered consultation as an entry of its own: the text it
 * edits, the category, nothing of the asker. Municipalities and the prefecture read and search it; a withdrawn
 * entry is the prefecture's only.
 */
const missing = (id: string) => notFound({ ja: `よくある相談（${id}）`, en: `The FAQ entry ${id}` });
const project = (e: FaqEntry, principal: Principal) => visibleTo(faqEntrySchema, e, relationOf(principal, undefined));
const isPrefecture = (p: Principal) => p.role === 'prefecture_admin' || p.role === 'prefecture_staff';

/** Publishes an answered (or resolved) consultation as an FAQ entry, recording the entry on the consultation. */
export async function publishFaq(prefCode: string, consultationId: string, input: FaqPublish, principal: Principal, now = new Date(), entryId = `faq-${randomUUID()}`): Promise<FaqEntry> {
  const { c, side } = await loadConsultation(prefCode, consultationId, principal);
  if (!allowedActions(c, side).includes('publish_faq')) {
    throw conflict(
      'not_publishable',
      c.faqEntryId
        ? { ja: 'この相談はすでによくある相談として公開されています。', en: 'This consultation is already published to the FAQ.' }
        : { ja: 'よくある相談にできるのは、県が回答した相談（回答済・解決）です。', en: 'Only a consultation the prefecture has answered (answered or resolved) can be published to the FAQ.' },
      { allowedActions: allowedActions(c, side) },
    );
  }
  if (c.version !== input.version) throw versionConflict(c);
  const at = now.toISOString();
  const entry: FaqEntry = { id: entryId, category: input.category, question: input.question, answer: input.answer, status: 'published', publishedAt: at, updatedAt: at, sourceConsultationId: c.id, version: 1 };
  const next: Consultation = { ...c, faqEntryId: entryId, updatedAt: at, version: c.version + 1 };
  const actor = { userId: principal.userId, role: principal.role };
  await writeVersioned(
    [
      faqEntryPut(prefCode, entry, 0),
      consultationPut(prefCode, next, c.version),
      auditPut({ entity: faqKeys.entity(prefCode, entryId), action: 'faq.publish', actor, at, after: entry }),
      auditPut({ entity: consultationKeys.entity(prefCode, c.id), action: 'consultation.publish_faq', actor, at, before: c, after: next }),
    ],
    () => getConsultation(prefCode, c.id),
  );
  return entry;
}

/** Edits, withdraws or republishes an entry (the prefecture). */
export async function updateFaq(prefCode: string, id: string, input: FaqUpdate, principal: Principal, now = new Date()): Promise<FaqEntry> {
  const entry = await getFaqEntry(prefCode, id);
  if (!entry) throw missing(id);
  if (entry.version !== input.version) throw versionConflict(entry);
  const at = now.toISOString();
  const next: FaqEntry = { ...entry, category: input.category, question: input.question, answer: input.answer, status: input.status, updatedAt: at, version: entry.version + 1 };
  await writeVersioned(
    [faqEntryPut(prefCode, next, entry.version), auditPut({ entity: faqKeys.entity(prefCode, id), action: 'faq.update', actor: { userId: principal.userId, role: principal.role }, at, before: entry, after: next })],
    () => getFaqEntry(prefCode, id),
  );
  return next;
}

export async function readFaq(prefCode: string, id: string, principal: Principal): Promise<FaqEntry> {
  const entry = await getFaqEntry(prefCode, id);
  if (!entry || (entry.status !== 'published' && !isPrefecture(principal))) throw missing(id);
  return project(entry, principal);
}

/** One page of the FAQ: entries holding every word of `q` (linear-time matching), optionally of one category. */
export async function searchFaq(prefCode: string, principal: Principal, query: { q?: string; category?: string; limit?: number; cursor?: string }) {
  const page = await listFaqEntries(prefCode, { terms: faqTerms(query.q), category: query.category, publishedOnly: !isPrefecture(principal) }, query.limit ?? 50, query.cursor);
  return { items: page.items.map((e) => project(e, principal)), nextCursor: page.nextCursor };
}

export async function faqHistory(prefCode: string, id: string, principal: Principal, page: { limit?: number; cursor?: string }) {
  const history = await readHistory({ kind: 'faqEntry', entity: faqKeys.entity(prefCode, id) }, principal, page);
  if (!(await getFaqEntry(prefCode, id))) throw missing(id);
  return history;
}
