import type { Principal } from '../../../shared/auth/roles';
import { relationOf, visibleTo } from '../../../shared/auth/visibility';
import { invalidInput } from '../../../shared/errors';
import { organisationNames } from '../../../shared/org/organisation';
import { answerErrors, normaliseValues, surveyAnswerSchema, type AnswerValues, type SurveyAnswer } from '../../../shared/surveys/answers';
import type { Survey } from '../../../shared/surveys/definition';
import { auditPut } from '../../platform/db/audit';
import { writeVersioned } from '../../platform/db/versioned-write';
import { organisationsOf } from '../organisations';
import { assertMayWrite, surveyForAnswer } from './access';
import { answerAttachments, checkFileAnswers } from './answer-files';
import { answerPut, findAnswer, surveyKeys } from './surveys.table';

/** The answer as stored, or an empty one (version 0) when the municipality has saved nothing yet. */
export async function storedAnswer(prefCode: string, surveyId: string, orgCode: string): Promise<SurveyAnswer> {
  return (await findAnswer(prefCode, surveyId, orgCode)) ?? { surveyId, orgCode, values: {}, status: 'not_started', version: 0 };
}

export async function readAnswer(prefCode: string, surveyId: string, orgCode: string, principal: Principal): Promise<SurveyAnswer> {
  const survey = await surveyForAnswer(prefCode, surveyId, orgCode, principal);
  const [answer, organisations, attachments] = await Promise.all([storedAnswer(prefCode, surveyId, orgCode), organisationsOf(prefCode), answerAttachments(prefCode, survey, orgCode)]);
  const orgName = organisationNames(organisations, orgCode).ja;
  return visibleTo(surveyAnswerSchema, { ...answer, orgName, attachments }, relationOf(principal, orgCode));
}

/**
 * Saves a municipality's answer as a draft or submits it (again, until the deadline). Saving without submitting
 * makes it a draft again, so a half-revised answer never counts in the aggregates. Version-guarded, with its audit
 * record in the same transaction.
 */
export async function saveAnswer(
  prefCode: string,
  survey: Survey,
  orgCode: string,
  body: { version: number; values: AnswerValues; submit: boolean },
  principal: Principal,
  now = new Date(),
): Promise<SurveyAnswer> {
  assertMayWrite(survey, orgCode, principal, now);
  const errors = answerErrors(survey.questions, body.values, body.submit);
  if (errors.length > 0) {
    throw invalidInput(
      { ja: `回答に${errors.length}件の誤りがあります。${errors[0]!.message.ja}`, en: `The answer has ${errors.length} problem(s). ${errors[0]!.message.en}` },
      errors,
    );
  }
  await checkFileAnswers(prefCode, survey, orgCode, body.values);
  const before = await findAnswer(prefCode, survey.id, orgCode);
  const at = now.toISOString();
  const after: SurveyAnswer = {
    surveyId: survey.id,
    orgCode,
    values: normaliseValues(body.values),
    status: body.submit ? 'submitted' : 'draft',
    ...(body.submit ? { submittedAt: at } : {}),
    version: body.version + 1,
    updatedAt: at,
    updatedBy: principal.userId,
  };
  await writeVersioned(
    [
      answerPut(prefCode, after, body.version),
      auditPut({ entity: surveyKeys.answerEntity(prefCode, survey.id, orgCode), action: body.submit ? 'answer.submit' : 'answer.save', actor: { userId: principal.userId, role: principal.role }, at, fiscalYear: survey.fiscalYear, before, after }),
    ],
    () => findAnswer(prefCode, survey.id, orgCode),
  );
  return after;
}

export async function putAnswer(prefCode: string, surveyId: string, orgCode: string, body: { version: number; values: AnswerValues; submit: boolean }, principal: Principal, now = new Date()) {
  const survey = await surveyForAnswer(prefCode, surveyId, orgCode, principal, 'write');
  const saved = await saveAnswer(prefCode, survey, orgCode, body, principal, now);
  return visibleTo(surveyAnswerSchema, saved, relationOf(principal, orgCode));
}
