import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSignInFirst, hasChromium, launchBrowser, newContext, type RunningServer, randomPhone, signUpViaApi, startServer, visible } from './harness.js';

const PASSWORD = 'renhe2026ok';

async function signInWithPassword(page: Page, phone: string, password: string) {
  await page.goto('/login');
  await page.getByRole('tab', { name: '密码登录' }).click();
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('main').getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

describe.skipIf(!hasChromium)('account settings', () => {
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

  it('sends a signed-out visitor to sign-in first', async () => {
    await expectSignInFirst(browser, server, '/account');
  });

  it('sets a password, signs in with it, and signs another device out', async () => {
    const phone = randomPhone();
    const displayName = `账号测试${phone.slice(-4)}`;
    const cookies = await signUpViaApi(server.baseUrl, { phone, displayName });

    // Device A: set a password on the account page.
    const deviceA = await newContext(browser, server.baseUrl);
    await deviceA.addCookies(cookies);
    const pageA = await deviceA.newPage();
    await pageA.goto('/account');
    await visible(pageA.getByRole('heading', { name: '账号设置' }));
    expect(await pageA.getByLabel('显示名称').inputValue()).toBe(displayName);

    await pageA.getByLabel('新密码', { exact: true }).fill('short1');
    await pageA.getByLabel('确认新密码').fill('short1');
    await pageA.getByRole('button', { name: '设置密码' }).click();
    await visible(pageA.getByText('请设置至少 8 位、同时包含字母和数字的密码'));
    expect(await pageA.getByLabel('新密码', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await pageA.getByLabel('新密码', { exact: true }).fill(PASSWORD);
    await pageA.getByLabel('确认新密码').fill(PASSWORD);
    await pageA.getByRole('button', { name: '设置密码' }).click();
    await visible(pageA.getByText('密码已保存'));
    await visible(pageA.getByLabel('当前密码'));

    // Sign out, then back in with the password.
    const header = pageA.getByRole('banner');
    await header.getByRole('button', { name: displayName }).click();
    await pageA.getByRole('menuitem', { name: '退出登录' }).click();
    await visible(header.getByRole('button', { name: '登录/注册' }));
    await signInWithPassword(pageA, phone, PASSWORD);
    await visible(header.getByRole('button', { name: displayName }));

    // Device B signs in too: two devices now.
    const deviceB = await newContext(browser, server.baseUrl, { viewport: { width: 375, height: 812 }, isMobile: true });
    const pageB = await deviceB.newPage();
    await signInWithPassword(pageB, phone, PASSWORD);
    await visible(pageB.getByRole('banner').getByRole('button', { name: displayName }));

    // Device A signs device B out from the list.
    await pageA.goto('/account');
    const sessions = pageA.getByRole('list', { name: '登录设备' });
    await visible(sessions);
    await expect.poll(() => sessions.getByRole('listitem').count()).toBe(2);
    await visible(sessions.getByText('当前设备'));
    await visible(sessions.getByText('Chrome · Linux').first());
    expect(await sessions.getByRole('button', { name: '退出该设备' }).count()).toBe(1);

    await sessions.getByRole('button', { name: '退出该设备' }).click();
    await expect.poll(() => sessions.getByRole('listitem').count()).toBe(1);
    expect(await sessions.getByText('当前设备').count()).toBe(1);
    expect(await sessions.getByRole('button', { name: '退出该设备' }).count()).toBe(0);

    // Device B is signed out: its account page sends it to sign-in.
    await pageB.goto('/account');
    await pageB.waitForURL((url) => url.pathname === '/login');
    await visible(pageB.getByRole('tab', { name: '密码登录' }));

    await deviceA.close();
    await deviceB.close();
  });
});
