/**
 * Turning an uploaded text file's bytes into text. Excel on Japanese Windows
 * saves 「CSV（コンマ区切り）」 in Shift_JIS (in fact its superset CP932, with
 * ①, ㈱ and the NEC/IBM kanji), and 「CSV UTF-8」 with a byte-order mark; both
 * must read back exactly, and anything that is neither must be refused rather
 * than stored garbled.
 *
 * The WHATWG `shift_jis` decoder (Node's full ICU and every browser) is CP932:
 * it maps the NEC row 13 and the IBM extensions, so one decoder covers what
 * Excel writes. UTF-8 is tried first: a Shift_JIS file of any length with
 * Japanese in it is almost never valid UTF-8, while the reverse is common.
 */
export type TextEncodingName = 'utf-8' | 'shift_jis';

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false };

const ENCODINGS: readonly TextEncodingName[] = ['utf-8', 'shift_jis'];

/**
 * Control bytes other than tab, line breaks and form feed (NUL above all)
 * mean the file is binary whatever it happens to decode to.
 */
function hasBinaryBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return true;
    if (b === 0x7f) return true;
  }
  return false;
}

/** The file's text (a UTF-8 byte-order mark removed) and the encoding it was in, or not ok when it is neither encoding. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (hasBinaryBytes(bytes)) return { ok: false };
  for (const encoding of ENCODINGS) {
    try {
      // fatal: a byte sequence that is not valid in this encoding throws instead of becoming U+FFFD.
      // The UTF-8 decoder drops a leading BOM by default (ignoreBOM: false).
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      return { ok: true, text, encoding };
    } catch {
      // not this encoding; try the next
    }
  }
  return { ok: false };
}
