import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectSignInFirst,
  hasChromium,
  launchBrowser,
  MOBILE,
  newContext,
  type OperatorAccount,
  pickFromUserMenu,
  type RunningServer,
  randomPhone,
  SCREENSHOTS,
  signedUpPage,
  signInViaApi,
  startServer,
  visible,
} from './harness.js';

const OPERATOR: OperatorAccount = { phone: randomPhone('136'), password: 'operator2026', name: '运营小周' };

interface AccessLogReply {
  entries: { actorRole: string; purpose: string; fields: string[] }[];
}

/** A fresh job seeker, signed up through the API, on a page of their own. */
const seekerPage = (browser: Browser, server: RunningServer, options: BrowserContextOptions = {}) =>
  signedUpPage(browser, server, { namePrefix: '求职者', options });

/** The operator, signed in through the API, on the queue. */
async function operatorPage(browser: Browser, server: RunningServer, options: BrowserContextOptions = {}) {
  const context = await newContext(browser, server.baseUrl, options);
  await context.addCookies(await signInViaApi(server.baseUrl, { phone: OPERATOR.phone, password: OPERATOR.password }));
  const page = await context.newPage();
  await openQueue(page);
  return { context, page };
}

async function openQueue(page: Page) {
  await page.goto('/admin/requests');
  await visible(page.getByRole('heading', { name: '个人信息权利申请', level: 2 }));
  await visible(page.getByText(/待处理 \d+ 件/));
}

async function openPrivacyCentre(page: Page) {
  await page.goto('/privacy-centre');
  await visible(page.getByRole('heading', { name: '隐私中心', level: 2 }));
}

async function fileComplaint(page: Page, text: string) {
  await openPrivacyCentre(page);
  const form = page.getByRole('form', { name: '提出申请或投诉' });
  await form.getByLabel('说明').fill(text);
  await form.getByRole('button', { name: '提交' }).click();
  await visible(page.getByText(/已提交，我们会在 .* 前答复/));
}

async function fileDeletion(page: Page, items: string[]) {
  await openPrivacyCentre(page);
  const form = page.getByRole('form', { name: '提出申请或投诉' });
  await form.getByText('删除个人信息', { exact: true }).click();
  for (const item of items) await form.getByRole('checkbox', { name: item }).check();
  await form.getByRole('button', { name: '提交' }).click();
  await visible(page.getByText(/已提交，我们会在 .* 前答复/));
}

/** "2026-12-09" as the page writes it in Chinese: 2026年12月9日. */
function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** A moment this many days from now, as the API writes it. */
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const accessLog = async (page: Page) => (await (await page.request.get('/api/privacy/access-log')).json()) as AccessLogReply;

