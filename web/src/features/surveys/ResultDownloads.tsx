import { createSignal } from 'solid-js';
import type { Survey } from '../../../../shared/surveys/definition';
import { downloadFile } from '../../app/api';
import { tr } from '../../app/lang';
import { QueryError } from '../../ui/QueryError';
import { surveyFilePath } from './queries';

/** 回答一覧のダウンロード: one row per municipality that submitted, one column per question, as XLSX or CSV (the same cells). */
export function ResultDownloads(props: { survey: Survey }) {
  const [busy, setBusy] = createSignal<string>();
  const [error, setError] = createSignal<unknown>();
  const get = async (file: 'results.xlsx' | 'results.csv') => {
    setBusy(file);
    setError(undefined);
    try {
      const name = `照会結果_${props.survey.title}.${file.endsWith('xlsx') ? 'xlsx' : 'csv'}`.replace(/[\\/:*?"<>|]/g, '_');
      await downloadFile(surveyFilePath(props.survey.id, file), name);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{tr('回答一覧のダウンロード', 'Download the answers')}</h2>
      <p>{tr('提出済みの回答を、1団体1行・1設問1列で出力します。', 'Submitted answers, one row per municipality and one column per question.')}</p>
      <div class="actions">
        <button type="button" class="secondary" disabled={!!busy()} onClick={() => void get('results.xlsx')}>{busy() === 'results.xlsx' ? tr('作成しています…', 'Preparing…') : tr('Excel（.xlsx）でダウンロード', 'Download as Excel (.xlsx)')}</button>
        <button type="button" class="secondary" disabled={!!busy()} onClick={() => void get('results.csv')}>{busy() === 'results.csv' ? tr('作成しています…', 'Preparing…') : tr('CSVでダウンロード', 'Download as CSV')}</button>
      </div>
      <QueryError error={error()} />
    </section>
  );
}
