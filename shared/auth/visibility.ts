import { z } from 'zod';
import { mayRead, type Audience, type Relation } from './audiences';

export * from './audiences';

/**
 * Field audiences declared in zod schemas, and the projection of a record to
 * what a viewer may see. The rules themselves (who stands where, each
 * entity's audiences) are in audiences.ts, which needs no schema library.
 */

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
