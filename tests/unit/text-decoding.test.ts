import { describe, expect, it } from 'vitest';
import { decodeText } from '../../shared/files/text-decoding';
import { sniff, textEncoding } from '../../shared/files/sniff';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

/**
 * 「備考,①㈱髙」 as Excel on Japanese Windows saves it (CP932): 備 0x94F5, 考 0x8D6C,
 * ① 0x8740 and ㈱ 0x878A (NEC row 13), 髙 0xFBFC (IBM extension), then CRLF.
 * Written out by hand because neither Node nor browsers ship a Shift_JIS encoder.
 */
const CP932_LINE = bytes(0x94, 0xf5, 0x8d, 0x6c, 0x2c, 0x87, 0x40, 0x87, 0x8a, 0xfb, 0xfc, 0x0d, 0x0a);

describe('decoding an uploaded CSV', () => {
  it('reads UTF-8 without a BOM as it is', () => {
    expect(decodeText(utf8('指標,値\r\n横浜市,156\r\n'))).toEqual({ ok: true, text: '指標,値\r\n横浜市,156\r\n', encoding: 'utf-8' });
  });

  it('drops the BOM of 「CSV UTF-8」 so the first header reads as itself', () => {
    const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('指標ID,値')]));
    expect(decoded).toEqual({ ok: true, text: '指標ID,値', encoding: 'utf-8' });
  });

  it('reads Shift_JIS with the CP932 extensions Excel writes (①, ㈱, IBM kanji)', () => {
    expect(decodeText(CP932_LINE)).toEqual({ ok: true, text: '備考,①㈱髙\r\n', encoding: 'shift_jis' });
  });

  it('reads the CP932 symbols that differ from JIS X 0208 mappings as Windows shows them', () => {
    // ～ 0x8160 and － 0x817C are the full-width forms on Windows, never 〜 U+301C or − U+2212.
    expect(decodeText(bytes(0x81, 0x60, 0x81, 0x7c))).toMatchObject({ ok: true, text: '～－' });
  });

  it('refuses bytes that are neither UTF-8 nor Shift_JIS instead of storing them garbled', () => {
    // 0xA0 and 0xFD–0xFF lead no character in Shift_JIS, and a lone 0xFF is never UTF-8.
    expect(decodeText(bytes(0x41, 0xff, 0xfe, 0x42))).toEqual({ ok: false });
    expect(decodeText(bytes(0x81))).toEqual({ ok: false }); // a Shift_JIS lead byte cut off at the end
  });

  it('refuses a binary file even when its bytes happen to decode', () => {
    expect(decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00))).toEqual({ ok: false }); // an XLSX (ZIP) renamed .csv
    expect(decodeText(utf8('a,b\u0000c'))).toEqual({ ok: false });
  });

  it('is the same decision the upload sniffing makes', () => {
    expect(textEncoding(CP932_LINE)).toBe('shift_jis');
    expect(sniff(CP932_LINE, 'text')).toEqual({ ok: true, encoding: 'shift_jis' });
    expect(sniff(bytes(0x41, 0xff), 'text')).toEqual({ ok: false, problem: 'not_text' });
  });
});
