import { describe, expect, it } from 'vitest';
import { maskPhone, normalisePhone } from './phone.js';

describe('mainland mobile numbers', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['86-19912345678', '19912345678'],
  ])('accepts %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each(['12800138000', '1380013800', '138001380001', '23800138000', 'abc', '', '+1 415 555 0100'])('rejects %s', (input) => {
    expect(normalisePhone(input)).toBeNull();
  });

  it('masks the middle four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
