import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasChromium,
  launchBrowser,
  MOBILE,
  newContext,
  type OperatorAccount,
  type RunningServer,
  randomCreditCode,
  randomPhone,
  SCREENSHOTS,
  signedUpPage,
  signInViaApi,
  startServer,
  visible,
} from './harness.js';

const OPERATOR: OperatorAccount = { phone: randomPhone('136'), password: 'operator2026', name: '运营小陈' };

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

/** A JSON write as the signed-in person of this page (the CSRF token comes from their cookie). */
async function write(page: Page, cookies: { name: string; value: string }[], method: 'POST' | 'PUT', url: string, data: unknown) {
  const csrf = cookies.find((c) => c.name === 'renhe_csrf')?.value ?? '';
  const res = await page.request.fetch(url, { method, headers: { 'x-csrf-token': csrf }, data });
  expect(res.status(), `${method} ${url}: ${await res.text()}`).toBe(200);
  return res.json();
}

async function readJson(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), `GET ${url}: ${await res.text()}`).toBe(200);
  return res.json();
}

/** A date-time three days ahead at 10:00 China time, as typed into the picker and as the server returns it. */
function interviewTime() {
  const day = new Date(Date.now() + 8 * 3_600_000 + 3 * 86_400_000).toISOString().slice(0, 10);
  return { typed: `${day} 10:00`, iso: new Date(`${day}T10:00:00+08:00`).toISOString(), day };
}

