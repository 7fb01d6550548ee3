/**
 * File names people download and open. Windows decides what a file does by
 * its last extension and hides known ones, so `請求書.pdf.exe` shows as
 * `請求書.pdf` and runs; `x.exe.pdf` is the same trick for a reader who sees
 * the whole name. The rule chosen: the last extension must be one the
 * declared type allows, and the name before it must not itself end in a known
 * extension (a document, image, archive, web page, script or program type).
 * Dots elsewhere stay allowed (`令和6年度.報告書.pdf`, `v1.2.pdf`).
 */

/** Extensions that make a name look like (or be) a file of that type. */
export const KNOWN_EXTENSIONS: ReadonlySet<string> = new Set([
  // documents, images and data people attach
  'pdf', 'png', 'jpg', 'jpeg', 'gif', 'bmp', 'tif', 'tiff', 'webp', 'heic', 'csv', 'tsv', 'txt', 'rtf',
  'xlsx', 'xls', 'xlsm', 'xlsb', 'docx', 'doc', 'docm', 'pptx', 'ppt', 'pptm', 'odt', 'ods', 'odp',
  // web pages and markup that run script when opened
  'html', 'htm', 'xhtml', 'mht', 'mhtml', 'svg', 'svgz', 'xml', 'hta', 'url',
  // archives and disk images
  'zip', 'rar', '7z', 'gz', 'tar', 'lzh', 'cab', 'iso', 'img', 'vhd', 'vhdx',
  // programs and scripts
  'exe', 'com', 'bat', 'cmd', 'scr', 'pif', 'msi', 'msp', 'cpl', 'dll', 'sys', 'lnk', 'reg', 'inf', 'chm',
  'js', 'jse', 'mjs', 'vbs', 'vbe', 'wsf', 'wsh', 'ps1', 'psm1', 'sh', 'jar', 'app', 'apk', 'dmg', 'py', 'pl', 'rb',
]);

export type FileNameProblem = 'wrong_extension' | 'double_extension';

/** Why a name does not fit a type with these extensions, or undefined when it does. */
export function fileNameProblem(fileName: string, allowed: readonly string[]): FileNameProblem | undefined {
  const name = fileName.toLowerCase();
  const dot = name.lastIndexOf('.');
  if (dot < 0 || !allowed.includes(name.slice(dot + 1))) return 'wrong_extension';
  // Windows drops trailing dots and spaces, so `x.exe. .pdf` hides `.exe` as well as `x.exe.pdf` does.
  let end = dot;
  while (end > 0 && (name[end - 1] === '.' || /\s/u.test(name[end - 1]!))) end -= 1;
  const stem = name.slice(0, end);
  const inner = stem.lastIndexOf('.');
  return inner >= 0 && KNOWN_EXTENSIONS.has(stem.slice(inner + 1)) ? 'double_extension' : undefined;
}

/**
 * Characters that make a name display differently from what it is:
 * path separators, control characters, and bidirectional controls
 * (`請求書\u202Efdp.exe` displays as `請求書exe.pdf`).
 */
export const DECEPTIVE_NAME_CHARACTERS = /[\\/\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
