import { describe, expect, it } from 'vitest';
import { catalogue, messageFor, pickLocale } from './errors.js';

describe('error catalogue', () => {
  it('has a message in both languages and an HTTP error status for every code', () => {
    for (const [code, entry] of Object.entries(catalogue)) {
      expect(entry.zh, code).toMatch(/[\u4e00-\u9fa5]/);
      expect(entry.en, code).toMatch(/^[\x20-\x7e]+$/);
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
    }
  });

  it('picks the language from the explicit header, then Accept-Language, else Chinese', () => {
    expect(pickLocale('en', 'zh-CN')).toBe('en');
    expect(pickLocale(undefined, 'en-GB,en;q=0.8')).toBe('en');
    expect(pickLocale(undefined, 'zh-TW,zh;q=0.9')).toBe('zh-CN');
    expect(pickLocale(undefined, undefined)).toBe('zh-CN');
    expect(messageFor('UNAUTHENTICATED', 'en')).toBe('Please sign in first.');
  });
});
