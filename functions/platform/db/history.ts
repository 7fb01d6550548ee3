import type { Principal } from '../../../shared/auth/roles';
import { mayReadHistory, relationOf, type EntityKind } from '../../../shared/auth/visibility';
import { forbidden } from '../../../shared/errors';
import { listAudit } from './audit';

const AUDIENCE_TEXT = {
  owner: { ja: 'その団体の職員と県の職員', en: 'the organisation’s own staff and prefecture staff' },
  prefecture: { ja: '県の職員', en: 'prefecture staff' },
} as const;

/**
 * One page of an entity's change history (20 entries unless asked otherwise),
 * for those shared/auth/visibility.ts lets read it. The history holds drafts,
 * returned and removed values, user ids and removed files, so others are
 * refused even where the entity itself is published: they read its published
 * state instead.
 */
export async function readHistory(
  target: { kind: EntityKind; entity: string; owner?: string },
  principal: Principal,
  page: { limit?: number; cursor?: string },
) {
  if (!mayReadHistory(target.kind, relationOf(principal, target.owner))) {
    const audience = target.owner ? AUDIENCE_TEXT.owner : AUDIENCE_TEXT.prefecture;
    throw forbidden({
      ja: `この変更履歴は${audience.ja}のみが閲覧できます。公開されている内容は各ページでご覧ください。`,
      en: `Only ${audience.en} may read this history. The published state is on the item’s page.`,
    });
  }
  return listAudit(target.entity, page.limit ?? 20, page.cursor);
}
