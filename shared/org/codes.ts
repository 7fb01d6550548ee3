/**
 * 全国地方公共団体コード (JIS X 0402): five digits and a check digit,
 * (11 − (6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5) mod 11) mod 10.
 */
export function checkDigit(fiveDigits: string): number {
  if (!/^\d{5}$/.test(fiveDigits)) throw new Error(`expected five digits, got "${fiveDigits}"`);
  const sum = [...fiveDigits].reduce((acc, d, i) => acc + Number(d) * (6 - i), 0);
  return (11 - (sum % 11)) % 10;
}

export function isValidOrgCode(code: string): boolean {
  return /^\d{6}$/.test(code) && checkDigit(code.slice(0, 5)) === Number(code[5]);
}

/** The code of the prefecture an organisation belongs to: 141003 横浜市 → 140007 神奈川県. */
export function prefectureOrgCode(code: string): string {
  const five = `${code.slice(0, 2)}000`;
  return `${five}${checkDigit(five)}`;
}
