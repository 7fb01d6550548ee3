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
  /** The value as a person reads it: 74.4%, 812件, はい（取組済）, 移行完了 12/19（63.2%）. */
  format: (value: SharedValue, unit: string, lang: 'ja' | 'en') => string;
}

const numberFromCell = (text: string): unknown => {
  const plain = text.replace(/,/g, '');
  return plain === '' || Number.isNaN(Number(plain)) ? text : Number(plain);
};
const asNumber = (value: SharedValue) => (typeof value === 'number' ? value : undefined);
const YES_NO: Record<string, boolean> = { true: true, false: false, はい: true, いいえ: false, yes: true, no: false };
const numberText = (value: SharedValue, unit: string) => `${typeof value === 'number' ? value.toLocaleString('ja-JP') : String(value)}${unit}`;

function statusText(value: SharedValue, lang: 'ja' | 'en'): string {
  const statuses = Object.values(value as Record<string, ItemStatus>);
  const applicable = statuses.filter((s) => s !== 'not_applicable').length;
  const migrated = statuses.filter((s) => s === 'migrated').length;
  const rate = completionRate(value as Record<string, ItemStatus>) ?? 0;
  return lang === 'en' ? `migrated ${migrated}/${applicable} (${rate}%)` : `移行完了 ${migrated}/${applicable}（${rate}%）`;
}

export const VALUE_TYPES: { readonly [K in SharedValueType]: ValueTypeRules } = {
  number: { fromCell: numberFromCell, comparable: asNumber, format: (v, unit) => numberText(v, unit) },
  percent: { fromCell: numberFromCell, comparable: asNumber, format: (v, unit) => numberText(v, unit) },
  boolean: {
    // Excel writes TRUE / FALSE; the template's drop-down list offers はい / いいえ.
    fromCell: (text) => YES_NO[text.toLowerCase()] ?? text,
    comparable: (v) => (typeof v === 'boolean' ? (v ? 1 : 0) : undefined),
    format: (v, _unit, lang) => (v ? (lang === 'en' ? 'yes' : 'はい（取組済）') : lang === 'en' ? 'no' : 'いいえ'),
  },
  status: {
    fromCell: (text) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    },
    comparable: (v) => (typeof v === 'object' ? completionRate(v as Record<string, ItemStatus>) : undefined),
    format: (v, _unit, lang) => statusText(v, lang),
  },
};
