/**
 * 全国地方公共団体コード (JIS X 0402): a five-digit code (two digits of
 * prefecture, three of municipality; 000 for the prefecture itself) followed
 * by a check digit, (11 − (6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5) mod 11) mod 10.
 * Keys of prefecture-owned data begin with the prefecture's code, so every
 * code is checked before it is used.
 */

/** Six digits: a local-government code with its check digit. */
export const ORG_CODE_PATTERN = /^\d{6}$/;

/** The check digit of a five-digit code: 13104 → 1 (131041 新宿区), 14100 → 3 (141003 横浜市). Throws on anything but five digits. */
export function checkDigit(fiveDigits: string): number {
  if (!/^\d{5}$/.test(fiveDigits)) throw new Error(`expected five digits, got "${fiveDigits}"`);
  const sum = [...fiveDigits].reduce((acc, d, i) => acc + Number(d) * (6 - i), 0);
  return (11 - (sum % 11)) % 10;
}

/** Whether a code is six digits whose last is the check digit of the first five, for a prefecture 01–47. */
export function isValidOrgCode(code: string): boolean {
  if (!ORG_CODE_PATTERN.test(code)) return false;
  const prefecture = Number(code.slice(0, 2));
  return prefecture >= 1 && prefecture <= 47 && checkDigit(code.slice(0, 5)) === Number(code[5]);
}

/** Whether a (valid) code is a prefecture's own: municipality part 000, e.g. 140007 神奈川県. */
export function isPrefectureCode(code: string): boolean {
  return isValidOrgCode(code) && code.slice(2, 5) === '000';
}

/**
 * The code of the prefecture an organisation belongs to: the first two
 * digits, 000, and the check digit. 141003 横浜市 → 140007 神奈川県;
 * 140007 → 140007. Only the prefecture digits are read, so a code with a
 * wrong check digit still finds its prefecture (check codes with
 * isValidOrgCode where they enter). Throws when the code does not start with
 * two digits.
 */
export function prefectureOrgCode(code: string): string {
  if (!/^\d{2}/.test(code)) throw new Error(`not a local-government code: "${code}"`);
  const five = `${code.slice(0, 2)}000`;
  return `${five}${checkDigit(five)}`;
}
