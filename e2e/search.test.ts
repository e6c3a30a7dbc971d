import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, MOBILE, newContext, type RunningServer, SCREENSHOTS, startServer, visible } from './harness.js';
import { type Cookies, publishJob, recruiterWithEnterprise, searchFinds, seekerWithPublicResume, verifyEnterprises } from './seed.js';

// A city the demo data does not use, so the jobs found there are exactly the ones made here.
const CITY = '嘉兴';

/**
 * Picks an option of the antd select labelled `label`, typing `typed` first when given (long lists
 * only render the options in view). The list opens with an animation, so a click can land while it
 * is still moving; it is tried again until the select shows the option.
 */
async function choose(page: Page, label: string, option: string, typed?: string) {
  const box = page.getByLabel(label, { exact: true });
  const select = page.locator('.ant-select').filter({ has: box });
  const item = page.locator('.ant-select-dropdown').getByTitle(option, { exact: true }).locator('visible=true');
  for (let attempt = 0; attempt < 5; attempt++) {
    if ((await box.getAttribute('aria-expanded')) !== 'true') await box.click();
    if (typed) await box.fill(typed);
    await visible(item, 5_000);
    await item.click({ timeout: 5_000 }).catch(() => undefined);
    await page.waitForTimeout(300);
    if ((await select.getByTitle(option, { exact: true }).count()) > 0) return;
  }
  throw new Error(`could not choose ${option} in ${label}`);
}

async function pageWith(browser: Browser, server: RunningServer, cookies: Cookies) {
  const context = await newContext(browser, server.baseUrl);
  await context.addCookies(cookies);
  return { context, page: await context.newPage() };
}

const scrollWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

