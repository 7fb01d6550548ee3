import type { Principal } from '../../../shared/auth/roles';
import { conflict, forbidden, notFound } from '../../../shared/errors';
import { formatDate } from '../../../shared/fiscal-year';
import { todayInJapan } from '../../../shared/japan-days';
import type { Survey } from '../../../shared/surveys/definition';
import { findSurvey } from './surveys.table';

const SURVEY = { ja: '照会', en: 'The survey' };
const ANSWER = { ja: '回答', en: 'The answer' };

export const isPrefecture = (p: Principal) => p.role === 'prefecture_admin' || p.role === 'prefecture_staff';

/** Whether a municipality was asked: the survey was sent (or closed after sending) to it. */
export const askedOf = (survey: Survey, orgCode: string) => survey.status !== 'draft' && survey.recipientOrgCodes.includes(orgCode);

/**
 * The survey as this caller may reach it: the prefecture any of its surveys; a municipality only one sent to it.
 * Anything else reads as not found, so a survey's existence does not leak.
 */
export async function surveyFor(prefCode: string, surveyId: string, principal: Principal): Promise<Survey> {
  const survey = await findSurvey(prefCode, surveyId);
  if (!survey) throw notFound(SURVEY);
  if (isPrefecture(principal)) return survey;
  if (principal.role === 'municipal_staff' && askedOf(survey, principal.orgCode)) return survey;
  throw notFound(SURVEY);
}

const OWN_ONLY = {
  ja: '回答できるのは自団体の回答だけです。他の市町村の回答は変更できません。',
  en: 'You may answer for your own municipality only; another municipality’s answer cannot be changed.',
};

/**
 * A municipality's answer is its own and the prefecture's: any other caller, and any municipality the survey was
 * not sent to, gets 404 when reading. Writing for another municipality is refused as such (403) before anything is
 * read, as on every other write that names a municipality (tests/api/other-municipality.test.ts): the refusal
 * depends on the caller alone and says nothing of the survey.
 */
export async function surveyForAnswer(prefCode: string, surveyId: string, orgCode: string, principal: Principal, intent: 'read' | 'write' = 'read'): Promise<Survey> {
  if (intent === 'write' && principal.role === 'municipal_staff' && principal.orgCode !== orgCode) throw forbidden(OWN_ONLY);
  const survey = await surveyFor(prefCode, surveyId, principal);
  if (!isPrefecture(principal) && principal.orgCode !== orgCode) throw notFound(ANSWER);
  if (!askedOf(survey, orgCode)) throw notFound(ANSWER);
  return survey;
}

/** Whether answers may still be given (sent, the deadline day not over in Japan). */
export const takingAnswers = (s: Survey, now: Date) => s.status === 'sent' && (s.deadline === undefined || todayInJapan(now) <= s.deadline);

/** Only the municipality itself answers; the prefecture reads. */
export function assertMayWrite(survey: Survey, orgCode: string, principal: Principal, now: Date): void {
  if (principal.role !== 'municipal_staff' || principal.orgCode !== orgCode) {
    throw forbidden({ ja: '回答できるのは照会先の市町村の職員だけです。県は回答を閲覧のみできます。', en: 'Only the municipality’s own staff may answer; the prefecture reads answers only.' });
  }
  if (survey.status === 'closed') {
    throw conflict('survey_closed', { ja: 'この照会は県が締め切りました。回答の変更が必要なときは県にご連絡ください。', en: 'The prefecture has closed this survey. Contact the prefecture if an answer must change.' });
  }
  if (!takingAnswers(survey, now)) {
    throw conflict('survey_deadline_passed', {
      ja: `回答期限（${formatDate(survey.deadline ?? '')}）を過ぎたため、回答の保存・提出はできません。期限後の提出は県にご相談ください。`,
      en: `The deadline (${formatDate(survey.deadline ?? '', 'en')}) has passed, so answers can no longer be saved or submitted. Ask the prefecture about a late answer.`,
    });
  }
}

