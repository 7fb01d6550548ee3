import { Show } from 'solid-js';
import type { MeasureDetail } from '../../../../shared/api/plans';
import { technicalIndicator, withTechnicalActual } from '../../../../shared/consultations/offer';
import { formatFiscalYear } from '../../../../shared/fiscal-year';
import { lang, tr } from '../../app/lang';
import { createStatisticsQuery } from './queries';

type Result = MeasureDetail['results'][number];

/**
 * On 21-2 (web/src/features/plan/MeasurePage.tsx), for prefecture staff who may edit it: the desk's count of the
 * year's technical consultations, and a button that opens the measure's edit form with it as ②'s actual. The
 * figure is saved only when staff save the form, as any other (with an erratum reason in a published year).
 */
export default function TechnicalConsultationOffer(props: {
  fiscalYear: number;
  measure: MeasureDetail['measure'];
  result: Result | undefined;
  onUse: (prefilled: Result) => void;
}) {
  const figures = createStatisticsQuery(() => props.fiscalYear, () => true);
  const indicator = () => technicalIndicator(props.measure.indicators);
  const use = () => {
    const values = withTechnicalActual(props.result?.values, props.measure.indicators, figures.data!.technical);
    props.onUse({ ...(props.result ?? ({ targetText: '', actualText: '' } as Result)), values });
  };
  return (
    <Show when={figures.data && indicator()}>
      <section class="notice" aria-labelledby="technical-offer-heading">
        <h2 id="technical-offer-heading">
          {tr(`相談窓口の技術相談件数（${formatFiscalYear(props.fiscalYear, 'ja')}）: ${figures.data!.technical}件`, `Technical consultations at the desk (${formatFiscalYear(props.fiscalYear, lang())}): ${figures.data!.technical}`)}
        </h2>
        <p>{tr(`「${indicator()!.name}」の実績として編集画面に入力します。内容を確認してから保存してください。`, `Fills the edit form with it as the actual of “${indicator()!.name}”. Check it, then save.`)}</p>
        <button type="button" class="secondary" onClick={use}>{tr('実績として入力する', 'Use as the actual')}</button>
      </section>
    </Show>
  );
}
