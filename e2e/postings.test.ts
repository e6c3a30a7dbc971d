import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
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
  randomCreditCode,
  randomPhone,
  SCREENSHOTS,
  signedUpPage,
  signInViaApi,
  startServer,
  visible,
} from './harness.js';

const OPERATOR: OperatorAccount = { phone: randomPhone('136'), password: 'operator2026', name: '运营小周' };

/** A recruiter whose enterprise was created through the API (the enterprise journey is tested on its own). */
async function recruiterWithEnterprise(browser: Browser, server: RunningServer, options = {}) {
  const who = await signedUpPage(browser, server, { namePrefix: '招聘者', role: 'recruiter', phonePrefix: '138', options });
  const name = `职位测试${randomInt(100_000, 999_999)}网络科技有限公司`;
  const csrf = who.cookies.find((c) => c.name === 'renhe_csrf')?.value ?? '';
  const res = await who.page.request.post('/api/enterprises', {
    headers: { 'x-csrf-token': csrf },
    data: {
      name,
      creditCode: randomCreditCode('91330106'),
      industry: '互联网',
      size: '100-499人',
      city: '杭州',
      address: '滨江区网商路 599 号',
      introduction: '做招聘软件。',
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  return { ...who, enterpriseName: name, enterpriseId: (await res.json()).id as number };
}

async function fillJob(page: Page, job: { title: string; description: string }) {
  await page.getByLabel('职位名称').fill(job.title);
  await page.getByLabel('职位类别').click();
  await page.getByLabel('职位类别').fill('后端');
  await page.getByTitle('后端开发').click();
  await page.getByLabel('城市').fill('杭州');
  await page.getByLabel('区县').fill('滨江区');
  await page.getByLabel('详细地址').fill('网商路 599 号');
  await page.getByLabel('最低月薪（千元）').fill('15');
  await page.getByLabel('最高月薪（千元）').fill('25');
  await page.getByLabel('年薪月数').fill('14');
  await page.getByRole('group', { name: '福利待遇' }).getByText('五险一金').click();
  await page.getByRole('group', { name: '福利待遇' }).getByText('双休').click();
  await page.getByLabel('职位描述', { exact: true }).fill(job.description);
  await page.getByLabel('任职要求').fill('熟悉 TypeScript 与 PostgreSQL。');
}

async function postJob(page: Page, job: { title: string; description: string }) {
  await page.goto('/workspace/jobs');
  await page.getByRole('button', { name: '发布职位' }).click();
  await page.waitForURL((url) => url.pathname === '/workspace/jobs/new');
  await visible(page.getByRole('heading', { name: '发布职位', level: 2 }));
  await fillJob(page, job);
  await page.getByRole('button', { name: '提交发布' }).click();
  await page.waitForURL((url) => url.pathname === '/workspace/jobs');
  return page.locator('.my-job').filter({ hasText: job.title });
}

describe.skipIf(!hasChromium)('jobs: recruiters post, operators review, the public sees', () => {
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

  it('sends a signed-out visitor to sign in, and points a recruiter without an enterprise to the enterprise workspace', async () => {
    await expectSignInFirst(browser, server, '/workspace/jobs');
    const loner = await signedUpPage(browser, server, { namePrefix: '新招聘者', role: 'recruiter', phonePrefix: '138' });
    await loner.page.goto('/');
    await pickFromUserMenu(loner.page, loner.displayName, '职位管理', '/workspace/jobs');
    await visible(loner.page.getByText('请先加入或创建企业'));
    await loner.page.getByRole('button', { name: '前往企业工作台' }).click();
    await loner.page.waitForURL((url) => url.pathname === '/workspace/enterprise');
    await loner.context.close();
  });

  it('publishes a verified enterprise’s job at once, holds a fraud-looking one, and an operator approves it', async () => {
    const recruiter = await recruiterWithEnterprise(browser, server);
    await server.whileStopped((db) => db.updateTable('enterprises').set({ verified: true }).where('id', '=', recruiter.enterpriseId).execute());
    const { page } = recruiter;

    // A clean job opens at once and leads the public list.
    const title = `后端开发工程师${randomInt(1000, 9999)}`;
    const item = await postJob(page, { title, description: '负责招聘平台后端服务的设计与开发，参与代码评审。' });
    await visible(page.getByText('职位已发布'));
    await visible(item.getByText('招聘中'));

    const visitor = await newContext(browser, server.baseUrl, { viewport: { width: 1280, height: 900 } });
    const pub = await visitor.newPage();
    await pub.goto('/');
    const list = pub.getByRole('list', { name: '职位列表' });
    await visible(list.getByRole('link', { name: title }));
    await list.getByRole('link', { name: title }).click();
    await visible(pub.getByRole('heading', { name: title, level: 2 }));
    await visible(pub.getByText('15-25K·14薪'));
    await visible(pub.getByText('五险一金'));
    await visible(pub.getByText('后端开发'));
    // schema.org JobPosting in the page, for search engines.
    const ld = pub.locator('script[type="application/ld+json"]');
    await expect.poll(() => ld.count()).toBe(1);
    const posting = JSON.parse((await ld.textContent()) ?? '{}');
    expect(posting).toMatchObject({ '@type': 'JobPosting', title, hiringOrganization: { name: recruiter.enterpriseName }, employmentType: 'FULL_TIME' });
    expect(await visitor.cookies()).toEqual([]);
    await pub.screenshot({ path: path.join(SCREENSHOTS, 'job-page-desktop.png'), fullPage: true });
    await visitor.close();

    // Fees and deposits send a job to review, with the reasons shown to the recruiter.
    const fraudTitle = `仓库管理员${randomInt(1000, 9999)}`;
    const held = await postJob(page, { title: fraudTitle, description: '入职需先交押金 500 元，服装费自理。<script>alert(1)</script>' });
    await visible(page.getByText('职位已提交，等待平台审核'));
    await visible(held.getByText('待审核', { exact: true }));
    await visible(held.getByText(/收取押金或保证金/));
    const publicList = await (await page.request.get('/api/jobs?limit=50')).json();
    expect(publicList.items.map((j: { title: string }) => j.title)).not.toContain(fraudTitle);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'recruiter-jobs-desktop.png'), fullPage: true });

    // The operator reads it in the queue and approves it.
    const opContext = await newContext(browser, server.baseUrl);
    await opContext.addCookies(await signInViaApi(server.baseUrl, { phone: OPERATOR.phone, password: OPERATOR.password }));
    const op = await opContext.newPage();
    await op.goto('/admin/requests');
    await op.getByRole('navigation', { name: '运营后台导航' }).getByRole('tab', { name: '职位审核' }).click();
    await op.waitForURL((url) => url.pathname === '/admin/job-reviews');
    const review = op.locator('.job-review').filter({ hasText: fraudTitle });
    await visible(review.getByText(/收取押金或保证金/));
    // The description is text: the script tag shows as characters and never runs.
    await visible(review.getByText('<script>alert(1)</script>', { exact: false }));
    await review.getByRole('button', { name: '通过' }).click();
    await visible(op.getByText('已通过，职位已公开'));
    await expect.poll(() => op.locator('.job-review').filter({ hasText: fraudTitle }).count()).toBe(0);
    await opContext.close();

    await page.reload();
    await visible(page.locator('.my-job').filter({ hasText: fraudTitle }).getByText('招聘中'));
    const after = await (await page.request.get('/api/jobs?limit=50')).json();
    expect(after.items.map((j: { title: string }) => j.title)).toContain(fraudTitle);
    await recruiter.context.close();
  });

  it('keeps an unverified enterprise’s job in review until an operator rejects it with a reason the recruiter sees, usable at 375 px', async () => {
    const recruiter = await recruiterWithEnterprise(browser, server, MOBILE);
    const { page } = recruiter;
    const title = `新媒体运营${randomInt(1000, 9999)}`;
    const item = await postJob(page, { title, description: '负责公众号与短视频内容运营。' });
    await visible(item.getByText('待审核', { exact: true }));
    await visible(page.getByText('企业尚未认证', { exact: false }));
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);

    const opContext = await newContext(browser, server.baseUrl);
    await opContext.addCookies(await signInViaApi(server.baseUrl, { phone: OPERATOR.phone, password: OPERATOR.password }));
    const op = await opContext.newPage();
    await op.goto('/admin/job-reviews');
    const review = op.locator('.job-review').filter({ hasText: title });
    await visible(review.getByText('企业未认证'));
    await review.getByRole('button', { name: '驳回' }).click();
    await review.getByLabel('驳回原因').fill('请补充具体的工作地点');
    await review.getByRole('button', { name: '驳回' }).click();
    await visible(op.getByText('已驳回'));
    await opContext.close();

    await page.reload();
    const rejected = page.locator('.my-job').filter({ hasText: title });
    await visible(rejected.getByText('未通过', { exact: true }));
    await visible(rejected.getByText('未通过原因：请补充具体的工作地点'));
    await recruiter.context.close();
  });
});
