/**
 * Text as Excel's 「CSV（コンマ区切り）」 saves it on Japanese Windows: CP932 bytes. No encoder ships with Node, so
 * the table is built from its shift_jis decoder (which is CP932), one two-byte code at a time; ASCII is itself.
 */
let table: Map<string, number[]> | undefined;

function encoderTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  const leads = [...range(0x81, 0x9f), ...range(0xe0, 0xfc)];
  for (const lead of leads) {
    for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfc)]) {
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a character in CP932
      }
    }
  }
  for (const b of range(0xa1, 0xdf)) table.set(decoder.decode(new Uint8Array([b])), [b]); // half-width katakana
  return table;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export function shiftJis(text: string): Uint8Array {
  const t = encoderTable();
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const bytes = t.get(ch);
      if (!bytes) throw new Error(`${ch} has no Shift_JIS code`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
