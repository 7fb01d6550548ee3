import { randomUUID } from 'node:crypto';
import type { ReportedValueRecord } from '../../../shared/api/shared-measures';
import type { Principal } from '../../../shared/auth/roles';
import { conflict, DomainError, notFound, versionConflict } from '../../../shared/errors';
import { prefectureOrgCode } from '../../../shared/org/codes';
import { periodLabel } from '../../../shared/shared-measures/periods';
import type { SharedMeasure } from '../../../shared/shared-measures/definition';
import { auditPut } from '../../platform/db/audit';
import { MAX_TRANSACTION_ITEMS, type TransactItem } from '../../platform/db/transactions';
import { writeVersioned } from '../../platform/db/versioned-write';
import { noticePut } from '../notices';
import { catalogueOf } from './catalogue-cache';
import { getValue, getValues, valueKeys, valuePut } from './shared-values.table';
import type { ValueTarget } from './shared-value-update';

type Decision = 'confirm' | 'return';

/** A comment travels in the notice up to the notice's own limit; the value keeps it whole. */
const NOTICE_COMMENT_MAX = 500;

async function measureOf(prefCode: string, id: string): Promise<SharedMeasure> {
  const measure = (await catalogueOf(prefCode)).find((m) => m.id === id);
  if (!measure) throw notFound({ ja: `共通指標「${id}」`, en: `Shared measure "${id}"` });
  return measure;
}

const label = (measure: SharedMeasure, period: string) => ({ ja: periodLabel(measure.period, period), en: periodLabel(measure.period, period, 'en') });

/** Why a value cannot take this decision now, or undefined when it can: a confirmed value is not confirmed twice, nor a returned one returned. */
function decisionProblem(current: ReportedValueRecord, decision: Decision): DomainError | undefined {
  if (decision === 'confirm' && current.review === 'confirmed') {
    return new DomainError('conflict', 'already_confirmed', { ja: 'この値は確認済みです。', en: 'This value is already confirmed.' }, { current });
  }
  if (decision === 'return' && current.review === 'returned') {
    return new DomainError('conflict', 'already_returned', { ja: 'この値は差戻し済みです。', en: 'This value has already been returned.' }, { current });
  }
  return undefined;
}

/** The value after the prefecture's decision. Who entered it and when stay as they were: review is not an edit. */
function reviewed(current: ReportedValueRecord, decision: Decision, principal: Principal, at: string, comment?: string): ReportedValueRecord {
  const { reviewComment: _previousComment, ...rest } = current;
  const common = { ...rest, version: current.version + 1, reviewedBy: principal.userId, reviewedAt: at };
  if (decision === 'return') return { ...common, review: 'returned', reviewComment: comment ?? '' };
  return {
    ...common,
    review: 'confirmed',
    confirmed: { value: current.value, ...(current.note ? { note: current.note } : {}), ...(current.source ? { source: current.source } : {}), at },
  };
}

/**
 * The prefecture confirms one submitted value (it is published: open data, headlines, other municipalities) or
 * returns it with a comment (the municipality is told by a notice in the same transaction). Version-guarded and
 * audited as 'value.confirm' / 'value.return'.
 */
export async function reviewValue(
  target: ValueTarget,
  input: { version: number; decision: Decision; comment?: string },
  principal: Principal,
  now = new Date(),
): Promise<ReportedValueRecord> {
  const prefCode = prefectureOrgCode(principal.orgCode);
  const [measure, current] = await Promise.all([measureOf(prefCode, target.measureId), getValue(prefCode, target)]);
  if (!current) throw notFound({ ja: `${target.orgCode} の「${measure.name.ja}」${target.period} の値`, en: `The value of "${measure.name.en}" for ${target.orgCode}, ${target.period}` });
  if (current.version !== input.version) throw versionConflict(current);
  const problem = decisionProblem(current, input.decision);
  if (problem) throw problem;
  const at = now.toISOString();
  const next = reviewed(current, input.decision, principal, at, input.comment);
  const items: TransactItem[] = [
    valuePut(prefCode, next, current.version),
    auditPut({
      entity: valueKeys.entity(prefCode, target),
      action: input.decision === 'confirm' ? 'value.confirm' : 'value.return',
      actor: { userId: principal.userId, role: principal.role },
      at,
      before: current,
      after: next,
      reason: input.comment,
    }),
  ];
  if (input.decision === 'return') {
    items.push(
      noticePut(prefCode, `ORG#${target.orgCode}`, {
        id: randomUUID(),
        at,
        kind: 'value_returned',
        params: { value: { measure: measure.name, period: label(measure, target.period) }, comment: (input.comment ?? '').slice(0, NOTICE_COMMENT_MAX) },
        link: `/shared-measures/${encodeURIComponent(measure.id)}?period=${encodeURIComponent(target.period)}`,
      }),
    );
  }
  await writeVersioned(items, () => getValue(prefCode, target));
  return next;
}

/**
 * Confirms many values of one (measure, period) at once, all or none: one BatchGetItem, then one transaction of
 * each value (version-guarded) and its audit record.
 */
export async function confirmValues(
  target: { measureId: string; period: string },
  items: readonly { orgCode: string; version: number }[],
  principal: Principal,
  now = new Date(),
): Promise<{ confirmed: number }> {
  const prefCode = prefectureOrgCode(principal.orgCode);
  const orgs = [...new Set(items.map((i) => i.orgCode))];
  if (orgs.length !== items.length) {
    throw new DomainError('invalid', 'invalid_input', { ja: '同じ団体が2回含まれています。', en: 'A municipality appears twice.' });
  }
  const measure = await measureOf(prefCode, target.measureId);
  const currents = await getValues(prefCode, items.map((i) => ({ ...target, orgCode: i.orgCode })));
  const missing = items.filter((_, i) => !currents[i]).map((i) => i.orgCode);
  if (missing.length > 0) throw notFound({ ja: `${missing.join('、')} の「${measure.name.ja}」${target.period} の値`, en: `The values of "${measure.name.en}" for ${missing.join(', ')}, ${target.period}` });
  const stale = items.filter((item, i) => currents[i]!.version !== item.version || currents[i]!.review === 'confirmed').map((i) => i.orgCode);
  if (stale.length > 0) {
    throw conflict(
      'version_conflict',
      {
        ja: `${stale.join('、')} の値は表示後に変更されたか、確認済みです。最新の内容を確認してから、もう一度確認してください。`,
        en: `The values of ${stale.join(', ')} changed since they were shown, or are already confirmed. Review them again.`,
      },
      { current: currents.filter((c) => c && stale.includes(c.orgCode)) },
    );
  }
  const at = now.toISOString();
  const actor = { userId: principal.userId, role: principal.role };
  const writes = currents.flatMap((current) => {
    const next = reviewed(current!, 'confirm', principal, at);
    return [valuePut(prefCode, next, current!.version), auditPut({ entity: valueKeys.entity(prefCode, current!), action: 'value.confirm', actor, at, before: current, after: next })];
  });
  if (writes.length > MAX_TRANSACTION_ITEMS) throw new Error('At most 50 values are confirmed at once');
  await writeVersioned(writes, async () => (await getValues(prefCode, items.map((i) => ({ ...target, orgCode: i.orgCode })))).filter(Boolean));
  return { confirmed: items.length };
}
