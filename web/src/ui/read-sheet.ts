import type { LocalizedText } from '../../../shared/localized';

/**
 * The first sheet of an .xlsx file, read in the browser, for the features that take spreadsheets as rows (the
 * shared-measure values file, a survey's answer form), so the API needs no spreadsheet library. read-excel-file was
 * measured against the alternatives: about 20 KB gzipped (SheetJS 123 KB, exceljs far more), and it is imported only
 * when someone picks an .xlsx file, so the pages' own JavaScript does not grow.
 */
export type SheetRead = { ok: true; data: unknown[][] } | { ok: false; message: LocalizedText };

/** A cell as the text a person typed: a date as its day, a number as JavaScript prints it (12.3, not 12.300…01). */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

const UNREADABLE: Record<string, LocalizedText> = {
  XLS_FILE_NOT_SUPPORTED: {
    ja: '古い形式のExcelファイル（.xls）は読み込めません。Excelで「Excel ブック（*.xlsx）」として保存し直してください。',
    en: 'Old Excel files (.xls) cannot be read. Save the file as an Excel Workbook (.xlsx) and try again.',
  },
  NO_DATA: { ja: 'ファイルが空です。', en: 'The file is empty.' },
};
const NOT_XLSX: LocalizedText = {
  ja: 'Excelファイル（.xlsx）として読み込めませんでした。ファイルが壊れていないか、Excelで開けるか確認してください。',
  en: 'The file could not be read as an Excel workbook (.xlsx). Check that it opens in Excel.',
};

/** The first sheet's cells, row by row; the library is loaded on first use. */
export async function readFirstSheet(file: Blob): Promise<SheetRead> {
  const { readSheet } = await import('read-excel-file/browser');
  try {
    return { ok: true, data: (await readSheet(file, 1)) as unknown[][] };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, message: (code && UNREADABLE[code]) || NOT_XLSX };
  }
}
