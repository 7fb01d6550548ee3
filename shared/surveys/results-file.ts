import type { SurveyAnswer } from './answers';
import { answerCellText } from './form-file';
import type { Question } from './questions';

/**
 * The results export (GET /api/surveys/{surveyId}/results.xlsx and results.csv): one row per municipality that
 * submitted, one column per question. Declared once here, so the XLSX and the CSV hold the same cells.
 */
export interface ResultsColumn {
  header: string;
  width: number;
  cell: (answer: SurveyAnswer, orgName: string) => string | number;
}

export function resultsColumns(questions: readonly Question[]): ResultsColumn[] {
  return [
    { header: '団体コード', width: 10, cell: (a) => a.orgCode },
    { header: '団体名', width: 12, cell: (_a, orgName) => orgName },
    { header: '提出日時', width: 20, cell: (a) => a.submittedAt ?? '' },
    ...questions.map((q): ResultsColumn => ({
      header: q.kind === 'number' && q.unit ? `${q.label}（${q.unit}）` : q.label,
      width: Math.min(40, Math.max(10, q.label.length * 2)),
      cell: (a) => {
        const v = a.values[q.id];
        if (q.kind === 'number' && typeof v === 'number') return v;
        // A file answer lists how many files are attached; the files themselves stay on the answer's page.
        if (q.kind === 'file') return Array.isArray(v) ? v.length : 0;
        return answerCellText(q, v);
      },
    })),
  ];
}

/** The submitted answers as the export's rows, in organisation-code order. */
export function resultsRows(columns: readonly ResultsColumn[], answers: readonly SurveyAnswer[], orgName: (code: string) => string): (string | number)[][] {
  return answers
    .filter((a) => a.status === 'submitted')
    .sort((a, b) => a.orgCode.localeCompare(b.orgCode))
    .map((a) => columns.map((c) => c.cell(a, orgName(a.orgCode))));
}
