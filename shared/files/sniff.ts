import { decodeText } from './text-decoding';

/**
 * What a file's bytes say it is, independent of the name or type anyone
 * declared. Browsers and office software open files by what they contain, so
 * a file declared as a PDF must start like one; a program is never accepted
 * whatever it is called.
 */
export type ContentKind = 'pdf' | 'png' | 'jpeg' | 'gif' | 'ooxml' | 'text';

/** Enough leading bytes for every signature below. */
export const SIGNATURE_BYTES = 16;

const SIGNATURES: Record<Exclude<ContentKind, 'text'>, readonly number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
  gif: [0x47, 0x49, 0x46, 0x38], // GIF8 (7a or 9a follows)
  ooxml: [0x50, 0x4b, 0x03, 0x04], // PK\3\4: xlsx, docx and pptx are ZIP packages
};

/** Programs for Windows (MZ), Linux (ELF) and macOS (Mach-O): refused whatever they are declared as. */
const EXECUTABLES: readonly (readonly number[])[] = [
  [0x4d, 0x5a],
  [0x7f, 0x45, 0x4c, 0x46],
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

export type SniffResult = { ok: true; encoding?: 'utf-8' | 'shift_jis' } | { ok: false; problem: 'executable' | 'wrong_content' | 'not_text' };

/**
 * Checks a file's content against the kind its declared type requires.
 * For `text` pass the whole file (every byte must decode); for the other
 * kinds the first SIGNATURE_BYTES are enough.
 */
export function sniff(bytes: Uint8Array, kind: ContentKind): SniffResult {
  if (EXECUTABLES.some((signature) => startsWith(bytes, signature))) return { ok: false, problem: 'executable' };
  if (kind !== 'text') return startsWith(bytes, SIGNATURES[kind]) ? { ok: true } : { ok: false, problem: 'wrong_content' };
  const encoding = textEncoding(bytes);
  return encoding ? { ok: true, encoding } : { ok: false, problem: 'not_text' };
}

/**
 * The encoding a text file (CSV or plain text) is in: UTF-8 (with or without
 * a BOM) or Shift_JIS, as Excel on Japanese Windows saves CSV. Control bytes
 * other than tab, line breaks and form feed (NUL above all) mean the file is
 * binary whatever it decodes to; anything that decodes as neither is refused.
 */
export function textEncoding(bytes: Uint8Array): 'utf-8' | 'shift_jis' | undefined {
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded.encoding : undefined;
}
