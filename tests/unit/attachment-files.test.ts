import { describe, expect, it } from 'vitest';
import { fileNameProblem } from '../../shared/files/file-names';
import { sniff, textEncoding } from '../../shared/files/sniff';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (s: string) => new TextEncoder().encode(s);
/** 「市町村,人口」 as Excel on Japanese Windows writes it. */
const SHIFT_JIS = bytes(0x8e, 0x73, 0x92, 0xac, 0x91, 0xba, 0x2c, 0x90, 0x6c, 0x8c, 0xfb, 0x0d, 0x0a);

describe('file names and declared types', () => {
  it('the last extension must be one the type allows, in any case', () => {
    expect(fileNameProblem('報告.PDF', ['pdf'])).toBeUndefined();
    expect(fileNameProblem('写真.jpeg', ['jpg', 'jpeg'])).toBeUndefined();
    expect(fileNameProblem('請求書.pdf.exe', ['pdf'])).toBe('wrong_extension');
    expect(fileNameProblem('chart.svg', ['png'])).toBe('wrong_extension');
    expect(fileNameProblem('拡張子なし', ['pdf'])).toBe('wrong_extension');
    expect(fileNameProblem('末尾.pdf.', ['pdf'])).toBe('wrong_extension');
  });

  it('an extension hidden before the last one is refused; other dots are fine', () => {
    for (const name of ['x.exe.pdf', 'x.EXE.pdf', 'x.js.txt', 'x.html.pdf', 'x.svg.png', 'x.pdf.pdf', 'x.exe .pdf', 'x.exe...pdf']) {
      expect(fileNameProblem(name, ['pdf', 'png', 'txt']), name).toBe('double_extension');
    }
    for (const name of ['令和6年度.報告書.pdf', 'v1.2.pdf', 'A.B.C 議事録.pdf', '.pdf']) {
      expect(fileNameProblem(name, ['pdf']), name).toBeUndefined();
    }
  });
});

describe('content sniffing', () => {
  it('knows each kind by its first bytes', () => {
    expect(sniff(text('%PDF-1.4\n'), 'pdf')).toEqual({ ok: true });
    expect(sniff(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'png')).toEqual({ ok: true });
    expect(sniff(bytes(0xff, 0xd8, 0xff, 0xe0), 'jpeg')).toEqual({ ok: true });
    expect(sniff(text('GIF89a'), 'gif')).toEqual({ ok: true });
    expect(sniff(bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'ooxml')).toEqual({ ok: true });
    expect(sniff(text('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'png')).toEqual({ ok: false, problem: 'wrong_content' });
    expect(sniff(text('%PDF'), 'pdf')).toEqual({ ok: false, problem: 'wrong_content' });
    expect(sniff(new Uint8Array(), 'jpeg')).toEqual({ ok: false, problem: 'wrong_content' });
  });

  it('refuses programs whatever they are declared as, text included', () => {
    for (const kind of ['pdf', 'png', 'jpeg', 'ooxml', 'text'] as const) {
      expect(sniff(text('MZ\u0090\u0000'), kind)).toEqual({ ok: false, problem: 'executable' });
      expect(sniff(bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1), kind)).toEqual({ ok: false, problem: 'executable' });
    }
    expect(sniff(text('MZ,列\r\n'), 'text')).toEqual({ ok: false, problem: 'executable' });
  });

  it('text is UTF-8 (with or without BOM) or Shift_JIS, without NUL or other control bytes', () => {
    expect(textEncoding(text('市町村,人口\r\n横浜市,3770000\r\n'))).toBe('utf-8');
    expect(textEncoding(bytes(0xef, 0xbb, 0xbf, ...text('a,b\n')))).toBe('utf-8');
    expect(new TextDecoder('shift_jis').decode(SHIFT_JIS)).toBe('市町村,人口\r\n');
    expect(textEncoding(SHIFT_JIS)).toBe('shift_jis');
    expect(textEncoding(text('a\tb\r\n'))).toBe('utf-8');
    expect(textEncoding(text('a,b\u0000\n'))).toBeUndefined();
    expect(textEncoding(bytes(0x61, 0x1b, 0x62))).toBeUndefined();
    expect(textEncoding(bytes(0xff, 0xfe, 0x61, 0x00))).toBeUndefined(); // UTF-16: refused, not guessed
    expect(textEncoding(bytes(0x82, 0xa0, 0xfd))).toBeUndefined(); // neither UTF-8 nor Shift_JIS
  });
});
