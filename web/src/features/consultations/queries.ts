import { createMutation, createQuery, useQueryClient } from '@tanstack/solid-query';
import type { Consultation, ConsultationStatus, ConsultationView, NewConsultation } from '../../../../shared/consultations/consultation';
import type { FaqEntry, FaqPublish, FaqUpdate } from '../../../../shared/consultations/faq';
import type { ConsultationFigures } from '../../../../shared/consultations/statistics';
import { apiFetch, getJson, sendJson } from '../../app/api';
import { consultationKeys } from '../../app/query-keys';

type Page<T> = { items: T[]; nextCursor?: string };
const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const createConsultationListQuery = (filter: () => { status?: string; category?: string; cursor?: string }) =>
  createQuery(() => ({
    queryKey: consultationKeys.list(filter()),
    queryFn: () => getJson<Page<Consultation>>(`/api/consultations${query({ ...filter(), limit: '50' })}`),
  }));

export const createConsultationQuery = (id: () => string) =>
  createQuery(() => ({ queryKey: consultationKeys.consultation(id()), queryFn: () => getJson<ConsultationView>(`/api/consultations/${id()}`) }));

export const createStatisticsQuery = (fiscalYear: () => number, enabled: () => boolean) =>
  createQuery(() => ({
    queryKey: consultationKeys.statistics(fiscalYear()),
    queryFn: () => getJson<ConsultationFigures>(`/api/consultations/statistics?fiscalYear=${fiscalYear()}`),
    enabled: enabled(),
  }));

export const createFaqQuery = (filter: () => { q?: string; category?: string; cursor?: string }) =>
  createQuery(() => ({
    queryKey: consultationKeys.faq(JSON.stringify(filter())),
    queryFn: () => getJson<Page<FaqEntry>>(`/api/faq${query({ ...filter(), limit: '50' })}`),
  }));

export const createFaqEntryQuery = (id: () => string) =>
  createQuery(() => ({ queryKey: consultationKeys.faqEntry(id()), queryFn: () => getJson<FaqEntry>(`/api/faq/${id()}`) }));

/** Any change shows in the list, the thread, the figures and the FAQ: refetch all of the desk. */
function useDeskMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return createMutation(() => ({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: consultationKeys.all }) }));
}

export const createRaise = () => useDeskMutation((i: NewConsultation) => sendJson<Consultation>('POST', '/api/consultations', i));

export const createPostMessage = () =>
  useDeskMutation((i: { id: string; text: string; version: number; status?: 'answered' | 'in_progress' }) =>
    sendJson<ConsultationView>('POST', `/api/consultations/${i.id}/messages`, { text: i.text, version: i.version, status: i.status }),
  );

export const createUpdate = () =>
  useDeskMutation(async (i: { id: string; version: number; status?: ConsultationStatus; technical?: boolean }) =>
    (await apiFetch(`/api/consultations/${i.id}`, { method: 'PATCH', body: JSON.stringify({ version: i.version, status: i.status, technical: i.technical }) })).json() as Promise<Consultation>,
  );

export const createPublishFaq = () => useDeskMutation((i: FaqPublish & { id: string }) => sendJson<FaqEntry>('POST', `/api/consultations/${i.id}/faq`, { category: i.category, question: i.question, answer: i.answer, version: i.version }));

export const createUpdateFaq = () => useDeskMutation((i: FaqUpdate & { id: string }) => sendJson<FaqEntry>('PUT', `/api/faq/${i.id}`, { category: i.category, question: i.question, answer: i.answer, status: i.status, version: i.version }));
