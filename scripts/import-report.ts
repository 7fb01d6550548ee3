import type { ImportItem } from '../shared/plan/import-diff';
import { PREVIEW_FIELD_LABELS } from '../shared/plan/import-fields';

const shown = (text: string) => (text === '' ? '（空欄）' : text.replace(/\s+/g, ' '));

/**
 * The lines `npm run import` prints for what an import changes: each changed measure field by field
 * (before → after), each conflict with whether it was kept or overwritten, and the new measures by number
 * (a first import creates every measure, so those are listed on one line rather than field by field).
 */
export function describeItems(items: readonly ImportItem[]): string[] {
  const lines: string[] = [];
  for (const item of items) {
    if (item.kind === 'new') continue;
    const state = item.conflict
      ? item.write
        ? '【ポータルでの変更を上書き / portal edit overwritten】'
        : '【ポータルでの変更を保持 / portal edit kept】'
      : '';
    lines.push(`  施策 ${item.measureNo} ${item.name} ${state}`.trimEnd());
    for (const c of item.changes) {
      const label = PREVIEW_FIELD_LABELS[c.field];
      lines.push(`    ${c.conflict ? '! ' : ''}${label.ja} / ${label.en}: ${shown(c.before)} → ${shown(c.after)}`);
    }
  }
  const created = items.filter((i) => i.kind === 'new').map((i) => i.measureNo);
  if (created.length > 0) lines.push(`  新規 / new (${created.length}): ${created.join(', ')}`);
  return lines;
}
