import type { Principal } from './roles';

/**
 * Who may see what, decided once. Every route that returns an entity, a field
 * or a history asks these rules instead of deciding for itself
 * (docs/architecture.md, "Visibility").
 *
 * - `everyone`: every signed-in reader (and, where a route is public, anyone).
 * - `owner`: the organisation the data belongs to, and the prefecture.
 * - `prefecture`: the prefecture's staff only.
 */
export type Audience = 'everyone' | 'owner' | 'prefecture';

/** How a viewer stands to one piece of data. Council members and other municipalities are `other`. */
export type Relation = 'prefecture' | 'owner' | 'other';

/** A viewer: a signed-in principal, or undefined for an anonymous reader of public pages. */
export type Viewer = Pick<Principal, 'role' | 'orgCode'> | undefined;

export function relationOf(viewer: Viewer, ownerOrgCode: string | undefined): Relation {
  if (!viewer) return 'other';
  if (viewer.role === 'prefecture_admin' || viewer.role === 'prefecture_staff') return 'prefecture';
  if (viewer.role === 'municipal_staff' && ownerOrgCode !== undefined && viewer.orgCode === ownerOrgCode) return 'owner';
  return 'other';
}

export function mayRead(audience: Audience, relation: Relation): boolean {
  if (audience === 'everyone') return true;
  if (audience === 'owner') return relation !== 'other';
  return relation === 'prefecture';
}

/**
 * Each entity's audiences: who may see its histories (the audit trail holds
 * drafts, returned values, user ids and removed files, so it is never wider
 * than the owner), and who may see a record that is not published.
 */
export const ENTITY_AUDIENCES = {
  /** A plan measure's results: the prefecture's own data, published as a whole year. */
  measure: { history: 'prefecture' },
  /** The shared-measure catalogue. */
  sharedMeasure: { history: 'prefecture' },
  /**
   * A municipality's value of a shared measure: its history for its owner; a value not yet confirmed by the
   * prefecture is the owner's too, and others see the last confirmed value (valueSeenBy in shared/shared-measures/review.ts).
   */
  sharedValue: { history: 'owner', unpublished: 'owner' },
  /** A joint project's definition. */
  jointProject: { history: 'prefecture' },
  /** A municipality's participation in a joint project (phase, contacts, the prefecture's note). */
  participation: { history: 'owner' },
  /** A progress report: others see it once approved, and then only its published state. */
  progressReport: { history: 'owner', unpublished: 'owner' },
  /**
   * A user's account: its history for the user's organisation and the prefecture (the users routes narrow that
   * further to the prefecture's and the municipality's administrators).
   */
  user: { history: 'owner' },
  /** A survey (照会): its questions, recipients and deadline are the prefecture's to change and to trace. */
  survey: { history: 'prefecture' },
  /**
   * A municipality's answer to a survey: its own and the prefecture's; other municipalities see answers only in
   * the aggregates the prefecture chooses to share (shared/surveys/).
   */
  surveyAnswer: { history: 'owner', unpublished: 'owner' },
  /**
   * A consultation (相談窓口) and its thread: the asking municipality's and the prefecture's. Others see it only as
   * an FAQ entry (faqEntry), edited and without the asker.
   */
  consultation: { history: 'owner', unpublished: 'owner' },
  /** An entry of the FAQ (よくある相談): every signed-in reader; its history the prefecture's. */
  faqEntry: { history: 'prefecture' },
  /** A meeting (推進会議) with its agenda, materials and minutes: every signed-in reader; minutes may be made public. */
  meeting: { history: 'prefecture' },
  /** A decision or action item of a meeting: every signed-in reader sees it and its history. */
  actionItem: { history: 'everyone' },
} as const satisfies Record<string, { history: Audience; unpublished?: Audience }>;

export type EntityKind = keyof typeof ENTITY_AUDIENCES;

export function mayReadHistory(kind: EntityKind, relation: Relation): boolean {
  return mayRead(ENTITY_AUDIENCES[kind].history, relation);
}
