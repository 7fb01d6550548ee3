import type { Principal } from '../../../shared/auth/roles';
import { conflict, invalidInput } from '../../../shared/errors';
import type { FieldError } from '../../../shared/api/errors';
import type { AnswerValues } from '../../../shared/surveys/answers';
import type { Survey } from '../../../shared/surveys/definition';
import { tableName } from '../../platform/db/client';
import { listAttachments, type AttachmentThread } from '../../platform/files/attachments';
import { assertMayWrite, surveyForAnswer } from './access';
import { surveyItem, surveyKeys } from './surveys.table';

/** Files may be attached while the survey takes answers: the survey must still be sent when one is added or removed. */
const closed = () => conflict('survey_closed', { ja: 'この照会は締め切られたため、ファイルを変更できません。', en: 'This survey is closed, so its files can no longer change.' });

/**
 * The files of a municipality's answer (file questions): a thread of their own beside the answer
 * (`{pref}#SURVEY#{id}#ANS#{org}`), as many as the survey's file questions allow together.
 */
export function answerThread(prefCode: string, survey: Survey, orgCode: string): AttachmentThread {
  const entity = surveyKeys.answerEntity(prefCode, survey.id, orgCode);
  const maxFiles = survey.questions.reduce((n, q) => n + (q.kind === 'file' ? q.maxFiles : 0), 0);
  return {
    prefCode,
    pk: entity,
    storagePath: `${prefCode}/surveys/${survey.id}/${orgCode}`,
    auditEntity: entity,
    auditAction: 'answer',
    maxFiles: Math.max(maxFiles, 1),
    noun: { ja: '回答', en: 'answer' },
    guard: () => ({
      ConditionCheck: {
        TableName: tableName(),
        Key: surveyItem.key(prefCode, survey),
        ConditionExpression: '#s = :sent',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':sent': 'sent' },
      },
    }),
    whenClosed: closed,
  };
}

/** attachmentRoutes' `open`: the answer's own municipality changes its files until the deadline; it and the prefecture read them. */
export async function openAnswerThread(params: { surveyId: string; orgCode: string }, principal: Principal, prefCode: string, intent: 'read' | 'change'): Promise<AttachmentThread> {
  const survey = await surveyForAnswer(prefCode, params.surveyId, params.orgCode, principal, intent === 'change' ? 'write' : 'read');
  if (intent === 'change') assertMayWrite(survey, params.orgCode, principal, new Date());
  return answerThread(prefCode, survey, params.orgCode);
}

/** A file question's answer names files stored on the answer's thread, and nothing else. */
export async function checkFileAnswers(prefCode: string, survey: Survey, orgCode: string, values: AnswerValues): Promise<void> {
  const fileQuestions = survey.questions.filter((q) => q.kind === 'file' && Array.isArray(values[q.id]) && (values[q.id] as string[]).length > 0);
  if (fileQuestions.length === 0) return;
  const stored = new Set((await listAttachments(answerThread(prefCode, survey, orgCode))).filter((a) => a.status === 'stored').map((a) => a.id));
  const errors: FieldError[] = fileQuestions
    .filter((q) => (values[q.id] as string[]).some((id) => !stored.has(id)))
    .map((q) => ({ path: `values.${q.id}`, message: { ja: `「${q.label}」に、この回答に添付されていないファイルがあります。添付し直してください。`, en: `"${q.label}" names a file not attached to this answer. Attach it again.` } }));
  if (errors.length > 0) throw invalidInput({ ja: errors[0]!.message.ja, en: errors[0]!.message.en }, errors);
}

export async function answerAttachments(prefCode: string, survey: Survey, orgCode: string) {
  return survey.questions.some((q) => q.kind === 'file') ? listAttachments(answerThread(prefCode, survey, orgCode)) : [];
}
