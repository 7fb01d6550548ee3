import type { Principal } from '../../../shared/auth/roles';
import { relationOf, visibleTo } from '../../../shared/auth/visibility';
import { toExcelCsv } from '../../../shared/csv';
import { notFound } from '../../../shared/errors';
import { organisationNames } from '../../../shared/org/organisation';
import { surveyBoard, surveyResults, surveyResultsSchema, type SurveyBoard, type SurveyResults } from '../../../shared/surveys/results';
import { resultsColumns, resultsRows } from '../../../shared/surveys/results-file';
import type { Survey } from '../../../shared/surveys/definition';
import { writeXlsx } from '../../platform/files/xlsx';
import { organisationsOf } from '../organisations';
import { isPrefecture, surveyFor } from './access';
import { resolveRecipients } from './survey-service';
import { listAnswers } from './surveys.table';

async function namer(prefCode: string) {
  const organisations = await organisationsOf(prefCode);
  return (code: string) => organisationNames(organisations, code).ja;
}

/** Whom a survey asks: fixed once sent; a draft's list as it would be sent now. */
const askedOrgCodes = async (prefCode: string, s: Survey) => (s.status === 'draft' ? resolveRecipients(prefCode, s.recipients) : s.recipientOrgCodes);

/** The prefecture's board: each municipality asked, its answer's state, late or not. */
export async function boardOf(prefCode: string, surveyId: string, principal: Principal, now = new Date()): Promise<SurveyBoard> {
  const survey = await surveyFor(prefCode, surveyId, principal);
  const [asked, answers, name] = await Promise.all([askedOrgCodes(prefCode, survey), listAnswers(prefCode, surveyId), namer(prefCode)]);
  const askedSet = new Set(asked);
  return surveyBoard(survey, asked.map((orgCode) => ({ orgCode, orgName: name(orgCode) })), answers.filter((a) => askedSet.has(a.orgCode)), now);
}

/**
 * The aggregates per question from submitted answers. A municipality sees them only when the prefecture shares
 * them, and then without any municipality's own answer (perMunicipality is the prefecture's); otherwise 404.
 */
export async function resultsOf(prefCode: string, surveyId: string, principal: Principal): Promise<SurveyResults> {
  const survey = await surveyFor(prefCode, surveyId, principal);
  if (!isPrefecture(principal) && !survey.shareAggregates) throw notFound({ ja: '集計結果', en: 'The results' });
  const [answers, name] = await Promise.all([listAnswers(prefCode, surveyId), namer(prefCode)]);
  const asked = new Set(survey.recipientOrgCodes);
  const results = surveyResults(survey, survey.recipientOrgCodes.length, answers.filter((a) => asked.has(a.orgCode)), name);
  return visibleTo(surveyResultsSchema, results, relationOf(principal, undefined));
}

/** The export's header and rows, from one column declaration (shared/surveys/results-file.ts). */
async function exportTable(prefCode: string, surveyId: string, principal: Principal) {
  const survey = await surveyFor(prefCode, surveyId, principal);
  const [answers, name] = await Promise.all([listAnswers(prefCode, surveyId), namer(prefCode)]);
  const columns = resultsColumns(survey.questions);
  return { survey, columns, rows: resultsRows(columns, answers, name) };
}

export async function resultsCsv(prefCode: string, surveyId: string, principal: Principal): Promise<{ csv: string; survey: Survey }> {
  const { survey, columns, rows } = await exportTable(prefCode, surveyId, principal);
  return { csv: toExcelCsv(columns.map((c) => c.header), rows), survey };
}

export async function resultsXlsx(prefCode: string, surveyId: string, principal: Principal): Promise<{ file: Buffer; survey: Survey }> {
  const { survey, columns, rows } = await exportTable(prefCode, surveyId, principal);
  return { file: writeXlsx([{ name: '回答一覧', columns: columns.map((c) => ({ header: c.header, width: c.width })), rows }]), survey };
}
