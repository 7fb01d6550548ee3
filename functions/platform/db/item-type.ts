/**
 * One stored item type of the single table, declared once: its key, the index
 * keys it carries, and its conversion from a domain object to an item and
 * back. docs/architecture.md ("Item types") lists every declaration.
 *
 * Hand-written rather than ElectroDB or dynamodb-toolbox: either would grow
 * the Lambda bundle by 120–225 KB (it is ~395 KB) and store attributes of its
 * own (`__edb_e__`, `__edb_v__`, or the key's parts), while the items here must
 * stay byte-identical to the data already stored.
 */

// Type aliases rather than interfaces, so a key passes where the SDK takes a Record<string, unknown>.
export type TableKey = { pk: string; sk: string };

export type IndexKeys = { gsi1pk?: string; gsi1sk?: string; gsi2pk?: string; gsi2sk?: string };

/** The attributes that belong to the table, never to the domain object. */
const TABLE_ATTRIBUTES = ['pk', 'sk', 'type', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'];

/**
 * What names an item beyond the object itself. When the object carries its
 * own key (an organisation its code), it may be left out; otherwise (a comment
 * knows nothing of the report it belongs to) it must be given.
 */
type KeyOf<T, K> = [T] extends [K] ? [k?: K] : [k: K];

export interface ItemType<T, K> {
  /** The item's `type` attribute. */
  readonly type: string;
  key(prefCode: string, k: K): TableKey;
  indexKeys(prefCode: string, t: T, ...k: KeyOf<T, K>): IndexKeys;
  /** The whole item: key, index keys, type, then the object's attributes. */
  toItem(prefCode: string, t: T, ...k: KeyOf<T, K>): Record<string, unknown>;
  /** The object of a stored item: without the table's attributes and the type's internal ones. */
  fromItem(item: Record<string, unknown>): T;
}

export interface ItemDeclaration<T, K> {
  type: string;
  key: (prefCode: string, k: K) => TableKey;
  /** Index keys; an attribute left out keeps the item out of that (sparse) index. */
  indexes?: (prefCode: string, t: T, k: K) => IndexKeys;
  /** Stored attributes that stay on the server (e.g. where an attachment's file is kept). */
  internal?: readonly string[];
}

export function defineItem<T extends object, K = T>({ type, key, indexes = () => ({}), internal = [] }: ItemDeclaration<T, K>): ItemType<T, K> {
  const dropped = new Set([...TABLE_ATTRIBUTES, ...internal]);
  // Without a key argument, the object is its own key (ItemType's KeyOf allows that only when it is one).
  const indexKeys = (prefCode: string, t: T, k: K = t as unknown as K) => indexes(prefCode, t, k);
  return {
    type,
    key,
    indexKeys,
    // The object's attributes come last, as every item has been written so far.
    toItem: (prefCode: string, t: T, k: K = t as unknown as K) => ({ ...key(prefCode, k), ...indexes(prefCode, t, k), type, ...t }),
    fromItem: (item: Record<string, unknown>) => Object.fromEntries(Object.entries(item).filter(([name]) => !dropped.has(name))) as T,
  } as ItemType<T, K>;
}

/**
 * The prefecture code of item types whose keys do not begin with one: audit
 * records and import journals, keyed by an entity or scope that already does.
 */
export const UNPREFIXED = '';
