import type { Principal } from '../../../shared/auth/roles';
import { meetingSearchText } from '../../../shared/meetings/meeting';
import type { SearchDocument } from '../../../shared/search/search-document';
import { listAllMeetings } from './meetings.table';

/**
 * Meetings as search finds them: every signed-in reader sees every meeting (ENTITY_AUDIENCES.meeting), so each
 * is searched by its title, place, agenda, decisions and minutes.
 */
export async function meetingSearchDocuments(prefCode: string, _principal: Principal): Promise<SearchDocument[]> {
  const meetings = await listAllMeetings(prefCode);
  return meetings.map((m) => ({
    kind: 'meeting',
    id: m.id,
    title: { ja: m.title, en: m.title },
    body: meetingSearchText(m),
    link: `/meetings/${m.id}`,
    date: m.date,
  }));
}
