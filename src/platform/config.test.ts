import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig, renderConfigReference } from './config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.smsCodeTtlSeconds).toBe(300);
    expect(c.smsDailyPerPhone).toBe(10);
  });

  it('refuses to start with invalid values and names every one of them', () => {
    expect(() => loadConfig({ PORT: 'eighty', SMS_MAX_ATTEMPTS: '0', NODE_ENV: 'staging', SECRET_KEY: 'short' })).toThrow(
      /PORT.*SMS_MAX_ATTEMPTS.*NODE_ENV|PORT/,
    );
    try {
      loadConfig({ PORT: 'eighty', SMS_MAX_ATTEMPTS: '0', SECRET_KEY: 'short' });
    } catch (err) {
      const message = (err as Error).message;
      for (const name of ['PORT', 'SMS_MAX_ATTEMPTS', 'SECRET_KEY']) expect(message).toContain(name);
    }
  });

  it('refuses the development SMS outbox on a production site', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SMS_ADAPTER=outbox/);
    expect(loadConfig({ NODE_ENV: 'development' }).smsAdapter).toBe('outbox');
  });

  it('is documented in docs/CONFIG.md exactly as the code defines it (run `npm run docs:config`)', () => {
    expect(fs.readFileSync(new URL('../../docs/CONFIG.md', import.meta.url), 'utf8')).toBe(renderConfigReference());
  });
});
