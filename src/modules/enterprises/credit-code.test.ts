import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, isValidCreditCode, normaliseCreditCode } from './credit-code.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('unified social credit code (GB 32100-2015)', () => {
  it('computes the check character by the standard', () => {
    // Worked by hand: all 17 symbols 0 give sum 0, so the check is 31 − 0 = 31, written as 0.
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
    // '1' in the first place only: sum = 1·1 = 1 → 30 → 'Y' (the 31st symbol).
    expect(creditCodeCheckCharacter('10000000000000000')).toBe('Y');
    // '1' in the last place only: weight 28 → 31 − 28 = 3.
    expect(creditCodeCheckCharacter('00000000000000001')).toBe('3');
    // A code printed on a real licence.
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('accepts codes whose check character is right', () => {
    for (const code of ['91350100M000100Y43', '000000000000000000', '10000000000000000Y', '911100007109288314']) {
      expect(isValidCreditCode(code), code).toBe(true);
    }
  });

  it.each([
    ['wrong check character', '91350100M000100Y44'],
    ['17 characters', '91350100M000100Y4'],
    ['19 characters', '91350100M000100Y430'],
    ['a letter the alphabet leaves out (I)', '91350100M000100I43'],
    ['a letter in the division code', '9135010AM000100Y43'],
    ['lower case (not normalised)', '91350100m000100y43'],
    ['empty', ''],
  ])('refuses %s', (_name, code) => {
    expect(isValidCreditCode(code)).toBe(false);
  });

  it('normalises spaces and case before checking', () => {
    expect(isValidCreditCode(normaliseCreditCode(' 91350100m000100y43 '))).toBe(true);
  });

  it('catches every change of one character, and every swap of two different neighbours', () => {
    const body = fc
      .tuple(
        fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 2, maxLength: 2 }),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 6 }),
        fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 9, maxLength: 9 }),
      )
      .map(([a, b, c]) => a + b + c);
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 16 }), fc.constantFrom(...ALPHABET), (first17, at, symbol) => {
        const code = first17 + creditCodeCheckCharacter(first17);
        expect(isValidCreditCode(code)).toBe(true);
        if (code[at] !== symbol && (at < 2 || at > 7 || /\d/.test(symbol))) {
          expect(isValidCreditCode(code.slice(0, at) + symbol + code.slice(at + 1))).toBe(false);
        }
        const a = code[at] as string;
        const b = code[at + 1] as string;
        if (a !== b && at + 1 < 17) {
          const swapped = code.slice(0, at) + b + a + code.slice(at + 2);
          if (/^[0-9A-HJ-NP-RTUWXY]{2}\d{6}/.test(swapped)) expect(isValidCreditCode(swapped)).toBe(false);
        }
      }),
    );
  });
});
