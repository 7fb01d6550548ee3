/** NFKC (full-width digits and ％ become ASCII), with all whitespace removed: for comparing printed text. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
