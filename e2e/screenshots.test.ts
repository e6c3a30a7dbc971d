import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, newContext, ROOT, type RunningServer, startServer, visible } from './harness.js';

const OUT = path.join(ROOT, 'docs/screenshots');

describe.skipIf(!hasChromium)('screenshots of the home page', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    fs.mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const shots: [string, BrowserContextOptions][] = [
    ['home-desktop.png', { viewport: { width: 1280, height: 800 } }],
    ['home-mobile.png', { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }],
  ];

  it.each(shots)('saves docs/screenshots/%s in Chinese once the jobs have loaded', async (file, options) => {
    const context = await newContext(browser, server.baseUrl, options);
    const page = await context.newPage();
    await page.goto('/');
    const list = page.getByRole('list', { name: '职位列表' });
    await visible(list.getByRole('listitem').nth(3));
    await visible(page.getByText(/共 \d+ 个职位/));
    await page.evaluate('document.fonts.ready.then(() => true)');
    const target = path.join(OUT, file);
    await page.screenshot({ path: target });
    expect(fs.statSync(target).size).toBeGreaterThan(10_000);
    await context.close();
  });
});