describe.skipIf(!hasChromium)('operator console: data-request queue', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ operators: [OPERATOR] });
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends a signed-out visitor to sign-in first', async () => {
    await expectSignInFirst(browser, server, '/admin/requests');
  });

  it('shows a job seeker the operators-only page, and no console in the menu', async () => {
    const { context, page, displayName } = await seekerPage(browser, server);
    await page.goto('/admin/requests');
    await visible(page.getByText('仅限平台运营人员'));
    expect(await page.getByRole('list', { name: '待处理的申请' }).count()).toBe(0);
    // The server refuses too, whatever the page shows.
    expect((await page.request.get('/api/admin/data-requests')).status()).toBe(403);

    await page.getByRole('banner').getByRole('button', { name: displayName }).click();
    await visible(page.getByRole('menuitem', { name: '隐私中心' }));
    expect(await page.getByRole('menuitem', { name: '运营后台' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    await page.getByRole('banner').getByText('English').click();
    await visible(page.getByText('Operators only'));
    await context.close();
  });

  it('takes a complaint from the queue to a refusal, which the person reads with the access to their data', async () => {
    const complaintText = '招聘方在我未同意时多次给我打电话。';
    const refusal = '经核实，来电的是与你签约的猎头，不属于本平台的处理活动。';
    const seeker = await seekerPage(browser, server);
    await fileComplaint(seeker.page, complaintText);
    const filed = (await (await seeker.page.request.get('/api/privacy/requests')).json()) as { requests: { dueOn: string }[] };
    const dueOn = filed.requests[0]?.dueOn ?? '';

    // The operator signs in with the password and finds the console in the user menu.
    const operator = await newContext(browser, server.baseUrl);
    const page = await operator.newPage();
    await page.goto('/login');
    await page.getByRole('tab', { name: '密码登录' }).click();
    await page.getByLabel('手机号').fill(OPERATOR.phone);
    await page.getByLabel('密码', { exact: true }).fill(OPERATOR.password);
    await page.getByRole('main').getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await pickFromUserMenu(page, '运营小周', '运营后台', '/admin/requests');

    const queue = page.getByRole('list', { name: '待处理的申请' });
    const row = queue.getByRole('listitem').filter({ hasText: '投诉' });
    await visible(row);
    expect(await row.count()).toBe(1);
    await visible(row.getByText(`答复期限 ${chineseDate(dueOn)}`));
    await visible(row.getByText('已收到'));
    await visible(row.getByText(/剩 \d+ 个工作日/));
    await visible(row.getByText('附有说明'));
    // The list never carries what the person wrote, so nothing has been read yet.
    expect(await page.getByText(complaintText).count()).toBe(0);
    expect((await accessLog(seeker.page)).entries).toHaveLength(0);

    await row.getByRole('button', { name: /^查看投诉/ }).click();
    const drawer = page.getByRole('dialog', { name: '申请详情 · 投诉' });
    await visible(drawer.getByText('查看内容会记入审计日志'));
    await visible(drawer.getByText(complaintText));
    await expect.poll(async () => (await accessLog(seeker.page)).entries.map((e) => e.purpose)).toEqual(['rights.request_handling']);

    // Viewing the account asks for a reason first, then shows it.
    await drawer.getByRole('button', { name: '查看账号' }).click();
    const modal = page.getByRole('dialog', { name: '查看账号' });
    await visible(modal.getByText(/会记入审计日志，用户也会在隐私中心/));
    await modal.getByRole('button', { name: '查看', exact: true }).click();
    await visible(modal.getByText('请填写查看理由'));
    await modal.getByLabel('查看理由').fill('核实投诉中提到的来电');
    await modal.getByRole('button', { name: '查看', exact: true }).click();
    await visible(modal.getByText(seeker.displayName));
    await visible(modal.getByText(seeker.phone));
    await visible(modal.getByText('求职者'));
    await visible(modal.getByText('1990年1月1日'));
    await visible(modal.getByText('正常'));
    await modal.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await modal.waitFor({ state: 'hidden' });

    // A refusal needs a reason.
    await drawer.getByRole('button', { name: '拒绝' }).click();
    const form = drawer.getByRole('form', { name: '拒绝申请' });
    await form.getByRole('button', { name: '确认拒绝' }).click();
    await visible(form.getByText('请填写拒绝理由'));
    await form.getByLabel('拒绝理由').fill(refusal);
    await form.getByRole('button', { name: '确认拒绝' }).click();
    await visible(page.getByText('已拒绝该申请'));
    await visible(drawer.getByText('已拒绝', { exact: true }));
    await visible(drawer.getByText(refusal));
    await visible(drawer.getByText('这件申请已处理完毕。'));
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    // Closed requests leave the queue.
    await visible(page.getByText('目前没有待处理的申请。'));

    // The person reads the refusal and its reason, and who looked at what.
    await seeker.page.reload();
    const complaint = seeker.page.getByRole('list', { name: '我的申请列表' }).getByRole('listitem').filter({ hasText: '投诉' });
    await visible(complaint.getByText('已拒绝', { exact: true }));
    await visible(complaint.getByText(`拒绝理由：${refusal}`));
    const log = seeker.page.getByRole('list', { name: '个人信息访问记录' });
    const accountRead = log.getByRole('listitem').filter({ hasText: '目的：平台运营人员处理账号问题或投诉' });
    await visible(accountRead.getByText(/^平台运营人员查看了：.*出生日期.*姓名.*手机号/));
    const requestRead = log.getByRole('listitem').filter({ hasText: '目的：平台运营人员处理您提出的个人信息权利申请或投诉' });
    await visible(requestRead.getByText('平台运营人员查看了：申请中填写的内容'));

    await seeker.context.close();
    await operator.close();
  });

  it('marks a request in progress and completes it, and shows the server refusing a request withdrawn meanwhile', async () => {
    const seeker = await seekerPage(browser, server);
    await fileDeletion(seeker.page, ['城市', '性别']);
    const { context, page } = await operatorPage(browser, server);

    const row = page.getByRole('list', { name: '待处理的申请' }).getByRole('listitem').filter({ hasText: '删除个人信息' });
    await visible(row.getByText('删除：性别、城市'));
    await row.getByRole('button', { name: /^查看/ }).click();
    const drawer = page.getByRole('dialog', { name: '申请详情 · 删除个人信息' });
    await drawer.getByRole('button', { name: '标记为处理中' }).click();
    await visible(page.getByText('已标记为处理中'));
    await visible(drawer.getByText('处理中', { exact: true }));
    expect(await drawer.getByRole('button', { name: '标记为处理中' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await visible(row.getByText('处理中', { exact: true }));

    // Filtering by status happens on the page.
    const statusFilter = page.getByRole('radiogroup', { name: '处理状态' });
    await statusFilter.getByText('已收到').click();
    await visible(page.getByText('没有符合筛选条件的申请。'));
    await statusFilter.getByText('处理中').click();
    await visible(row);

    await row.getByRole('button', { name: /^查看/ }).click();
    await drawer.getByRole('button', { name: '办结' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '确认办结' }).click();
    await visible(page.getByText('申请已办结'));
    await visible(drawer.getByText('已办结', { exact: true }));
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await statusFilter.getByText('全部').click();
    await visible(page.getByText('目前没有待处理的申请。'));

    await openPrivacyCentre(seeker.page);
    const deletion = seeker.page.getByRole('list', { name: '我的申请列表' }).getByRole('listitem').filter({ hasText: '删除个人信息' });
    await visible(deletion.getByText('已办结', { exact: true }));

    // The person withdraws a complaint while the operator has it open: the server's own words are shown.
    await fileComplaint(seeker.page, '我想撤回的投诉。');
    await openQueue(page);
    await page.getByRole('list', { name: '待处理的申请' }).getByRole('listitem').filter({ hasText: '投诉' }).getByRole('button', { name: /^查看/ }).click();
    const opened = page.getByRole('dialog', { name: '申请详情 · 投诉' });
    await visible(opened.getByText('我想撤回的投诉。'));
    const complaint = seeker.page.getByRole('list', { name: '我的申请列表' }).getByRole('listitem').filter({ hasText: '投诉' });
    await complaint.getByRole('button', { name: '撤回申请' }).click();
    await visible(complaint.getByText('已撤回'));

    await opened.getByRole('button', { name: '拒绝' }).click();
    await opened.getByLabel('拒绝理由').fill('重复投诉。');
    await opened.getByRole('button', { name: '确认拒绝' }).click();
    await visible(opened.getByRole('alert').getByText('该申请已办结，不能再更改。'));
    await page.keyboard.press('Escape');
    await visible(page.getByText('目前没有待处理的申请。'));

    await seeker.context.close();
    await context.close();
  });

  it('flags overdue requests and those due within three working days, in both languages', async () => {
    const { context, page } = await operatorPage(browser, server);
    // Stand in for requests that have waited: every request filed in a test is new, with 15 working days to go.
    const base = { subjectId: '00000000-0000-4000-8000-000000000000', items: [], hasDetails: true, effectiveAt: null, automatic: false };
    const requests = [
      { ...base, id: 'late', kind: 'complaint', status: 'in_progress', createdAt: daysFromNow(-25), dueOn: daysFromNow(-3).slice(0, 10), workingDaysLeft: -2 },
      { ...base, id: 'soon', kind: 'restriction', status: 'received', createdAt: daysFromNow(-18), dueOn: daysFromNow(3).slice(0, 10), workingDaysLeft: 2 },
      { ...base, id: 'fine', kind: 'correction', status: 'received', createdAt: daysFromNow(-8), dueOn: daysFromNow(13).slice(0, 10), workingDaysLeft: 9 },
    ];
    await page.route(
      (url) => url.pathname === '/api/admin/data-requests',
      (route) => route.fulfill({ json: { requests } }),
    );
    await openQueue(page);
    const rows = page.getByRole('list', { name: '待处理的申请' }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(3);

    const late = rows.nth(0).getByText('逾期 2 个工作日');
    await visible(late);
    expect(await late.getAttribute('class')).toMatch(/ant-tag-error/);
    const soon = rows.nth(1).getByText('剩 2 个工作日');
    expect(await soon.getAttribute('class')).toMatch(/ant-tag-warning/);
    expect(await rows.nth(2).getByText('剩 9 个工作日').getAttribute('class')).not.toMatch(/ant-tag-(error|warning)/);
    await visible(page.getByText('已逾期 1 件'));
    await visible(page.getByText('3 个工作日内到期 1 件'));

    await page.getByRole('combobox', { name: '申请类型' }).click();
    await page.getByTitle('限制处理（1）').click();
    await expect.poll(() => rows.count()).toBe(1);
    await visible(rows.first().getByText('限制处理'));

    await page.getByRole('banner').getByText('English').click();
    await visible(page.getByRole('heading', { name: 'Data requests', level: 2 }));
    const englishRows = page.getByRole('list', { name: 'Open requests' }).getByRole('listitem');
    await visible(englishRows.first().getByText('2 working days left'));
    await visible(page.getByText('1 overdue', { exact: true }));
    await context.close();
  });

  // Three people's requests, filed once for both screenshots.
  let seeded: Promise<void> | null = null;
  const seedQueue = () => {
    seeded ??= (async () => {
      const complaint = await seekerPage(browser, server);
      await fileComplaint(complaint.page, '招聘方在我未同意时给我打了电话。');
      const deletion = await seekerPage(browser, server);
      await fileDeletion(deletion.page, ['出生日期', '城市']);
      const restriction = await seekerPage(browser, server);
      await openPrivacyCentre(restriction.page);
      const form = restriction.page.getByRole('form', { name: '提出申请或投诉' });
      await form.getByText('限制处理', { exact: true }).click();
      await form.getByRole('button', { name: '提交' }).click();
      await visible(restriction.page.getByText('限制已生效'));
      for (const seeker of [complaint, deletion, restriction]) await seeker.context.close();
    })();
    return seeded;
  };

  const shots: [string, BrowserContextOptions][] = [
    ['operator-queue-desktop.png', { viewport: { width: 1280, height: 800 } }],
    ['operator-queue-mobile.png', MOBILE],
  ];

  it.each(shots)('saves docs/screenshots/%s', async (file, options) => {
    await seedQueue();
    const { context, page } = await operatorPage(browser, server, options);
    const rows = page.getByRole('list', { name: '待处理的申请' }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(3);
    await page.evaluate('document.fonts.ready.then(() => true)');
    const target = path.join(SCREENSHOTS, file);
    await page.screenshot({ path: target, fullPage: true });
    expect(fs.statSync(target).size).toBeGreaterThan(10_000);
    await context.close();
  });
});
