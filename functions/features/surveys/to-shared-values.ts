import type { ValuesImportResult } from '../../../shared/api/shared-measures';
import type { Principal } from '../../../shared/auth/roles';
import { conflict, DomainError, invalidInput, notFound } from '../../../shared/errors';
import { organisationNames } from '../../../shared/org/organisation';
import { organisationsOf } from '../organisations';
import type { SurveySharedValues } from '../../../shared/surveys/shared-values';
import { catalogueOf, importSharedValues } from '../shared-measures';
import { surveyFor } from './access';
import { listAnswers } from './surveys.table';

/**
 * A numeric question's submitted answers become the municipalities' values of a shared measure for one period.
 * They go through the shared measures' own import (the same checks, review rules and all-or-nothing write), entered
 * by the prefecture, so they are confirmed like any value the prefecture enters; a dry run shows before → after.
 */
export async function answersToSharedValues(
  prefCode: string,
  surveyId: string,
  questionId: string,
  body: Omit<Required<SurveySharedValues>, 'note'> & { note?: string },
  principal: Principal,
): Promise<ValuesImportResult> {
  const survey = await surveyFor(prefCode, surveyId, principal);
  const question = survey.questions.find((q) => q.id === questionId);
  if (!question) throw notFound({ ja: '設問', en: 'The question' });
  if (question.kind !== 'number') {
    throw invalidInput({ ja: `「${question.label}」は数値の設問ではないため、共通指標の値にできません。`, en: `"${question.label}" is not a number question, so it cannot become shared-measure values.` });
  }
  const measure = (await catalogueOf(prefCode)).find((m) => m.id === body.measureId);
  if (!measure) throw notFound({ ja: '共通指標', en: 'The shared measure' });
  if (measure.valueType !== 'number' && measure.valueType !== 'percent') {
    throw invalidInput({
      ja: `共通指標「${measure.name.ja}」は数値で表す指標ではないため、数値の回答を値にできません。`,
      en: `The shared measure "${measure.name.en}" is not expressed as a number, so numeric answers cannot become its values.`,
    });
  }
  const submitted = (await listAnswers(prefCode, surveyId))
    .filter((a) => a.status === 'submitted' && typeof a.values[questionId] === 'number')
    .sort((a, b) => a.orgCode.localeCompare(b.orgCode));
  if (submitted.length === 0) {
    throw conflict('no_submitted_answers', { ja: 'この設問に提出済みの回答がまだありません。', en: 'No submitted answer to this question yet.' });
  }
  const rows = submitted.map((a) => ({
    指標ID: measure.id,
    期間: body.period,
    団体コード: a.orgCode,
    値: String(a.values[questionId]),
    出典: `照会「${survey.title}」`.slice(0, 200),
    ...(body.note ? { 備考: body.note } : {}),
  }));
  try {
    return await importSharedValues({ rows, dryRun: body.dryRun }, principal);
  } catch (error) {
    // The import numbers rows as a file would (the header is row 1): name the municipality instead.
    if (error instanceof DomainError && error.extra.rows) {
      const names = await organisationsOf(prefCode);
      const rowsNamed = error.extra.rows.map((r) => {
        const org = organisationNames(names, submitted[r.row - 2]?.orgCode ?? '').ja;
        return { ...r, message: { ja: `${org}: ${r.message.ja}`, en: `${org}: ${r.message.en}` } };
      });
      throw new DomainError(error.kind, error.code, error.text, { ...error.extra, rows: rowsNamed });
    }
    throw error;
  }
}
