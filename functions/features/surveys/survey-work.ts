import type { Principal } from '../../../shared/auth/roles';
import type { SearchDocument } from '../../../shared/search/search-document';
import { surveyTaskList } from '../../../shared/surveys/due';
import type { Survey } from '../../../shared/surveys/definition';
import type { Task } from '../../../shared/tasks/task';
import { isPrefecture } from './access';
import { getAnswers, getSurveys, listInbox, listOpenSurveys, listSurveys } from './surveys.table';

/** Search reads at most this many surveys, newest first (a prefecture sends tens a year). */
const SEARCH_LIMIT = 100;

/** A municipality's open surveys as tasks: the surveys taking answers (GSI1) sent to it, and its own answers. */
export async function surveyTasks(prefCode: string, principal: Principal, now: Date): Promise<Task[]> {
  if (principal.role !== 'municipal_staff') return [];
  const open = (await listOpenSurveys(prefCode)).filter((s) => s.recipientOrgCodes.includes(principal.orgCode));
  if (open.length === 0) return [];
  const answers = await getAnswers(prefCode, principal.orgCode, open.map((s) => s.id));
  const statusOf = new Map(answers.map((a) => [a.surveyId, a.status]));
  return surveyTaskList(open, (id) => statusOf.get(id), principal.orgCode, now);
}

const documentOf = (s: Survey): SearchDocument => ({
  kind: 'survey',
  id: s.id,
  title: { ja: s.title, en: s.title },
  body: [s.description, ...s.questions.flatMap((q) => [q.label, q.help])].filter(Boolean).join('\n'),
  link: `/surveys/${s.id}`,
  date: s.deadline,
});

/** The surveys a viewer may open: the prefecture all of them, a municipality those sent to it, the council none. */
export async function surveySearchDocuments(prefCode: string, principal: Principal): Promise<SearchDocument[]> {
  if (isPrefecture(principal)) return (await listSurveys(prefCode, SEARCH_LIMIT)).items.map(documentOf);
  if (principal.role !== 'municipal_staff') return [];
  const inbox = await listInbox(prefCode, principal.orgCode, SEARCH_LIMIT);
  return (await getSurveys(prefCode, inbox.items.map((e) => e.surveyId))).map(documentOf);
}
