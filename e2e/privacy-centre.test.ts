import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectSignInFirst,
  hasChromium,
  launchBrowser,
  MOBILE,
  newContext,
  pickFromUserMenu,
  type RunningServer,
  SCREENSHOTS,
  signedUpPage,
  startServer,
  visible,
} from './harness.js';

/** A fresh job seeker, signed in through the API, on a page of their own. */
const seekerPage = (browser: Browser, server: RunningServer, options: BrowserContextOptions = {}) =>
  signedUpPage(browser, server, { namePrefix: '隐私测试', options });

async function openPrivacyCentre(page: Page) {
  await page.goto('/privacy-centre');
  await visible(page.getByRole('heading', { name: '隐私中心', level: 2 }));
  await visible(page.getByRole('switch').first());
}

const isOn = (control: Locator) => control.getAttribute('aria-checked').then((value) => value === 'true');

describe.skipIf(!hasChromium)('privacy centre', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends a signed-out visitor to sign-in first', async () => {
    await expectSignInFirst(browser, server, '/privacy-centre');
  });

  it('is reached from the user menu and the account page', async () => {
    const { context, page, displayName } = await seekerPage(browser, server);
    await page.goto('/');
    await pickFromUserMenu(page, displayName, '隐私中心', '/privacy-centre');
    await visible(page.getByRole('heading', { name: '隐私中心', level: 2 }));

    await page.goto('/account');
    await page.getByRole('link', { name: '打开隐私中心' }).click();
    await page.waitForURL((url) => url.pathname === '/privacy-centre');
    await visible(page.getByText('我的授权', { exact: true }));
    await context.close();
  });

  it('shows the consents, turns marketing by SMS on and off in one click each, and keeps the history', async () => {
    const { context, page } = await seekerPage(browser, server);
    await openPrivacyCentre(page);

    // Agreed at sign-up, without a switch; optional consents start off.
    const terms = page.getByRole('listitem').filter({ hasText: '用户协议与隐私政策' });
    await visible(terms.getByText('已同意'));
    expect(await terms.getByRole('switch').count()).toBe(0);
    await visible(terms.getByRole('link', { name: '注销账号' }));
    const recommendation = page.getByRole('switch', { name: '个性化推荐' });
    expect(await isOn(recommendation)).toBe(false);
    // A new seeker is offered recruiter contact, and marketing per channel.
    await visible(page.getByRole('switch', { name: '允许招聘方联系我' }));
    const marketing = page.getByRole('list', { name: '营销信息' });
    expect(await marketing.getByRole('switch').count()).toBe(4);

    // One click on; still on after a reload.
    const sms = page.getByRole('switch', { name: '营销信息：短信' });
    expect(await isOn(sms)).toBe(false);
    await sms.click();
    await visible(page.getByText('已开启：营销信息：短信'));
    await expect.poll(() => isOn(sms)).toBe(true);
    await page.reload();
    await visible(sms);
    await expect.poll(() => isOn(sms)).toBe(true);
    // Under the heading 营销信息 the row reads 短信, with the moment it was turned on.
    const smsRow = marketing.getByRole('listitem').filter({ has: sms });
    await visible(smsRow.getByText('短信', { exact: true }));
    await visible(smsRow.getByText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 开启/));

    // One click off: no confirmation in between.
    await sms.click();
    await visible(page.getByText('已关闭：营销信息：短信'));
    await expect.poll(() => isOn(sms)).toBe(false);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The history lists both decisions, newest first, and the agreement at sign-up.
    await page.getByRole('button', { name: '查看授权记录' }).click();
    const drawer = page.getByRole('dialog', { name: '授权记录' });
    const entries = drawer.getByRole('list', { name: '授权记录列表' }).getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(3);
    expect(await entries.nth(0).textContent()).toMatch(/营销信息：短信.*撤回.*隐私中心/);
    expect(await entries.nth(1).textContent()).toMatch(/营销信息：短信.*同意.*隐私中心/);
    expect(await entries.nth(2).textContent()).toMatch(/用户协议与隐私政策.*同意.*注册时/);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Nobody has looked at this new account yet.
    await visible(page.getByText('目前还没有人查看过你的个人信息。'));
    await context.close();
  });

  it('works in English', async () => {
    const { context, page } = await seekerPage(browser, server);
    await openPrivacyCentre(page);
    await page.getByRole('banner').getByText('English').click();

    await visible(page.getByRole('heading', { name: 'Privacy centre', level: 2 }));
    await visible(page.getByText('My consents', { exact: true }));
    // Labels come from the server in the language asked for.
    const terms = page.getByRole('listitem').filter({ hasText: 'User agreement and privacy policy' });
    await visible(terms.getByText('Agreed', { exact: true }));
    const email = page.getByRole('switch', { name: 'Marketing by e-mail' });
    await visible(email);
    expect(await isOn(page.getByRole('switch', { name: 'Personalised recommendations' }))).toBe(false);

    await email.click();
    await visible(page.getByText('Turned on: Marketing by e-mail'));
    await expect.poll(() => isOn(email)).toBe(true);

    await page.getByRole('button', { name: 'Consent history' }).click();
    const entries = page.getByRole('dialog', { name: 'Consent history' }).getByRole('list', { name: 'Consent decisions' }).getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.nth(0).textContent()).toMatch(/Marketing by e-mail.*Agreed.*Privacy centre/);
    expect(await entries.nth(1).textContent()).toMatch(/User agreement and privacy policy.*Agreed.*Sign-up/);
    await page.keyboard.press('Escape');

    await visible(page.getByText('Nobody has accessed your personal information so far.'));
    const policy = page.getByRole('main').getByRole('link', { name: 'Privacy policy' });
    expect(await policy.getAttribute('href')).toBe('/privacy?lang=en');
    await context.close();
  });

  it('links the published policy, which the platform serves itself', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    const link = footer.getByRole('link', { name: '隐私政策' });
    expect(await link.getAttribute('target')).toBe('_blank');
    const [policy] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await visible(policy.getByRole('heading', { name: '人和隐私政策', level: 1 }));
    expect(await footer.getByRole('link', { name: '个人信息收集清单' }).getAttribute('href')).toBe('/privacy/collected?lang=zh-CN');
    expect(await footer.getByRole('link', { name: '第三方共享清单' }).getAttribute('href')).toBe('/privacy/sharing?lang=zh-CN');
    await context.close();
  });

  it('asks again on every page after a material policy change, without blocking anything', async () => {
    const { context, page } = await seekerPage(browser, server);
    // Stand in for a material policy change: the server reports it until the person agrees again.
    let agreedAgain = false;
    await page.route('**/api/privacy/consents', async (route) => {
      const request = route.request();
      if (request.method() === 'POST') {
        if (request.postDataJSON()?.screen === 'policy_update') agreedAgain = true;
        return route.fallback();
      }
      const response = await route.fetch();
      const body = await response.json();
      return route.fulfill({ response, json: { ...body, needsReconsent: !agreedAgain } });
    });

    await page.goto('/');
    const prompt = page.getByRole('region', { name: '隐私政策的处理目的或信息类别已更新' });
    await visible(prompt);
    expect(await prompt.getByRole('link', { name: '《隐私政策》' }).getAttribute('href')).toBe('/privacy?lang=zh-CN');

    // "Later" closes it for this page; the page itself works all along.
    await prompt.getByRole('button', { name: '稍后' }).click();
    await prompt.waitFor({ state: 'hidden' });
    await page.getByRole('list', { name: '职位列表' }).getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/jobs/'));
    await visible(prompt);

    await prompt.getByRole('button', { name: '同意并继续' }).click();
    await visible(page.getByText('已记录你对新版隐私政策的同意'));
    await prompt.waitFor({ state: 'hidden' });
    expect(agreedAgain).toBe(true);

    await page.goto('/privacy-centre');
    await page.getByRole('button', { name: '查看授权记录' }).click();
    const latest = page.getByRole('dialog', { name: '授权记录' }).getByRole('list', { name: '授权记录列表' }).getByRole('listitem').first();
    await visible(latest);
    expect(await latest.textContent()).toMatch(/用户协议与隐私政策.*同意.*隐私政策更新提示/);
    expect(await prompt.count()).toBe(0);
    await context.close();
  });

  it('downloads a copy of my data as a ZIP, listed among my requests', async () => {
    const { context, page } = await seekerPage(browser, server);
    await openPrivacyCentre(page);
    const requests = page.getByRole('list', { name: '我的申请列表' });
    await visible(page.getByText('你还没有提出过申请。'));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载副本（ZIP）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^renhe-export-.*\.zip$/);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    const exported = requests.getByRole('listitem').filter({ hasText: '下载个人信息' });
    await visible(exported.getByText('已办结'));
    // The access record is about other people looking; my own download is not listed there.
    await visible(page.getByText('目前还没有人查看过你的个人信息。'));
    await context.close();
  });

  it('starts the cancellation after one confirmation, shows when it takes effect, and undoes it in one click', async () => {
    const { context, page } = await seekerPage(browser, server);
    await openPrivacyCentre(page);

    // The terms row points to the cancellation, which explains the cooling-off period first.
    await page.getByRole('listitem').filter({ hasText: '用户协议与隐私政策' }).getByRole('link', { name: '注销账号' }).click();
    await page.waitForURL((url) => url.hash === '#cancellation');
    const card = page.locator('#cancellation');
    await visible(card.getByText(/提交注销后有 \d+ 天冷静期/));

    // Destructive, so asked once more; backing out changes nothing.
    await card.getByRole('button', { name: '申请注销账号' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确定要注销账号吗？' });
    // The dialog zooms in; a click that lands while it is still moving can miss, so it is tried again.
    for (let attempt = 1; ; attempt++) {
      await confirm.getByRole('button', { name: '再想想' }).click();
      try {
        await confirm.waitFor({ state: 'hidden', timeout: 5_000 });
        break;
      } catch (err) {
        if (attempt >= 3) throw err;
      }
    }
    await visible(card.getByRole('button', { name: '申请注销账号' }));

    await card.getByRole('button', { name: '申请注销账号' }).click();
    await confirm.getByRole('button', { name: '确认注销' }).click();
    await visible(page.getByText('已提交注销申请'));
    const state = (await (await page.request.get('/api/privacy/cancellation')).json()) as { status: string; erasesOn: string };
    expect(state.status).toBe('pending');
    const [year, month, day] = state.erasesOn.split('-').map(Number);
    const scheduled = `你的账号将于 ${year}年${month}月${day}日 注销`;
    await visible(card.getByText(scheduled));

    // The account keeps working during the cooling-off period, and the request is listed.
    await page.reload();
    await visible(card.getByText(scheduled));
    await visible(page.getByRole('list', { name: '我的申请列表' }).getByRole('listitem').filter({ hasText: '注销账号' }).getByText('处理中'));

    await card.getByRole('button', { name: '撤销注销' }).click();
    await visible(page.getByText('已撤销注销，你的账号会继续保留'));
    await visible(card.getByRole('button', { name: '申请注销账号' }));
    expect(await card.getByText(scheduled).count()).toBe(0);
    await visible(page.getByRole('list', { name: '我的申请列表' }).getByRole('listitem').filter({ hasText: '注销账号' }).getByText('已撤回'));
    await context.close();
  });

  it('files a complaint with a deadline and withdraws it', async () => {
    const { context, page } = await seekerPage(browser, server);
    await openPrivacyCentre(page);
    const form = page.getByRole('form', { name: '提出申请或投诉' });
    await form.getByRole('button', { name: '提交' }).click();
    await visible(form.getByText('请填写投诉内容'));

    await form.getByLabel('说明').fill('招聘方在我未同意时给我打了电话。');
    await form.getByRole('button', { name: '提交' }).click();
    await visible(page.getByText(/已提交，我们会在 \d{4}年\d{1,2}月\d{1,2}日 前答复/));

    const complaint = page.getByRole('list', { name: '我的申请列表' }).getByRole('listitem').filter({ hasText: '投诉' });
    await visible(complaint.getByText('已收到'));
    await visible(complaint.getByText(/答复期限 \d{4}年\d{1,2}月\d{1,2}日/));
    await visible(complaint.getByText('说明：招聘方在我未同意时给我打了电话。'));
    await complaint.getByRole('button', { name: '撤回申请' }).click();
    await visible(complaint.getByText('已撤回'));
    expect(await complaint.getByRole('button', { name: '撤回申请' }).count()).toBe(0);
    await context.close();
  });

  it('restricts processing at once, shows the server refusing a second restriction, and lifts it', async () => {
    const { context, page } = await seekerPage(browser, server);
    await openPrivacyCentre(page);
    const form = page.getByRole('form', { name: '提出申请或投诉' });
    await form.getByText('限制处理', { exact: true }).click();
    await visible(form.getByText(/提交后立即生效/));
    await form.getByRole('button', { name: '提交' }).click();

    const restriction = page.getByRole('list', { name: '我的申请列表' }).getByRole('listitem').filter({ hasText: '限制处理' });
    await visible(restriction.getByText('限制已生效'));

    // The server's own words, in the page language.
    await form.getByText('限制处理', { exact: true }).click();
    await form.getByRole('button', { name: '提交' }).click();
    await visible(form.getByRole('alert').getByText('您已提交过同类申请，正在处理或已生效。'));

    await restriction.getByRole('button', { name: '解除限制' }).click();
    await visible(page.getByText('已解除限制'));
    await visible(restriction.getByText('已撤回'));
    expect(await restriction.getByText('限制已生效').count()).toBe(0);
    await context.close();
  });

  const shots: [string, BrowserContextOptions][] = [
    ['privacy-centre-desktop.png', { viewport: { width: 1280, height: 800 } }],
    ['privacy-centre-mobile.png', MOBILE],
  ];

  it.each(shots)('saves docs/screenshots/%s', async (file, options) => {
    const { context, page } = await seekerPage(browser, server, options);
    await openPrivacyCentre(page);
    await page.getByRole('switch', { name: '营销信息：站内消息' }).click();
    await expect.poll(() => isOn(page.getByRole('switch', { name: '营销信息：站内消息' }))).toBe(true);
    await page.getByText('已开启：营销信息：站内消息').waitFor({ state: 'hidden', timeout: 10_000 });
    await visible(page.getByText('目前还没有人查看过你的个人信息。'));
    await page.evaluate('window.scrollTo(0, 0)');
    await page.evaluate('document.fonts.ready.then(() => true)');
    const target = path.join(SCREENSHOTS, file);
    await page.screenshot({ path: target, fullPage: true });
    expect(fs.statSync(target).size).toBeGreaterThan(10_000);
    await context.close();
  });
});
