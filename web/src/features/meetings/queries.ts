import { createMutation, createQuery, useQueryClient } from '@tanstack/solid-query';
import type { ActionItem, ActionItemSave, ActionStatusChange } from '../../../../shared/meetings/action-item';
import type { Meeting, MeetingSave, MeetingView } from '../../../../shared/meetings/meeting';
import type { Organisation } from '../../../../shared/org/organisation';
import { getAllPages, getJson, sendJson } from '../../app/api';
import { meetingKeys, organisationKeys, taskKeys } from '../../app/query-keys';

/** A fiscal year's meetings, newest first (a council meets a few times a year: all pages). */
export const createMeetingListQuery = (fiscalYear: () => number | undefined, enabled: () => boolean = () => true) =>
  createQuery(() => ({
    queryKey: meetingKeys.list(fiscalYear()),
    queryFn: () => getAllPages<Meeting>(`/api/meetings?limit=100${fiscalYear() ? `&fiscalYear=${fiscalYear()}` : ''}`),
    enabled: enabled(),
  }));

export const createMeetingQuery = (meetingId: () => string | undefined) =>
  createQuery(() => ({
    queryKey: meetingKeys.meeting(meetingId() ?? ''),
    queryFn: () => getJson<MeetingView>(`/api/meetings/${meetingId()}`),
    enabled: Boolean(meetingId()),
    retry: false,
  }));

/** The prefecture and its municipalities, for owner names and the owner select. */
export const createOrganisationsQuery = (enabled: () => boolean = () => true) =>
  createQuery(() => ({
    queryKey: organisationKeys.all,
    queryFn: () => getAllPages<Organisation>('/api/organisations?limit=100'),
    staleTime: 60 * 60_000,
    enabled: enabled(),
  }));

/** Any change shows on the meeting, the lists and the tasks: refetch meetings and やること. */
function useMeetingMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: meetingKeys.all });
      await client.invalidateQueries({ queryKey: taskKeys.mine });
    },
  }));
}

export const createSaveMeeting = () => useMeetingMutation((i: { meetingId: string; body: MeetingSave }) => sendJson<Meeting>('PUT', `/api/meetings/${i.meetingId}`, i.body));

export const createSaveActionItem = () =>
  useMeetingMutation((i: { meetingId: string; itemId: string; body: ActionItemSave }) => sendJson<ActionItem>('PUT', `/api/meetings/${i.meetingId}/action-items/${i.itemId}`, i.body));

export const createChangeStatus = () =>
  useMeetingMutation((i: { meetingId: string; itemId: string; body: ActionStatusChange }) =>
    sendJson<ActionItem>('POST', `/api/meetings/${i.meetingId}/action-items/${i.itemId}/status`, i.body),
  );
