import type { Principal } from '../../../shared/auth/roles';
import { conflict, invalidInput } from '../../../shared/errors';
import { todayInJapan } from '../../../shared/japan-days';
import type { Notice } from '../../../shared/notices/notice';
import type { Survey } from '../../../shared/surveys/definition';
import { auditPut } from '../../platform/db/audit';
import { ConditionFailedError, MAX_TRANSACTION_ITEMS, transactWrite, type TransactItem } from '../../platform/db/transactions';
import { writeVersioned } from '../../platform/db/versioned-write';
import { noticePut } from '../notices';
import { surveyFor } from './access';
import { resolveRecipients } from './survey-service';
import { findSurvey, inboxPut, surveyKeys, surveyPut } from './surveys.table';

/** A recipient's entry and its notice: two items each. */
function recipientItems(prefCode: string, survey: Survey, orgCode: string): TransactItem[] {
  const notice: Notice = {
    // One notice per survey and municipality: a retried send finds it written and goes on.
    id: `survey-${survey.id}-${orgCode}`,
    at: survey.sentAt!,
    kind: 'survey_sent',
    params: { survey: survey.title.slice(0, 200), deadline: survey.deadline },
    link: `/surveys/${survey.id}`,
  };
  return [inboxPut(prefCode, { surveyId: survey.id, orgCode, sentAt: survey.sentAt! }), noticePut(prefCode, `ORG#${orgCode}`, notice)];
}

/**
 * Sends a draft: the recipients are fixed (every municipality now, or the chosen ones), each gets the survey in
 * its list and a notice. The survey, its audit record and the first recipients go in one transaction; with more
 * recipients than fit, the rest follow in further transactions whose writes are the same on a retry.
 */
export async function sendSurvey(prefCode: string, id: string, version: number, principal: Principal, now = new Date()): Promise<Survey> {
  const before = await surveyFor(prefCode, id, principal);
  if (before.status !== 'draft') {
    throw conflict('survey_already_sent', { ja: 'この照会は送付済みです。', en: 'This survey has already been sent.' }, { current: before, allowedActions: before.status === 'sent' ? ['close'] : [] });
  }
  if (!before.deadline) {
    throw invalidInput({ ja: '回答期限を設定してから送付してください。', en: 'Set the deadline before sending.' }, [{ path: 'deadline', message: { ja: '回答期限を入力してください。', en: 'Enter the deadline.' } }]);
  }
  if (before.deadline < todayInJapan(now)) {
    throw invalidInput({ ja: '回答期限が過ぎています。今日以降の日付にしてから送付してください。', en: 'The deadline has passed. Set today or a later day before sending.' }, [
      { path: 'deadline', message: { ja: '今日以降の日付にしてください。', en: 'Use today or a later day.' } },
    ]);
  }
  const at = now.toISOString();
  const recipientOrgCodes = await resolveRecipients(prefCode, before.recipients);
  const after: Survey = { ...before, recipientOrgCodes, status: 'sent', sentAt: at, version: version + 1, updatedAt: at, updatedBy: principal.userId };
  const head = [
    surveyPut(prefCode, after, version),
    auditPut({ entity: surveyKeys.surveyEntity(prefCode, id), action: 'survey.send', actor: { userId: principal.userId, role: principal.role }, at, before, after }),
  ];
  const perTransaction = Math.floor((MAX_TRANSACTION_ITEMS - head.length) / 2);
  const first = recipientOrgCodes.slice(0, perTransaction);
  await writeVersioned([...head, ...first.flatMap((org) => recipientItems(prefCode, after, org))], () => findSurvey(prefCode, id));
  const rest = recipientOrgCodes.slice(perTransaction);
  for (let i = 0; i < rest.length; i += Math.floor(MAX_TRANSACTION_ITEMS / 2)) {
    const chunk = rest.slice(i, i + Math.floor(MAX_TRANSACTION_ITEMS / 2));
    try {
      await transactWrite(chunk.flatMap((org) => recipientItems(prefCode, after, org)));
    } catch (error) {
      // A notice already there: an earlier attempt wrote this chunk.
      if (!(error instanceof ConditionFailedError)) throw error;
    }
  }
  return after;
}
