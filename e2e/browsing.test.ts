import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowCounts } from '../src/test/db.js';
import { hasChromium, launchBrowser, newContext, type RunningServer, startServer, visible } from './harness.js';

describe.skipIf(!hasChromium)('browsing collects nothing', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    // No background sweep, so any row written during the visit can only come from the visit.
    server = await startServer({ env: { RETENTION_INTERVAL_MINUTES: '0' } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a visitor who reads public pages in the browser leaves no row behind and gets no cookie', async () => {
    const before = await server.whileStopped((db) => rowCounts(db));
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();

    await page.goto('/');
    await visible(page.getByRole('heading', { name: '最新职位' }));
    await page
      .getByRole('link')
      .filter({ hasText: /工程师|专员|经理|普工|代表/ })
      .first()
      .click();
    await page.waitForURL(/\/jobs\/\d+$/);
    await visible(page.getByRole('heading', { level: 2 }).first());
    await page.goto('/?city=%E4%B8%8A%E6%B5%B7');
    await visible(page.getByRole('heading', { name: '最新职位' }));
    await page.goto('/privacy');
    await visible(page.getByRole('heading', { name: '人和隐私政策' }));
    await page.goto('/privacy/collected?lang=en');
    await page.goto('/privacy/sharing');
    await page.goto('/terms');
    await page.goto('/login');
    await visible(page.getByLabel('手机号'));

    expect(await context.cookies()).toEqual([]);
    await context.close();

    const after = await server.whileStopped((db) => rowCounts(db));
    expect(after).toEqual(before);
  });
});
