import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectSignInFirst,
  hasChromium,
  launchBrowser,
  MOBILE,
  newContext,
  type OperatorAccount,
  type RunningServer,
  randomPhone,
  SCREENSHOTS,
  signedUpPage,
  signInViaApi,
  startServer,
  visible,
} from './harness.js';

const OPERATOR: OperatorAccount = { phone: randomPhone('136'), password: 'operator2026', name: '运营小周' };
const DESCRIPTION = '面试时要求先交 800 元“服装押金”，<b>不交不给上岗</b>';
const OUTCOME = '经核实该职位存在收取押金的行为，已下架处理。';

describe.skipIf(!hasChromium)('reports and favourites in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let job: { id: number; title: string };

  beforeAll(async () => {
    // The demo data gives open jobs of verified enterprises to report and save.
    server = await startServer({ operators: [OPERATOR] });
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const res = await fetch(`${server.baseUrl}/api/jobs?limit=1`);
    const [first] = ((await res.json()) as { items: { id: number; title: string }[] }).items;
    if (!first) throw new Error('the demo data has no open job');
    job = first;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends signed-out visitors to sign in before the report and favourites pages', async () => {
    await expectSignInFirst(browser, server, '/my/reports');
    await expectSignInFirst(browser, server, '/my/favourites');
    await expectSignInFirst(browser, server, '/admin/reports');
    // On a job page, a visitor's report and save buttons lead to sign-in and back.
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    for (const name of ['举报', '收藏']) {
      await page.goto(`/jobs/${job.id}`);
      await page.getByRole('button', { name, exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === `/jobs/${job.id}`);
    }
    await context.close();
  });

  it('a seeker saves and reports a job; an operator upholds the report; the seeker sees the outcome', async () => {
    const seeker = await signedUpPage(browser, server, { namePrefix: '求职者' });
    const page = seeker.page;
    await page.goto(`/jobs/${job.id}`);
    await visible(page.getByRole('heading', { name: job.title }));

    // Save the job: the toggle shows the saved state, and it is listed under "我的收藏".
    await page.getByRole('button', { name: '收藏', exact: true }).click();
    await visible(page.getByRole('button', { name: '已收藏' }));
    expect(await page.getByRole('button', { name: '已收藏' }).getAttribute('aria-pressed')).toBe('true');

    // Report it.
    await page.getByRole('button', { name: '举报' }).click();
    const dialog = page.getByRole('dialog', { name: '举报职位' });
    await visible(dialog);
    await dialog.getByRole('button', { name: '提交举报' }).click();
    await visible(dialog.getByText('请选择举报理由'));
    await dialog.getByLabel('欺诈或收费（押金、培训贷等）').check();
    await dialog.getByLabel('情况说明').fill(DESCRIPTION);
    await dialog.getByRole('button', { name: '提交举报' }).click();
    await visible(page.getByText('举报已提交，处理结果会显示在“我的举报”中'));

    await page.goto('/my/favourites');
    await visible(page.getByRole('heading', { name: '我的收藏', level: 2 }));
    await visible(page.getByRole('link', { name: job.title }));

    await page.goto('/my/reports');
    const mine = page.getByRole('list', { name: '我的举报' });
    await visible(mine.getByText(DESCRIPTION));
    await visible(mine.getByText('处理中'));

    // The operator opens the queue from the console's tabs and upholds the report.
    const opContext = await newContext(browser, server.baseUrl, { viewport: { width: 1280, height: 860 } });
    await opContext.addCookies(await signInViaApi(server.baseUrl, { phone: OPERATOR.phone, password: OPERATOR.password }));
    const op = await opContext.newPage();
    await op.goto('/admin/requests');
    await op.getByRole('navigation', { name: '运营后台导航' }).getByRole('tab', { name: '举报处理' }).click();
    await op.waitForURL((url) => url.pathname === '/admin/reports');
    await visible(op.getByRole('heading', { name: '举报处理', level: 2 }));
    const row = op.getByRole('list', { name: '举报处理' }).getByRole('listitem').filter({ hasText: job.title });
    await visible(row.getByText('欺诈或收费（押金、培训贷等）'));
    // The queue does not show the reporter's name or words; opening the report does.
    expect(await op.getByText(seeker.displayName).count()).toBe(0);
    await row.getByRole('button', { name: '处理' }).click();
    const drawer = op.getByRole('dialog', { name: '举报详情' });
    await visible(drawer.getByText(DESCRIPTION));
    await drawer.getByLabel('举报属实（职位下架 / 企业标记）').check();
    await drawer.getByLabel('处理结果（举报人可见）').fill(OUTCOME);
    await op.screenshot({ path: path.join(SCREENSHOTS, 'operator-reports-desktop.png') });
    await drawer.getByRole('button', { name: '提交决定' }).click();
    await visible(op.getByText('已处理 1 条举报'));
    await opContext.close();

    // The job has left the public pages, and the seeker sees the outcome.
    expect((await fetch(`${server.baseUrl}/api/jobs/${job.id}`)).status).toBe(404);
    await page.reload();
    await visible(mine.getByText('举报属实'));
    await visible(mine.getByText(OUTCOME));
    await seeker.context.close();
  });

  it('the report list reads well at 375 px', async () => {
    const seeker = await signedUpPage(browser, server, { namePrefix: '手机用户', options: MOBILE });
    await seeker.page.goto('/my/reports');
    await visible(seeker.page.getByText('您还没有提交过举报。'));
    const width = await seeker.page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(375);
    await seeker.context.close();
  });
});
