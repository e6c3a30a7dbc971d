import { randomInt } from 'node:crypto';
import path from 'node:path';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectSignInFirst,
  hasChromium,
  launchBrowser,
  MOBILE,
  type RunningServer,
  randomCreditCode,
  randomPhone,
  SCREENSHOTS,
  signedUpPage,
  signUpViaApi,
  startServer,
  visible,
} from './harness.js';

type Cookies = Awaited<ReturnType<typeof signUpViaApi>>;

/** A recruiter with an enterprise of their own, both made through the API. */
async function recruiterWithEnterprise(server: RunningServer, name: string) {
  const phone = randomPhone('138');
  const cookies = await signUpViaApi(server.baseUrl, { phone, displayName: `招聘者${phone.slice(-4)}`, role: 'recruiter' });
  const header = cookies.map((c) => `${c.name}=${encodeURIComponent(c.value)}`).join('; ');
  const csrf = cookies.find((c) => c.name === 'renhe_csrf')?.value ?? '';
  const res = await fetch(`${server.baseUrl}/api/enterprises`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: header, 'x-csrf-token': csrf },
    body: JSON.stringify({ name, creditCode: randomCreditCode('91330106'), industry: '互联网', size: '20-99人', city: '杭州', address: '', introduction: '' }),
  });
  if (!res.ok) throw new Error(`creating ${name}: ${res.status} ${await res.text()}`);
  return { cookies, id: ((await res.json()) as { id: number }).id };
}

async function pageWith(browser: Browser, server: RunningServer, cookies: Cookies) {
  const context = await browser.newContext({ baseURL: server.baseUrl, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 800 } });
  await context.addCookies(cookies);
  return { context, page: await context.newPage() };
}

/**
 * Picks an option of the antd select labelled `label`. The list opens with an animation, so a click
 * can land while it is still moving; it is tried again until the select shows the option.
 */
async function choose(page: Page, label: string, option: string) {
  const box = page.getByLabel(label, { exact: true });
  const select = page.locator('.ant-select').filter({ has: box });
  const item = page.locator('.ant-select-dropdown').getByTitle(option, { exact: true }).locator('visible=true');
  for (let attempt = 0; attempt < 5; attempt++) {
    if ((await box.getAttribute('aria-expanded')) !== 'true') await box.click();
    await visible(item, 5_000);
    await item.click({ timeout: 5_000 }).catch(() => undefined);
    await page.waitForTimeout(300);
    if ((await box.getAttribute('aria-expanded')) === 'false' && (await select.getByTitle(option, { exact: true }).count()) > 0) return;
  }
  throw new Error(`could not choose ${option} in ${label}`);
}