describe.skipIf(!hasChromium)('search: visitors search jobs, recruiters search candidates', () => {
  let server: RunningServer;
  let browser: Browser;
  let recruiter: Awaited<ReturnType<typeof recruiterWithEnterprise>>;
  const suffix = String(randomInt(1000, 9999));
  const jobs = { backend: 0, qa: 0, rust: 0, sales: 0 };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    recruiter = await recruiterWithEnterprise(server, { name: `${CITY}搜索测试${suffix}网络科技有限公司`, city: CITY });
    await verifyEnterprises(server, [recruiter.enterpriseId]);
    jobs.backend = await publishJob(recruiter.api, {
      title: '后端开发工程师',
      city: CITY,
      district: '南湖区',
      salaryMin: 30,
      salaryMax: 40,
      tags: ['insurance', 'weekends'],
    });
    // Markup in a title is text: it must show as typed and never become an element.
    jobs.qa = await publishJob(recruiter.api, { title: '<i>测试</i>工程师', position: 'tech.qa', city: CITY, salaryMin: 10, salaryMax: 15 });
    jobs.rust = await publishJob(recruiter.api, {
      title: 'Rust 开发',
      city: CITY,
      salaryMin: 20,
      salaryMax: 30,
      description: '我们在寻找热爱开源的工程师，负责存储引擎与查询优化。',
    });
    jobs.sales = await publishJob(recruiter.api, { title: '大客户销售代表', position: 'sales.key_account', city: CITY, description: '负责华东区域客户开发。' });
    await searchFinds(server, { q: '工程师', city: CITY }, [jobs.backend, jobs.qa, jobs.rust]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a visitor searches 工程师 in one city, sees the keywords marked and the total, and keeps the search across a reload', async () => {
    const context = await newContext(browser, server.baseUrl, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto('/');
    await visible(page.getByRole('heading', { name: '最新职位', level: 2 }));

    await page.getByLabel('关键词').fill('工程师');
    await page.getByLabel('关键词').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '工程师');
    await visible(page.getByRole('heading', { name: '“工程师”的搜索结果', level: 2 }));
    await choose(page, '城市', `${CITY}（4）`, CITY);
    await page.waitForURL((url) => url.searchParams.get('city') === CITY && url.searchParams.get('q') === '工程师');

    const list = page.getByRole('list', { name: '职位列表' });
    await expect.poll(() => list.getByRole('article').count()).toBe(3);
    await expect.poll(() => list.getAttribute('aria-busy')).toBe('false');
    await visible(page.getByText('共 3 个职位', { exact: true }));
    await visible(page.getByRole('button', { name: `移除条件：${CITY}` }));

    // The keyword is marked in titles and in the description snippet, whatever the case.
    const backend = list.getByRole('article').filter({ has: page.getByRole('heading', { name: '后端开发工程师' }) });
    expect(await backend.locator('h3 mark').textContent()).toBe('工程师');
    const rust = list.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Rust 开发' }) });
    expect(await rust.locator('.job-card__snippet mark').first().textContent()).toBe('工程师');
    expect(await rust.locator('h3 mark').count()).toBe(0);
    // Markup typed into a title stays text.
    await visible(list.getByRole('heading', { name: '<i>测试</i>工程师' }));
    expect(await list.locator('i').count()).toBe(0);
    expect(await list.locator('mark').count()).toBeGreaterThanOrEqual(3);

    // Ordered by pay: the best-paid first.
    await page.getByRole('radiogroup', { name: '排序' }).getByText('薪资', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'salary');
    await expect
      .poll(async () => (await list.getByRole('heading', { level: 3 }).allTextContents()).map((t) => t.trim()))
      .toEqual(['后端开发工程师', 'Rust 开发', '<i>测试</i>工程师']);
    await page.evaluate('document.fonts.ready.then(() => true)');
    // Let the order switch finish sliding before the picture is taken.
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'search-desktop.png') });

    // Everything is in the address: a reload (or the shared link) shows the same search.
    await page.reload();
    await visible(list.getByRole('article').first());
    expect(await page.getByLabel('关键词').inputValue()).toBe('工程师');
    await visible(
      page
        .locator('.search-field')
        .filter({ has: page.getByLabel('城市', { exact: true }) })
        .getByText(`${CITY}（4）`),
    );
    await visible(page.getByText('共 3 个职位', { exact: true }));
    expect(await page.getByRole('radio', { name: '薪资' }).isChecked()).toBe(true);
    expect(await list.getByRole('article').count()).toBe(3);
    expect(await list.locator('mark').count()).toBeGreaterThanOrEqual(3);

    // Taking the city away widens the search to every city.
    await page.getByRole('button', { name: `移除条件：${CITY}` }).click();
    await page.waitForURL((url) => !url.searchParams.has('city'));
    await expect.poll(async () => Number(/共 (\d+) 个职位/.exec((await page.locator('.search-total').textContent()) ?? '')?.[1] ?? 0)).toBeGreaterThan(3);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('a search with no results offers other searches, and following one finds jobs', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();

    // Too many filters: the same keyword without them.
    await page.goto(`/?q=${encodeURIComponent('工程师')}&city=${encodeURIComponent(CITY)}&jobType=internship`);
    await visible(page.getByText('没有找到符合条件的职位'));
    await visible(page.getByText('共 0 个职位', { exact: true }));
    const withoutFilters = page.getByRole('button', { name: /去掉筛选条件，搜“工程师”/ });
    await visible(withoutFilters);
    await withoutFilters.click();
    await page.waitForURL((url) => url.searchParams.get('q') === '工程师' && !url.searchParams.has('city') && !url.searchParams.has('jobType'));
    const list = page.getByRole('list', { name: '职位列表' });
    await visible(list.getByRole('article').first());

    // An unknown word: popular searches.
    await page.goto('/?q=xyzzyqq');
    await visible(page.getByText('没有找到符合条件的职位'));
    await visible(page.getByRole('heading', { name: '大家在找：' }));
    const popular = page.locator('.search-suggestions').getByRole('button').first();
    const label = ((await popular.locator('span').first().textContent()) ?? '').trim();
    expect(label).not.toBe('');
    await popular.click();
    await page.waitForURL((url) => url.searchParams.get('q') === label);
    await visible(list.getByRole('article').first());
    await visible(page.getByRole('heading', { name: `“${label}”的搜索结果` }));
    await context.close();
  });

  it('says "1000+" when the server stops counting, and offers a retry when the search fails', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    // Stand in for a search with more matches than the server counts exactly (the demo data has fewer).
    let fail = false;
    await page.route('**/api/search/jobs?*', async (route) => {
      if (fail) return route.fulfill({ status: 500, json: { error: { code: 'INTERNAL', message: '服务器开小差了' } } });
      const response = await route.fetch();
      const body = await response.json();
      return route.fulfill({ response, json: { ...body, total: body.total ? { count: 1000, capped: true } : null } });
    });
    await page.goto('/');
    await visible(page.getByText('1000+ 个职位'));
    await visible(page.getByText('超过 1000 个时不再精确计数'));

    fail = true;
    await page.getByLabel('关键词').fill('运营');
    await page.getByLabel('关键词').press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: '搜索出错了' });
    await visible(alert);
    await visible(alert.getByText('服务器开小差了'));
    fail = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await visible(page.getByRole('list', { name: '职位列表' }).getByRole('article').first());
    await context.close();
  });

  it('works at 375 px: no sideways scrolling, filters in a drawer', async () => {
    const context = await newContext(browser, server.baseUrl, MOBILE);
    const page = await context.newPage();
    await page.goto(`/?q=${encodeURIComponent('工程师')}&city=${encodeURIComponent(CITY)}`);
    const list = page.getByRole('list', { name: '职位列表' });
    await expect.poll(() => list.getByRole('article').count()).toBe(3);
    await visible(page.getByText('共 3 个职位', { exact: true }));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
    await page.evaluate('document.fonts.ready.then(() => true)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'search-mobile.png') });

    // The filters are not laid out on the page itself, but in a drawer.
    expect(await page.getByLabel('工作类型').count()).toBe(0);
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: '筛选' });
    await visible(drawer);
    await visible(drawer.getByLabel('工作类型'));
    await page.waitForTimeout(400);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
    // The box follows the address, which changes just after the click.
    await drawer.getByRole('checkbox', { name: '只看认证企业' }).click();
    await page.waitForURL((url) => url.searchParams.get('verified') === '1');
    await expect.poll(() => drawer.getByRole('checkbox', { name: '只看认证企业' }).isChecked()).toBe(true);
    await drawer.locator('.ant-drawer-body').evaluate((body) => body.scrollTo(0, 0));
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'search-mobile-filters.png') });
    await drawer.getByRole('button', { name: '查看结果' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await visible(page.getByRole('button', { name: '移除条件：只看认证企业' }));
    await expect.poll(() => list.getByRole('article').count()).toBe(3);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
    await context.close();
  });

  it('a verified recruiter searches candidates by keyword and city and sees names masked; an unverified one is told why not', async () => {
    const seeker = await seekerWithPublicResume(server, {
      realName: '欧阳娜娜',
      gender: 'female',
      city: CITY,
      positions: ['tech.backend'],
      skills: ['Elixir', 'PostgreSQL', 'Kubernetes'],
      introduction: '六年后端开发经验，熟悉 Elixir 与分布式系统。',
    });

    const { context, page } = await pageWith(browser, server, recruiter.cookies);
    await page.goto('/workspace/candidates');
    await visible(page.getByRole('heading', { name: '候选人', level: 2 }));
    await visible(page.getByRole('heading', { name: '全部候选人' }));
    await page.getByLabel('关键词').fill('Elixir 后端');
    await page.getByLabel('关键词').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Elixir 后端');
    await page.getByLabel('城市').fill(CITY);
    await page.getByLabel('城市').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('city') === CITY);
    await visible(page.getByRole('heading', { name: '搜索结果' }));

    const list = page.getByRole('list', { name: '候选人' });
    const card = list.getByRole('listitem').filter({ has: page.locator(`a[href="/workspace/candidates/${seeker.resumeId}"]`) });
    await visible(card);
    expect(await list.getByRole('listitem').count()).toBe(1);
    expect(await card.getByTestId('candidate-card-name').textContent()).toBe('欧阳女士');
    await visible(card.getByText(`${seeker.phone.slice(0, 3)}****${seeker.phone.slice(-4)}`, { exact: false }));
    await visible(card.getByText('未公开'));
    expect(await card.locator('mark').first().textContent()).toBe('后端');
    const html = await page.content();
    expect(html).not.toContain('欧阳娜娜');
    expect(html).not.toContain(seeker.phone);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'candidate-search-desktop.png'), fullPage: true });

    // The search is in the address too.
    await page.reload();
    await visible(card);
    expect(await page.getByLabel('关键词').inputValue()).toBe('Elixir 后端');
    expect(await page.getByLabel('城市').inputValue()).toBe(CITY);

    // A wider search pages with "load more".
    await page.getByRole('button', { name: '清空条件' }).click();
    await page.waitForURL((url) => url.search === '');
    await choose(page, '最低学历', '本科及以上');
    await page.waitForURL((url) => url.searchParams.get('education') === 'bachelor');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(20);
    await page.getByRole('button', { name: '加载更多' }).click();
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(20);
    await context.close();

    // An enterprise still waiting for certification sees the reason and the way to certification.
    const unverified = await recruiterWithEnterprise(server, { name: `${CITY}未认证${suffix}科技有限公司`, city: CITY });
    const other = await pageWith(browser, server, unverified.cookies);
    await other.page.goto(`/workspace/candidates?q=${encodeURIComponent('后端')}`);
    await visible(other.page.getByText('企业通过认证后才能搜索人才；在此之前，您可以查看投递给贵企业的简历。'));
    expect(await other.page.content()).not.toContain('欧阳女士');
    await other.page.getByRole('button', { name: '前往企业认证' }).click();
    await other.page.waitForURL((url) => url.pathname === '/workspace/enterprise');
    await other.context.close();
  });
});
