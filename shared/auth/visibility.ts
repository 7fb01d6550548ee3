import { z } from 'zod';
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
  /** A municipality's value of a shared measure: the value is for everyone, its history for its owner. */
  sharedValue: { history: 'owner' },
  /** A joint project's definition. */
  jointProject: { history: 'prefecture' },
  /** A municipality's participation in a joint project (phase, contacts, the prefecture's note). */
  participation: { history: 'owner' },
  /** A progress report: others see it once approved, and then only its published state. */
  progressReport: { history: 'owner', unpublished: 'owner' },
} as const satisfies Record<string, { history: Audience; unpublished?: Audience }>;

export type EntityKind = keyof typeof ENTITY_AUDIENCES;

export function mayReadHistory(kind: EntityKind, relation: Relation): boolean {
  return mayRead(ENTITY_AUDIENCES[kind].history, relation);
}

/** The audience of each field that is narrower than `everyone`, declared beside the field in its schema. */
export const fieldAudiences = z.registry<{ audience: Audience }, z.ZodType>();

/** Marks a schema field as seen only by `audience`. A hidden array reads as empty; any other hidden field is left out, so declare it optional. */
export function seenBy<T extends z.ZodType>(audience: Exclude<Audience, 'everyone'>, schema: T): T {
  fieldAudiences.add(schema, { audience });
  return schema;
}

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'readonly', 'nonoptional', 'catch', 'prefault']);

function audienceOf(schema: z.ZodType): Audience {
  for (let s: z.ZodType | undefined = schema; s; s = WRAPPERS.has(defOf(s).type) ? defOf(s).innerType : undefined) {
    const found = fieldAudiences.get(s);
    if (found) return found.audience;
  }
  return 'everyone';
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (WRAPPERS.has(defOf(s).type) && defOf(s).innerType) s = defOf(s).innerType!;
  return s;
}

/**
 * `value` as a viewer with `relation` may see it, following the schema: fields
 * the viewer may not see are removed (arrays emptied), and so is anything the
 * schema does not declare, so a stored attribute never leaks by being forgotten.
 */
export function visibleTo<T>(schema: z.ZodType, value: T, relation: Relation): T {
  return project(schema, value, relation) as T;
}

function project(schema: z.ZodType, value: unknown, relation: Relation): unknown {
  if (value === null || value === undefined) return value;
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === 'object' && def.shape && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(def.shape)) {
      if (!(key in (value as object))) continue;
      const fieldValue = (value as Record<string, unknown>)[key];
      if (mayRead(audienceOf(field), relation)) out[key] = project(field, fieldValue, relation);
      else if (Array.isArray(fieldValue)) out[key] = [];
    }
    return out;
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) return value.map((v) => project(def.element!, v, relation));
  if (def.type === 'record' && def.valueType && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, project(def.valueType!, v, relation)]));
  }
  return value;
}
