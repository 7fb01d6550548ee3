import { Show } from 'solid-js';
import type { AuditRecord } from '../../../../shared/api/plans';
import type { MeasureResult } from '../../../../shared/plan/result';
import type { RatingScheme } from '../../../../shared/rating/scheme';
import { formatFiscalYear } from '../../../../shared/fiscal-year';
import { AuditTrail } from '../../ui/AuditTrail';
import { ApiError } from '../../app/api';
import { dateTimeLabel, roleLabel } from '../../app/format';
import { levelOf } from '../../ui/ratings';
import { createHistoryQuery } from './measure-queries';
import { pick, pickIf, tr } from '../../app/lang';

const ACTIONS: Record<string, { ja: string; en: string }> = {
  'result.update': { ja: '実績・評価の更新', en: 'Results and rating changed' },
  'result.create': { ja: '実績の登録', en: 'Results entered' },
  'import.create': { ja: '取込（新規）', en: 'Imported (new)' },
  'import.update': { ja: '取込（更新）', en: 'Imported (changed)' },
};

/** The lines that changed between two versions of a result, in words. */
function changes(record: AuditRecord, scheme: RatingScheme): string[] {
  const before = record.before as Partial<MeasureResult> | undefined;
  const after = record.after as Partial<MeasureResult> | undefined;
  if (!after) return [];
  const none = tr('（なし）', '(none)');
  const label = (id: string | undefined) => (id ? `${levelOf(scheme, id)?.symbol ?? ''}${pickIf(levelOf(scheme, id)?.label) ?? id}` : none);
  const lines: string[] = [];
  for (const value of after.values ?? []) {
    const old = before?.values?.find((v) => v.subNo === value.subNo);
    if (old?.target.text !== value.target.text) lines.push(`${tr('指標', 'Indicator ')}${value.subNo} ${tr('目標', 'target')}: ${old?.target.text ?? none} → ${value.target.text}`);
    if (old?.actual.text !== value.actual.text) lines.push(`${tr('指標', 'Indicator ')}${value.subNo} ${tr('実績', 'actual')}: ${old?.actual.text ?? none} → ${value.actual.text}`);
  }
  if (before?.computedRating !== after.computedRating) lines.push(`${tr('算定評価', 'Computed rating')}: ${label(before?.computedRating)} → ${label(after.computedRating)}`);
  if (before?.confirmedRating !== after.confirmedRating) lines.push(`${tr('確定評価', 'Confirmed rating')}: ${label(before?.confirmedRating)} → ${label(after.confirmedRating)}`);
  if ((before?.reason ?? '') !== (after.reason ?? '')) lines.push(tr('未達成の理由等を変更', 'Reason changed'));
  return lines;
}

/** 変更履歴: who changed what and when, newest first. */
export function HistoryList(props: { planId: string; measureNo: string; scheme: RatingScheme }) {
  const history = createHistoryQuery(() => props.planId, () => props.measureNo, () => true);
  const forbidden = () => history.error instanceof ApiError && history.error.status === 403;
  return (
    <>
      <Show when={forbidden()}>
        <p>{tr('変更履歴は県の職員のみが閲覧できます。', 'Only prefecture staff may read the history.')}</p>
      </Show>
      <AuditTrail
        history={history}
        hideError={forbidden()}
        headline={(record) => (
          <>
            <strong>{dateTimeLabel(record.at)}</strong> {record.actor.userId}{tr('（', ' (')}{roleLabel(record.actor.role)}{tr('）：', '): ')}{ACTIONS[record.action] ? pick(ACTIONS[record.action]!) : record.action}
            {record.fiscalYear ? tr(`（${formatFiscalYear(record.fiscalYear, 'ja')}）`, ` (${formatFiscalYear(record.fiscalYear, 'en')})`) : ''}
          </>
        )}
        changes={(record) => changes(record, props.scheme)}
      />
    </>
  );
}
