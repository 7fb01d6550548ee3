import type { SharedValueType } from './definition';
import { completionRate, type ItemStatus, type SharedValue } from './status';

/**
 * What each kind of shared-measure value needs, one entry per kind, checked by
 * the compiler: a new kind that lacks an entry does not build. (The zod
 * schema of each kind is in values.ts, kept apart so the web's pages can use
 * these without the schema library.)
 */
export interface ValueTypeRules {
  /** A spreadsheet cell as this kind's value (left as text when it is not one: the schema then says why). */
  fromCell: (text: string) => unknown;
  /** The number it is compared and ranked by, if any. */
  comparable: (value: SharedValue) => number | undefined;
}

const numberFromCell = (text: string): unknown => {
  const plain = text.replace(/,/g, '');
  return plain === '' || Number.isNaN(Number(plain)) ? text : Number(plain);
};
const asNumber = (value: SharedValue) => (typeof value === 'number' ? value : undefined);
const YES_NO: Record<string, boolean> = { true: true, false: false, はい: true, いいえ: false };

export const VALUE_TYPES: { readonly [K in SharedValueType]: ValueTypeRules } = {
  number: { fromCell: numberFromCell, comparable: asNumber },
  percent: { fromCell: numberFromCell, comparable: asNumber },
  boolean: { fromCell: (text) => YES_NO[text] ?? text, comparable: (v) => (typeof v === 'boolean' ? (v ? 1 : 0) : undefined) },
  status: {
    fromCell: (text) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    },
    comparable: (v) => (typeof v === 'object' ? completionRate(v as Record<string, ItemStatus>) : undefined),
  },
};
