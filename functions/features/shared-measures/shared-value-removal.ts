import type { Principal } from '../../../shared/auth/roles';
import { prefectureOrgCode } from '../../../shared/org/codes';
import { notFound, versionConflict } from '../../../shared/errors';
import { auditPut } from '../../platform/db/audit';
import { getValue, valueKeys } from './shared-values.table';
import { guardedDelete } from '../../platform/db/transactions';
import { catalogueOf } from './catalogue-cache';
import type { ValueTarget } from './shared-value-update';
import { writeVersioned } from '../../platform/db/versioned-write';

/**
 * Removes a wrong value (an administrator's correction), guarded by its
 * version and recorded with the reason in the value's history, in one
 * transaction. Which period views open on comes from the calendar, so a
 * removal moves nothing else.
 */
export async function removeSharedValue(target: ValueTarget, input: { version: number; reason: string }, principal: Principal, now = new Date()) {
  const prefCode = prefectureOrgCode(principal.orgCode);
  const [catalogue, current] = await Promise.all([catalogueOf(prefCode), getValue(prefCode, target)]);
  const measure = catalogue.find((m) => m.id === target.measureId);
  if (!measure || !current) {
    throw notFound({ ja: `${target.orgCode} の「${target.measureId}」${target.period} の値`, en: `The value of "${target.measureId}" for ${target.orgCode}, ${target.period}` });
  }
  if (current.version !== input.version) throw versionConflict(current);
  await writeVersioned(
    [
      guardedDelete(valueKeys.item(prefCode, target), input.version),
      auditPut({
        entity: valueKeys.entity(prefCode, target),
        action: 'value.delete',
        actor: { userId: principal.userId, role: principal.role },
        at: now.toISOString(),
        before: current,
        reason: input.reason,
      }),
    ],
    () => getValue(prefCode, target),
  );
  return { removed: true as const };
}