/** Leaves the field being edited, saves the form and resolves with the server's answer. */
async function save(page: Page) {
  await page.keyboard.press('Tab');
  const answer = page.waitForResponse((r) => r.request().method() === 'PUT' && /\/api\/resumes\/\d+$/.test(r.url()));
  await page.locator('.resume-form__actions').getByRole('button').click();
  return answer;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

describe.skipIf(!hasChromium)('resumes: a seeker builds a resume, chooses who sees it and blocks a company', () => {
  let server: RunningServer;
  let browser: Browser;
  const suffix = String(randomInt(1000, 9999));
  const blockedName = `屏蔽测试科技${suffix}`;
  const allowedName = `放行测试科技${suffix}`;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends a signed-out visitor to sign-in first', async () => {
    await expectSignInFirst(browser, server, '/resumes');
  });

  it('builds, shows and protects a resume end to end', async () => {
    const blocked = await recruiterWithEnterprise(server, blockedName);
    const allowed = await recruiterWithEnterprise(server, allowedName);
    // Both enterprises pass certification (what an operator's approval does).
    await server.whileStopped(async (db) => {
      await sql`update enterprises set verified = true where id in (${blocked.id}, ${allowed.id})`.execute(db);
    });

    const seeker = await signedUpPage(browser, server, { namePrefix: '求职者' });
    const { page } = seeker;

    // Start a resume from the list.
    await page.goto('/account');
    await (await visible(page.getByRole('button', { name: `${seeker.displayName} · 账号菜单` }))).click();
    const item = await visible(page.getByRole('menuitem', { name: '我的简历' }));
    // The menu slides in; click once it has settled.
    await page.waitForTimeout(400);
    await item.click();
    await page.waitForURL((url) => url.pathname === '/resumes');
    await visible(page.getByRole('heading', { name: '我的简历', level: 2 }));
    await visible(page.getByText('您还没有简历'));
    await page.getByLabel('简历名称').fill('后端开发简历');
    await page.getByRole('button', { name: '新建简历' }).click();
    await page.waitForURL(/\/resumes\/\d+$/);
    const resumeId = Number(/\/resumes\/(\d+)$/.exec(page.url())?.[1]);

    // Fill in every section.
    await visible(page.getByRole('heading', { name: '基本信息' }));
    await page.getByLabel('真实姓名').fill('张伟');
    await choose(page, '性别', '男');
    await page.getByLabel('所在城市').fill('杭州');
    await choose(page, '最高学历', '本科');
    await page.getByLabel('工作年限').fill('6');
    await choose(page, '求职状态', '离职，随时到岗');
    await page.getByLabel('自我介绍').fill('六年后端开发经验，<b>熟悉</b>分布式系统、PostgreSQL 调优和团队协作。');
    await page.getByLabel('期望职位（最多 5 个）').click();
    await page.getByLabel('期望职位（最多 5 个）').fill('后端');
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('后端开发', { exact: true }).click();
    await page.keyboard.press('Escape');
    const intentions = page.locator('#resume-intentions');
    await visible(intentions.getByText('后端开发', { exact: true }).locator('visible=true'));
    await page.getByLabel('期望城市（最多 5 个）').fill('杭州');
    await page.keyboard.press('Enter');
    await visible(intentions.getByText('杭州', { exact: true }).locator('visible=true'));
    await page.getByRole('checkbox', { name: '全职' }).check();
    await page.getByLabel('期望月薪下限（元）').fill('20000');
    await page.getByLabel('期望月薪上限（元）').fill('30000');

    await page.getByRole('button', { name: '添加 · 教育经历' }).click();
    await page.getByLabel('学校').fill('浙江大学');
    await page.getByLabel('专业').fill('计算机科学与技术');
    await choose(page, '学历', '本科');
    const education = page.locator('#resume-education');
    await education.getByLabel('开始时间').fill('2013-09');
    await education.getByLabel('结束时间（不填为至今）').fill('2017-06');

    await page.getByRole('button', { name: '添加 · 工作 / 实习经历' }).click();
    const experience = page.locator('#resume-experience');
    await experience.getByLabel('公司').fill('某某网络科技有限公司');
    await experience.getByLabel('职位', { exact: true }).fill('后端工程师');
    await experience.getByLabel('开始时间').fill('2017-07');
    await experience.getByLabel('描述').fill('负责订单与支付服务。');

    for (const skill of ['Go', 'PostgreSQL', 'Kubernetes']) {
      await page.getByLabel('技能（输入后回车）').fill(skill);
      await page.keyboard.press('Enter');
      await visible(page.locator('#resume-skills').getByText(skill, { exact: true }).locator('visible=true'));
    }
    expect((await save(page)).status()).toBe(200);
    await visible(page.getByText('简历已保存。'));
    await visible(page.getByText('85%'));
    await visible(page.getByText('上传一张照片（仅在您投递或同意联系后展示）'));

    // A reversed period is refused by the server with its own message, and nothing changes.
    await education.getByLabel('结束时间（不填为至今）').fill('2012-06');
    expect((await save(page)).status()).toBe(400);
    await visible(page.getByText('时间填写有误'));
    await education.getByLabel('结束时间（不填为至今）').fill('2017-06');

    // Visibility and an attachment, from the side panel.
    const visibility = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/api/resumes/${resumeId}/visibility`));
    await choose(page, '谁能看到', '公开');
    expect((await visibility).status()).toBe(200);
    await visible(page.getByText('已更新可见范围。'));
    await page.getByLabel('上传附件').setInputFiles({ name: '张伟-简历.pdf', mimeType: 'application/pdf', buffer: PDF });
    await visible(page.getByText('附件已上传。'));
    await visible(page.getByText(/PDF · \d+ KB/));

    // Everything above was stored: a fresh load shows it.
    await page.reload();
    await visible(page.getByRole('heading', { name: '基本信息' }));
    expect(await page.getByLabel('真实姓名').inputValue()).toBe('张伟');
    await visible(page.getByText('PDF · 1 KB'));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'resume-editor-desktop.png'), fullPage: false });

    // The preview shows what recruiters see: masked, markup as text.
    await page.getByRole('button', { name: '以招聘方视角预览' }).click();
    await page.waitForURL(`**/resumes/${resumeId}/preview`);
    await visible(page.getByTestId('candidate-name'));
    expect(await page.getByTestId('candidate-name').textContent()).toBe('张先生');
    expect(await page.getByTestId('candidate-phone').textContent()).toBe(`${seeker.phone.slice(0, 3)}****${seeker.phone.slice(-4)}`);
    await visible(page.getByText('<b>熟悉</b>', { exact: false }));
    expect(await page.locator('.resume-view b').count()).toBe(0);

    // Block one enterprise by name.
    await page.goto('/resumes/blocked');
    await visible(page.getByRole('heading', { name: '屏蔽公司', level: 2 }));
    await page.getByLabel('搜索企业名称').fill(blockedName);
    await page.keyboard.press('Enter');
    await page.getByRole('listitem').filter({ hasText: blockedName }).getByRole('button', { name: '屏蔽' }).click();
    await visible(page.getByText(`已屏蔽 ${blockedName}。`));
    await visible(page.getByRole('list', { name: '已屏蔽的企业' }).getByText(blockedName));

    // The allowed enterprise finds the resume, masked; the blocked one never does, not even by its link.
    const other = await pageWith(browser, server, allowed.cookies);
    await other.page.goto('/workspace/candidates');
    // The demo candidates are listed too; this seeker's card is the one linking to this resume.
    const linkToResume = (p: typeof other.page) => p.locator(`a[href="/workspace/candidates/${resumeId}"]`);
    const card = other.page
      .getByRole('list', { name: '候选人' })
      .getByRole('listitem')
      .filter({ has: linkToResume(other.page) });
    await visible(card);
    await card.getByRole('link', { name: '查看简历' }).click();
    await visible(other.page.getByTestId('candidate-name'));
    expect(await other.page.getByTestId('candidate-name').textContent()).toBe('张先生');
    expect(await other.page.content()).not.toContain(seeker.phone);
    await other.context.close();

    const shut = await pageWith(browser, server, blocked.cookies);
    await shut.page.goto('/workspace/candidates');
    // The list loads (the demo candidates are there) without this seeker's resume.
    await visible(shut.page.getByRole('list', { name: '候选人' }).getByRole('listitem'));
    expect(await linkToResume(shut.page).count()).toBe(0);
    await shut.page.goto(`/workspace/candidates/${resumeId}`);
    await visible(shut.page.getByText('这份简历不存在，或您无权查看。'));
    await shut.context.close();

    // The seeker sees the opening in "who accessed my data".
    const log = (await (await page.request.get('/api/privacy/access-log')).json()) as { entries: { purpose: string; enterpriseId: number | null }[] };
    expect(log.entries.filter((e) => e.purpose === 'recruiting.resume_view').map((e) => e.enterpriseId)).toEqual([allowed.id]);

    // The same editor at phone width.
    const mobile = await signedUpPage(browser, server, { namePrefix: '手机求职者', options: MOBILE });
    await mobile.context.addCookies(seeker.cookies);
    await mobile.page.goto(`/resumes/${resumeId}`);
    await visible(mobile.page.getByRole('heading', { name: '基本信息' }));
    await visible(mobile.page.getByText('85%'));
    const width = await mobile.page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(375);
    await mobile.page.locator('#resume-basics').scrollIntoViewIfNeeded();
    await mobile.page.evaluate('window.scrollBy(0, -60)');
    await mobile.page.screenshot({ path: path.join(SCREENSHOTS, 'resume-editor-mobile.png'), fullPage: false });
    await mobile.context.close();
    await seeker.context.close();
  }, 240_000);
});
