import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, newContext, type RunningServer, SCREENSHOTS, signedUpPage, startServer, visible } from './harness.js';
import { publishJob, recruiterWithEnterprise, searchFinds, seekerWithPublicResume, verifyEnterprises } from './seed.js';

// A city the demo data does not use, so what is recommended there comes from this test.
const CITY = '绍兴';

describe.skipIf(!hasChromium)('recommendations: personal only with consent, interest tags to delete, candidates for a job', () => {
  let server: RunningServer;
  let browser: Browser;
  let recruiter: Awaited<ReturnType<typeof recruiterWithEnterprise>>;
  let jobId = 0;
  const suffix = String(randomInt(1000, 9999));

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    recruiter = await recruiterWithEnterprise(server, { name: `${CITY}推荐测试${suffix}网络科技有限公司`, city: CITY });
    await verifyEnterprises(server, [recruiter.enterpriseId]);
    jobId = await publishJob(recruiter.api, { title: '后端开发工程师', position: 'tech.backend', city: CITY, district: '越城区' });
    await searchFinds(server, { city: CITY }, [jobId]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a seeker turns personalisation on and off, sees the panel change, and deletes an interest tag', async () => {
    const { context, page } = await signedUpPage(browser, server, { namePrefix: '推荐求职者' });
    await page.goto('/');
    const panel = page.getByRole('region', { name: '为你推荐' });
    await visible(panel);
    // Off by default: the list everyone sees, said so, with the switch right there.
    await visible(panel.getByText('这些推荐不是根据你的个人情况生成的'));
    const list = panel.getByRole('list', { name: '推荐职位' });
    await visible(list.getByRole('article').first());
    await visible(list.getByText(/的最新职位|热门职位/).first());
    const toggle = panel.getByRole('switch', { name: '开启个性化推荐' });
    expect(await toggle.getAttribute('aria-checked')).toBe('false');

    await toggle.click();
    await visible(page.getByText('已开启个性化推荐'));
    await visible(panel.getByText('根据你的求职意向，以及你浏览、收藏和投递过的职位推荐。'));
    await panel.getByText('这些推荐不是根据你的个人情况生成的').waitFor({ state: 'detached' });

    // Opening a job page is noted (personalisation is on now) and becomes an interest.
    const viewed = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/me/job-views/${jobId}`));
    await page.goto(`/jobs/${jobId}`);
    expect(await (await viewed).json()).toEqual({ recorded: true });
    await page.goto('/');
    await visible(panel.getByText(`你最近关注过后端开发 · ${CITY}`).first());
    await visible(list.getByRole('heading', { name: '后端开发工程师' }));
    await page.evaluate('document.fonts.ready.then(() => true)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'recommendations-home-desktop.png') });

    // The privacy centre lists the interests noted; one is deleted in one click.
    await page.goto('/privacy-centre');
    const tags = page.getByRole('list', { name: '我的兴趣标签' });
    await visible(tags.getByText('后端开发', { exact: true }));
    await visible(tags.getByText(CITY, { exact: true }));
    await tags.getByRole('button', { name: `删除兴趣标签：${CITY}` }).click();
    await visible(page.getByText(`已删除兴趣标签：${CITY}`));
    await tags.getByText(CITY, { exact: true }).waitFor({ state: 'detached' });
    await visible(tags.getByText('后端开发', { exact: true }));
    const api = (await page.request.get('/api/me/interest-tags').then((r) => r.json())) as { tags: { kind: string; value: string }[] };
    expect(api.tags.map((t) => `${t.kind}:${t.value}`)).toEqual(['position:tech.backend']);

    // Off again, from the privacy centre: the tags stay listed but are said to be unused.
    await page.getByRole('switch', { name: '个性化推荐' }).click();
    await visible(page.getByText('已关闭：个性化推荐'));
    await visible(page.getByText('个性化推荐已关闭：不再记录新的兴趣，以下标签也不会用于推荐。'));

    // The home panel is general again; and a job opened now is not noted.
    await page.goto('/');
    await visible(panel.getByText('这些推荐不是根据你的个人情况生成的'));
    expect(await panel.getByText(/你最近关注过/).count()).toBe(0);
    expect(await panel.getByRole('switch', { name: '开启个性化推荐' }).getAttribute('aria-checked')).toBe('false');
    const ignored = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/me/job-views/${jobId}`));
    await page.goto(`/jobs/${jobId}`);
    expect(await (await ignored).json()).toEqual({ recorded: false });
    await context.close();
  });

  it('a visitor gets no panel and sends no job view', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const views: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/me/job-views/') || r.url().includes('/api/recommendations/')) views.push(r.url());
    });
    await page.goto('/');
    await visible(page.getByRole('heading', { name: '最新职位', level: 2 }));
    await page.goto(`/jobs/${jobId}`);
    await visible(page.getByRole('heading', { name: '后端开发工程师', level: 2 }));
    expect(await page.getByRole('region', { name: '为你推荐' }).count()).toBe(0);
    expect(views).toEqual([]);
    await context.close();
  });

  it('a recruiter sees recommended candidates on the page of an open job, masked', async () => {
    const seeker = await seekerWithPublicResume(server, {
      realName: '司马光明',
      gender: 'male',
      city: CITY,
      positions: ['tech.backend'],
      skills: ['Go', 'PostgreSQL', 'Kafka'],
      introduction: '六年后端开发经验，做过订单和支付系统。',
    });
    const context = await newContext(browser, server.baseUrl);
    await context.addCookies(recruiter.cookies);
    const page = await context.newPage();
    await page.goto('/workspace/jobs');
    const item = page.locator('.my-job').filter({ has: page.getByRole('heading', { name: '后端开发工程师' }) });
    await item.getByRole('button', { name: '推荐候选人' }).click();
    await page.waitForURL((url) => url.pathname === `/workspace/jobs/${jobId}/edit` && url.hash === '#recommended');
    const panel = page.getByRole('region', { name: '推荐候选人' });
    const card = panel.getByRole('listitem').filter({ has: page.locator(`a[href="/workspace/candidates/${seeker.resumeId}"]`) });
    await visible(card);
    expect(await card.getByTestId('candidate-card-name').textContent()).toBe('司马先生');
    await visible(card.getByText(`求职意向：后端开发 · ${CITY}`));
    const html = await page.content();
    expect(html).not.toContain('司马光明');
    expect(html).not.toContain(seeker.phone);
    await page.evaluate('document.fonts.ready.then(() => true)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'recommended-candidates-desktop.png') });
    await context.close();
  });
});
