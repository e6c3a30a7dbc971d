import dayjs from 'dayjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, newContext, type RunningServer, randomPhone, readCodeFromOutbox, startServer, visible } from './harness.js';

/** Gets a code for a fresh number on the sign-in page and verifies it, which leads to the registration form. */
async function verifyNewNumber(page: Page, phone: string) {
  await page.goto('/login');
  await page.getByLabel('手机号').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  const code = await readCodeFromOutbox(page);
  await page.getByLabel('验证码', { exact: true }).fill(code);
  await page.getByRole('main').getByRole('button', { name: '登录/注册' }).click();
  await visible(page.getByRole('heading', { name: '完善注册信息' }));
}

async function fillBirthDate(page: Page, date: string) {
  const input = page.getByLabel('出生日期');
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

describe.skipIf(!hasChromium)('a visitor signs up', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('browses jobs without any cookie, registers with an SMS code, switches to English and signs out', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();

    // Browsing: job cards in Chinese, a detail page, and nothing stored in cookies.
    await page.goto('/');
    await visible(page.getByRole('heading', { name: '最新职位' }));
    const jobList = page.getByRole('list', { name: '职位列表' });
    const firstTitle = jobList.getByRole('heading', { level: 3 }).first();
    await visible(firstTitle);
    expect(await jobList.getByRole('article').count()).toBe(20);
    expect(await jobList.getByText(/\d+-\d+K/).count()).toBeGreaterThan(0);
    const title = (await firstTitle.textContent())?.trim() ?? '';
    expect(title).not.toBe('');

    await firstTitle.getByRole('link').click();
    await page.waitForURL(/\/jobs\/\d+$/);
    await visible(page.getByRole('heading', { level: 2, name: title }));
    await visible(page.getByText('职位描述'));
    await visible(page.getByText('任职要求'));
    expect(await context.cookies()).toEqual([]);

    // Sign-up with a code read from the development outbox.
    const phone = randomPhone();
    await verifyNewNumber(page, phone);
    const displayName = `测试用户${phone.slice(-4)}`;
    await page.getByLabel('显示名称').fill(displayName);
    await fillBirthDate(page, '1995-06-15');
    const terms = page.getByRole('checkbox', { name: /我已阅读并同意/ });
    expect(await terms.isChecked()).toBe(false);
    await terms.check();
    await page.getByRole('button', { name: '完成注册' }).click();

    await page.waitForURL(`${server.baseUrl}/`);
    const header = page.getByRole('banner');
    await visible(header.getByRole('button', { name: displayName }));
    expect((await context.cookies()).map((c) => c.name).sort()).toEqual(['renhe_csrf', 'renhe_session']);

    // English, remembered across a reload.
    await header.getByText('English').click();
    await visible(header.getByRole('link', { name: 'Jobs' }));
    await visible(page.getByRole('heading', { name: 'Latest jobs' }));
    await page.reload();
    await visible(page.getByRole('heading', { name: 'Latest jobs' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // Sign out.
    await header.getByRole('button', { name: displayName }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await visible(header.getByRole('button', { name: 'Sign in / Sign up' }));
    expect((await context.cookies()).map((c) => c.name)).toEqual([]);
    await context.close();
  });

  it('refuses a job seeker under 16 and keeps the form', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await verifyNewNumber(page, randomPhone());

    await page.getByLabel('显示名称').fill('小明');
    await fillBirthDate(page, dayjs().subtract(15, 'year').format('YYYY-MM-DD'));
    await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await page.getByRole('button', { name: '完成注册' }).click();

    await visible(page.getByRole('alert').filter({ hasText: '未满 16 周岁' }));
    expect(page.url()).toContain('/login');
    expect(await page.getByRole('button', { name: '完成注册' }).isVisible()).toBe(true);
    expect(await page.getByLabel('显示名称').inputValue()).toBe('小明');
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('filters jobs by city and loads more until the list ends', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    const jobList = page.getByRole('list', { name: '职位列表' });
    await visible(jobList.getByRole('article').first());

    await page.getByLabel('城市').click();
    const option = page.getByRole('option', { name: /^深圳（\d+）$/ });
    const total = Number(/（(\d+)）/.exec((await option.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(20);
    await page
      .getByText(/^深圳（\d+）$/)
      .last()
      .click();
    await page.waitForURL(/\?city=/);
    await visible(page.getByText(`共 ${total} 个职位`));

    // The previous city's list stays on screen (marked busy) until the new one arrives.
    await expect.poll(() => jobList.getAttribute('aria-busy')).toBe('false');
    const loadMore = page.getByRole('button', { name: '加载更多' });
    const end = page.getByText('没有更多职位了');
    for (;;) {
      await visible(loadMore.or(end));
      if (await end.isVisible()) break;
      const before = await jobList.getByRole('article').count();
      await loadMore.click();
      await expect.poll(() => jobList.getByRole('article').count()).toBeGreaterThan(before);
    }
    expect(await jobList.getByRole('article').count()).toBe(total);
    expect(
      await jobList
        .getByRole('article')
        .filter({ has: page.getByText(/^深圳(·|$)/) })
        .count(),
    ).toBe(total);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('shows a friendly page for a job that does not exist', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/jobs/987654321');
    await visible(page.getByText('职位不存在'));
    await page.getByRole('button', { name: '返回首页' }).click();
    await visible(page.getByRole('heading', { name: '最新职位' }));
    await context.close();
  });
});
