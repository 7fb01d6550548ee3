import { consultationFigures, fiscalYearInstants, type ConsultationFigures } from '../../../shared/consultations/statistics';
import { consultationsBetween } from './consultations.table';

/** The desk's figures for one fiscal year: one Query of the year's range of the prefecture's list (GSI1). */
export async function statisticsOf(prefCode: string, fiscalYear: number): Promise<ConsultationFigures> {
  const { from, to } = fiscalYearInstants(fiscalYear);
  return consultationFigures(await consultationsBetween(prefCode, from, to), fiscalYear);
}
