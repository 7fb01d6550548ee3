import type { Principal } from '../../../shared/auth/roles';
import { invalidInput } from '../../../shared/errors';
import { organisationNames } from '../../../shared/org/organisation';
import { answerErrors, normaliseValues } from '../../../shared/surveys/answers';
import { answerCellText, FORM_COLUMNS, formRow, readFormRows, type AnswerImport, type AnswerImportResult, type FormRowError } from '../../../shared/surveys/form-file';
import { YES_NO_TEXT } from '../../../shared/surveys/questions';
import { writeXlsx, type XlsxList } from '../../platform/files/xlsx';
import { organisationsOf } from '../organisations';
import { assertMayWrite, isPrefecture, surveyFor, surveyForAnswer } from './access';
import { saveAnswer, storedAnswer } from './answer-service';

/** Excel's own limit on a drop-down list's choices. */
const listFits = (values: readonly string[]) => values.every((v) => !v.includes(',') && !v.includes('"')) && values.join(',').length <= 255;

/**
 * The answer form as XLSX: one row per question, the answer column prefilled with the municipality's saved answer
 * (blank for the prefecture's copy without `orgCode`), drop-down lists for yes/no and single choices.
 */
export async function answerForm(prefCode: string, surveyId: string, orgCode: string | undefined, principal: Principal): Promise<{ file: Buffer; name: string }> {
  const org = orgCode ?? (isPrefecture(principal) ? undefined : principal.orgCode);
  const survey = org ? await surveyForAnswer(prefCode, surveyId, org, principal) : await surveyFor(prefCode, surveyId, principal);
  const saved = org ? (await storedAnswer(prefCode, surveyId, org)).values : {};
  const answerColumn = FORM_COLUMNS.findIndex((c) => c.key === 'answer');
  const lists: XlsxList[] = survey.questions.flatMap((q, row) => {
    const values = q.kind === 'yes_no' ? [YES_NO_TEXT.yes.ja, YES_NO_TEXT.no.ja] : q.kind === 'single_choice' ? q.options : undefined;
    return values && listFits(values) ? [{ column: answerColumn, rows: [row], values }] : [];
  });
  const file = writeXlsx([
    {
      name: '回答',
      columns: FORM_COLUMNS.map((c) => ({ header: c.ja, width: c.width, readOnly: c.readOnly })),
      rows: survey.questions.map((q) => formRow(q, saved[q.id])),
      lists,
    },
  ]);
  const orgLabel = org ? organisationNames(await organisationsOf(prefCode), org).ja : '様式';
  return { file, name: `${survey.title}_${orgLabel}` };
}

const toRowErrors = (errors: { path: string; message: { ja: string; en: string } }[], rowOf: Map<string, number>): FormRowError[] =>
  errors.map((e) => ({ row: rowOf.get(e.path.replace(/^values\./, '')) ?? 1, column: '回答', message: e.message }));

/**
 * Reads the uploaded form (its rows, as the browser read the XLSX) into the municipality's answer: a dry run shows
 * per question what changes and every problem per row; otherwise, with no problem, it is saved as a draft (or
 * submitted) exactly as the form in the portal would save it.
 */
export async function importAnswer(prefCode: string, surveyId: string, orgCode: string, body: Required<Pick<AnswerImport, 'dryRun' | 'submit'>> & AnswerImport, principal: Principal, now = new Date()): Promise<AnswerImportResult> {
  const survey = await surveyForAnswer(prefCode, surveyId, orgCode, principal, 'write');
  assertMayWrite(survey, orgCode, principal, now);
  const saved = await storedAnswer(prefCode, surveyId, orgCode);
  const read = readFormRows(survey.questions, saved.values, body.rows);
  const values = normaliseValues(read.values);
  // A cell that did not read is reported once; every other question is still checked, so one preview lists all.
  const unread = new Set(read.errors.map((e) => e.row));
  const invalid = toRowErrors(answerErrors(survey.questions, values, body.submit), read.rowOf).filter((e) => !unread.has(e.row));
  const errors = [...read.errors, ...invalid].sort((a, b) => a.row - b.row);
  const changes = survey.questions.flatMap((q) => {
    const before = answerCellText(q, saved.values[q.id]);
    const after = answerCellText(q, values[q.id]);
    return before === after ? [] : [{ row: read.rowOf.get(q.id) ?? 0, questionId: q.id, label: q.label, before, after }];
  });
  if (body.dryRun) return { dryRun: true, changes, errors, values, status: saved.status, version: saved.version };
  if (errors.length > 0) {
    throw invalidInput(
      { ja: `ファイルに${errors.length}件の誤りがあります（行番号は見出しを1行目とした Excel の行番号です）。何も保存していません。`, en: `The file has ${errors.length} problem(s) (rows numbered as Excel shows them); nothing was saved.` },
      errors.map((e) => ({ path: `rows.${e.row}.${e.column}`, message: { ja: `${e.row}行目: ${e.message.ja}`, en: `Row ${e.row}: ${e.message.en}` } })),
    );
  }
  // Saved against the preview's version: if the answer changed since, 409 with the answer as it is now.
  const answer = await saveAnswer(prefCode, survey, orgCode, { version: body.version ?? saved.version, values, submit: body.submit }, principal, now);
  return { dryRun: false, changes, errors: [], values: answer.values, status: answer.status, version: answer.version };
}
