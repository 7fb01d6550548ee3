import type { Principal } from '../../../shared/auth/roles';
import type { AttachmentThread } from '../../platform/files/attachments';
import { getMeeting, meetingKeys } from './meetings.table';
import { unknownMeeting } from '../../../shared/meetings/meeting';

/** A meeting's materials (会議資料): a thread of files beside the meeting's partition. */
export function materialsThread(prefCode: string, meetingId: string): AttachmentThread {
  return {
    prefCode,
    pk: meetingKeys.materials(prefCode, meetingId),
    storagePath: `${prefCode}/meetings/${meetingId}`,
    auditEntity: meetingKeys.meetingEntity(prefCode, meetingId),
    auditAction: 'meeting',
    maxFiles: 30,
    noun: { ja: '会議', en: 'meeting' },
  };
}

/**
 * Opens a meeting's materials for the attachment routes: every signed-in reader reads them (the routes' roles
 * say who may change them: the prefecture); an unknown meeting is a 404 either way.
 */
export async function openMaterials(params: { meetingId: string }, _principal: Principal, prefCode: string): Promise<AttachmentThread> {
  if (!(await getMeeting(prefCode, params.meetingId))) throw unknownMeeting(params.meetingId);
  return materialsThread(prefCode, params.meetingId);
}