describe.skipIf(!hasChromium)('applications: apply, pipeline, interview', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  // The certified recruiter and open job of the first journey, reused by the contact-request one.
  let employer: { page: Page; cookies: { name: string; value: string }[]; jobTitle: string } | null = null;

  beforeAll(async () => {
    server = await startServer({ operators: [OPERATOR] });
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('recruiter certifies and posts, seeker applies, recruiter sees the contact and invites, seeker accepts', async () => {
    // --- setting up what this journey is not about, through the API -----------------------------
    const recruiter = await signedUpPage(browser, server, { namePrefix: '招聘者', role: 'recruiter', phonePrefix: '138' });
    contexts.push(recruiter.context);
    const enterpriseName = `投递测试${randomInt(100_000, 999_999)}信息技术有限公司`;
    const enterprise = await write(recruiter.page, recruiter.cookies, 'POST', '/api/enterprises', {
      name: enterpriseName,
      creditCode: randomCreditCode('91310115'),
      industry: '互联网',
      size: '100-499人',
      city: '上海',
      address: '浦东新区世纪大道 100 号',
      introduction: '做开源招聘软件。',
    });
    const csrf = recruiter.cookies.find((c) => c.name === 'renhe_csrf')?.value ?? '';
    const cert = await recruiter.page.request.post(`/api/enterprises/${enterprise.id}/certification`, {
      headers: { 'x-csrf-token': csrf },
      multipart: { licence: { name: 'licence.pdf', mimeType: 'application/pdf', buffer: PDF } },
    });
    expect(cert.status(), await cert.text()).toBe(200);

    const operatorContext = await newContext(browser, server.baseUrl);
    contexts.push(operatorContext);
    const operatorCookies = await signInViaApi(server.baseUrl, { phone: OPERATOR.phone, password: OPERATOR.password });
    await operatorContext.addCookies(operatorCookies);
    const operatorPage = await operatorContext.newPage();
    const queue = await readJson(operatorPage.request, '/api/admin/enterprise-reviews');
    const review = queue.reviews.find((r: { enterprise: { id: number } }) => r.enterprise.id === enterprise.id);
    await write(operatorPage, operatorCookies, 'POST', `/api/admin/enterprise-reviews/${review.id}`, { decision: 'approve' });

    const job = await write(recruiter.page, recruiter.cookies, 'POST', '/api/workspace/jobs', {
      title: '高级后端工程师',
      position: 'tech.backend',
      city: '上海',
      salaryMin: 25,
      salaryMax: 40,
      salaryMonths: 14,
      experience: 'any',
      education: 'bachelor',
      jobType: 'full_time',
      headcount: 2,
      tags: ['insurance', 'weekends'],
      description: '负责交易系统的服务端开发与稳定性。',
      submit: true,
    });
    expect(job.status).toBe('open');
    employer = { page: recruiter.page, cookies: recruiter.cookies, jobTitle: job.title };

    const seeker = await signedUpPage(browser, server, { namePrefix: '求职者', phonePrefix: '139' });
    contexts.push(seeker.context);
    const resume = await write(seeker.page, seeker.cookies, 'POST', '/api/resumes', { title: '后端开发简历' });
    await write(seeker.page, seeker.cookies, 'PUT', `/api/resumes/${resume.id}`, {
      title: '后端开发简历',
      realName: '林晓雨',
      gender: 'female',
      birthDate: '1995-03-02',
      city: '上海',
      educationLevel: 'bachelor',
      yearsOfWork: 5,
      jobStatus: 'looking',
      introduction: '五年后端开发经验，熟悉 PostgreSQL。',
      intentions: { positions: ['tech.backend'], cities: ['上海'], jobTypes: ['full_time'], salaryMin: 25000, salaryMax: 35000 },
      education: [{ school: '复旦大学', major: '计算机科学', degree: 'bachelor', start: '2013-09', end: '2017-06' }],
      experience: [
        { company: '某科技公司', title: '后端工程师', start: '2017-07', end: null, monthlySalary: null, description: '订单系统', internship: false },
      ],
      projects: [],
      skills: ['Go', 'PostgreSQL'],
      certificates: [],
    });

    await write(seeker.page, seeker.cookies, 'PUT', `/api/resumes/${resume.id}/visibility`, { visibility: 'applied' });

    // --- the seeker applies in the browser, told plainly what is disclosed ----------------------
    const s = seeker.page;
    await s.goto(`/jobs/${job.id}`);
    await s.getByRole('button', { name: '投递简历' }).click();
    const dialog = s.getByRole('dialog', { name: '投递“高级后端工程师”' });
    await visible(dialog);
    await visible(dialog.getByText(`“${enterpriseName}”的招聘方可以看到您选择的这份简历、您的真实姓名和手机号码`, { exact: false }));
    await visible(dialog.getByText('后端开发简历', { exact: false }));
    await dialog.getByRole('button', { name: '确认投递' }).click();
    await visible(s.getByText('投递成功，可在“我的投递”中查看进度。'));
    await visible(s.getByRole('button', { name: '已投递' }));

    await s.goto('/my/applications');
    const mine = s.getByRole('list', { name: '我的投递' });
    await visible(mine.getByText('高级后端工程师'));
    await visible(mine.getByText('新投递'));

    // --- the recruiter sees the application with the real name and number ----------------------
    const r = recruiter.page;
    await r.goto('/workspace/pipeline');
    await visible(r.getByRole('heading', { name: '招聘进度', level: 2 }));
    const list = r.getByRole('list', { name: '招聘进度' });
    await visible(list.getByText('林晓雨'));
    await visible(list.getByText(seeker.phone));
    await visible(list.getByText('已公开联系方式'));
    await r.screenshot({ path: path.join(SCREENSHOTS, 'recruiter-pipeline-desktop.png'), fullPage: true });

    // opening it marks it viewed; then an interview invitation
    await list.getByRole('button', { name: '查看' }).first().click();
    const drawer = r.getByRole('dialog', { name: '投递详情' });
    await visible(drawer.getByText('林晓雨'));
    await visible(drawer.getByText('已查看'));
    await drawer.getByRole('button', { name: '邀请面试' }).click();
    const invite = r.getByRole('dialog', { name: '邀请面试' });
    const when = interviewTime();
    await invite.getByLabel('面试时间').click();
    await invite.getByLabel('面试时间').fill(when.typed);
    await invite.getByLabel('面试时间').press('Enter');
    await invite.getByText('线上面试').click();
    await invite.getByLabel('会议链接').fill('https://meeting.example.cn/j/2026');
    await invite.getByLabel('联系人').fill('王经理');
    await invite.getByLabel('说明（可选）').fill('请提前五分钟进入会议。');
    await invite.getByRole('button', { name: '发送邀请' }).click();
    await visible(r.getByText('面试邀请已发送。'));
    await visible(drawer.getByText('待答复'));
    await visible(drawer.getByText('面试中'));

    // --- the seeker accepts -----------------------------------------------------------------------
    await s.goto('/my/interviews');
    await visible(s.getByRole('heading', { name: '面试安排', level: 2 }));
    await visible(s.getByRole('link', { name: 'https://meeting.example.cn/j/2026' }));
    await visible(s.getByText('王经理'));
    await s.getByRole('button', { name: '接受' }).click();
    await visible(s.getByText('已接受面试邀请。'));
    await visible(s.getByText('已确认'));

    // both sides agree on what happened
    const interviews = await readJson(r.request, '/api/workspace/interviews');
    expect(interviews.items).toEqual([
      expect.objectContaining({
        status: 'accepted',
        scheduledAt: when.iso,
        day: when.day,
        candidate: expect.objectContaining({ name: '林晓雨', disclosed: true }),
      }),
    ]);
    const applications = await readJson(s.request, '/api/me/applications');
    expect(applications.items[0].events.map((e: { status: string }) => e.status)).toEqual(['new', 'viewed', 'interview']);
    const disclosures = await readJson(s.request, '/api/me/disclosures');
    expect(disclosures.items).toEqual([
      expect.objectContaining({ via: 'application', enterprise: { id: enterprise.id, name: enterpriseName }, revokedAt: null }),
    ]);

    await r.goto('/workspace/interviews');
    await visible(r.getByText('林晓雨'));
    await visible(r.getByText('已确认'));

    // the same pages on a 375 px phone: nothing wider than the screen
    for (const [who, url, heading] of [
      [recruiter, '/workspace/pipeline', '招聘进度'],
      [seeker, '/my/interviews', '面试安排'],
      [seeker, '/my/applications', '我的投递'],
    ] as const) {
      const phone = await newContext(browser, server.baseUrl, MOBILE);
      contexts.push(phone);
      await phone.addCookies(who.cookies);
      const page = await phone.newPage();
      await page.goto(url);
      await visible(page.getByRole('heading', { name: heading, level: 2 }));
      await visible(page.getByText('高级后端工程师'));
      expect(await page.evaluate('document.documentElement.scrollWidth'), url).toBeLessThanOrEqual(375);
    }
  }, 240_000);

  it('asks for contact only with consent; accepting shows the contact, revoking masks it again', async () => {
    expect(employer, 'the first journey set up a certified recruiter').not.toBeNull();
    const r = employer?.page as Page;
    const seeker = await signedUpPage(browser, server, { namePrefix: '求职者', phonePrefix: '139' });
    contexts.push(seeker.context);
    const resume = await write(seeker.page, seeker.cookies, 'POST', '/api/resumes', { title: '产品经理简历' });
    await write(seeker.page, seeker.cookies, 'PUT', `/api/resumes/${resume.id}`, {
      title: '产品经理简历',
      realName: '郑可欣',
      gender: 'female',
      birthDate: '1993-08-12',
      city: '上海',
      educationLevel: 'master',
      yearsOfWork: 7,
      jobStatus: 'open',
      introduction: '七年产品经验。',
      intentions: { positions: ['tech.backend'], cities: ['上海'], jobTypes: ['full_time'], salaryMin: 30000, salaryMax: 40000 },
      education: [],
      experience: [],
      projects: [],
      skills: [],
      certificates: [],
    });
    await write(seeker.page, seeker.cookies, 'PUT', `/api/resumes/${resume.id}/visibility`, { visibility: 'public' });

    // without "allow recruiters to contact me" the recruiter is told, and cannot send
    await r.goto(`/workspace/candidates/${resume.id}`);
    await visible(r.getByText('该求职者目前不接受招聘方的联系请求。对方仍可主动投递贵企业的职位。'));
    await expect(r.getByRole('button', { name: '请求联系方式' }).count()).resolves.toBe(0);

    await write(seeker.page, seeker.cookies, 'POST', '/api/privacy/consents', { purpose: 'recruiter_contact', decision: 'granted', screen: 'privacy_centre' });
    await r.reload();
    await visible(r.getByText('郑女士'));
    await r.getByRole('button', { name: '请求联系方式' }).click();
    const dialog = r.getByRole('dialog', { name: '向求职者发送联系请求' });
    await visible(dialog.getByText(employer?.jobTitle as string));
    await dialog.getByLabel('留言').fill('您好，我们在招聘后端工程师，想和您聊聊。');
    await dialog.getByRole('button', { name: '发送请求' }).click();
    await visible(r.getByText('联系请求已发送，等待对方答复。'));

    const s = seeker.page;
    await s.goto('/my/contact-requests');
    await visible(s.getByText('您好，我们在招聘后端工程师，想和您聊聊。'));
    await s.getByRole('button', { name: '接受并公开联系方式' }).click();
    await s.getByRole('button', { name: /确\s*定|OK/ }).click();
    await visible(s.getByText('已接受，对方现在可以看到您的联系方式。'));

    await r.reload();
    await visible(r.getByText('郑可欣'));
    const accepted = await readJson(r.request, '/api/workspace/contact-requests');
    expect(accepted.items[0]).toMatchObject({ status: 'accepted', candidate: { name: '郑可欣', phone: seeker.phone, disclosed: true } });

    await s.getByRole('button', { name: '撤回公开' }).click();
    await s.getByRole('button', { name: /确\s*定|OK/ }).click();
    await visible(s.getByText('已撤回，对方今后看到的将是打码信息。'));
    const revoked = await readJson(r.request, '/api/workspace/contact-requests');
    expect(revoked.items[0]).toMatchObject({ status: 'revoked', candidate: { name: '郑女士', disclosed: false } });
    expect(revoked.items[0].candidate.phone).not.toBe(seeker.phone);
  }, 120_000);
});
