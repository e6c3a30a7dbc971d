/**
 * The unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-symbol
 * alphabet (digits and capitals without I, O, Z, S, V). Position 1 is the registering authority,
 * 2 the kind of organisation, 3–8 the administrative division (digits), 9–17 the organisation
 * code, and 18 a check character: with each symbol's value v_i and weight w_i = 3^(i-1) mod 31,
 * C18 = 31 − (Σ v_i·w_i mod 31), where 31 is written as 0.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Uppercases and removes spaces, as people type codes copied from a licence. */
export function normaliseCreditCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 characters; null when they are not valid symbols. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i] as string);
    if (v < 0) return null;
    sum += v * (WEIGHTS[i] as number);
  }
  return ALPHABET[(31 - (sum % 31)) % 31] as string;
}

/** Whether a (normalised) code is well formed and its check character is right. */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/.test(code)) return false;
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17];
}
