import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
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
  signUpViaApi,
  startServer,
  visible,
} from './harness.js';

const OPERATOR: OperatorAccount = { phone: randomPhone('136'), password: 'operator2026', name: '运营小林' };

// GB 32100-2015: 31 symbols; check character C18 = 31 − (Σ vᵢ·3^(i−1) mod 31), 31 written as 0.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function checkCharacter(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const symbol of first17) {
    sum += ALPHABET.indexOf(symbol) * weight;
    weight = (weight * 3) % 31;
  }
  return ALPHABET[(31 - (sum % 31)) % 31] as string;
}

/** A fresh, valid unified social credit code: a company (91) in Hangzhou (330106) with a random organisation code. */
function creditCode(): string {
  let organisation = '';
  for (let i = 0; i < 9; i++) organisation += ALPHABET[randomInt(0, ALPHABET.length)];
  const first17 = `91330106${organisation}`;
  return first17 + checkCharacter(first17);
}

/** The same code with a wrong check character. */
function withWrongCheck(code: string): string {
  const right = code.slice(-1);
  return code.slice(0, 17) + (right === '0' ? '1' : '0');
}

// Uploads are judged by their bytes, so these are real files: a small PNG (a grey "licence" with a
// red seal in one corner) and a minimal PDF.
function png(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push(...pixel(x, y));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const PNG = png(120, 80, (x, y) => ((x - 95) ** 2 + (y - 58) ** 2 < 180 ? [200, 30, 30] : y % 12 < 2 && x > 10 && x < 80 ? [120, 120, 120] : [245, 242, 230]));
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

const uniqueName = (prefix: string) => `${prefix}${randomInt(100_000, 999_999)}科技有限公司`;

/** A fresh recruiter, signed up through the API, on a page of their own. */
const recruiterPage = (browser: Browser, server: RunningServer, options: BrowserContextOptions = {}) =>
  signedUpPage(browser, server, { namePrefix: '招聘者', role: 'recruiter', phonePrefix: '138', options });

async function openWorkspace(page: Page) {
  await page.goto('/workspace/enterprise');
  await visible(page.getByRole('heading', { name: '我的企业', level: 2 }));
}

async function fillEnterprise(page: Page, name: string, code: string) {
  const form = page.getByRole('form', { name: '创建企业' });
  await form.getByLabel('企业名称').fill(name);
  await form.getByLabel('统一社会信用代码').fill(code);
  await form.getByLabel('所属行业').fill('互联网');
  await form.getByLabel('企业规模').click();
  await page.getByTitle('20-99人').click();
  await form.getByLabel('所在城市').fill('杭州');
  await form.getByLabel('办公地址').fill('西湖区文三路 90 号');
  await form.getByLabel('企业介绍').fill('我们做开源的招聘软件。');
  return form;
}

async function createEnterprise(page: Page, name: string) {
  await openWorkspace(page);
  const form = await fillEnterprise(page, name, creditCode());
  await form.getByRole('button', { name: '创建企业' }).click();
  await visible(page.getByRole('heading', { name, level: 3 }));
}

async function sendLicence(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const form = page.getByRole('form', { name: '提交认证材料' });
  await form.getByLabel('营业执照', { exact: true }).setInputFiles(file);
  await visible(form.getByText(file.name));
  await form.getByRole('button', { name: /提交认证|重新提交认证/ }).click();
  await visible(page.getByText('认证材料已提交，等待平台审核'));
  await visible(page.getByText('审核中', { exact: true }));
}

/** The operator, signed in through the API, on the enterprise review queue, with the review of `name` open. */
async function openReview(browser: Browser, server: RunningServer, name: string) {
  const context = await newContext(browser, server.baseUrl);
  await context.addCookies(await signInViaApi(server.baseUrl, { phone: OPERATOR.phone, password: OPERATOR.password }));
  const page = await context.newPage();
  await page.goto('/admin/requests');
  await page.getByRole('navigation', { name: '运营后台导航' }).getByRole('tab', { name: '企业认证与认领' }).click();
  await page.waitForURL((url) => url.pathname === '/admin/enterprise-reviews');
  await visible(page.getByRole('heading', { name: '企业认证与认领审核', level: 2 }));
  const row = page.getByRole('list', { name: '待审核的企业申请' }).getByRole('listitem').filter({ hasText: name });
  await row.getByRole('button', { name: `查看企业认证：${name}` }).click();
  const drawer = page.getByRole('dialog', { name: `企业认证 · ${name}` });
  await visible(drawer.getByText('打开营业执照等材料会记入审计日志'));
  return { context, page, drawer };
}

describe.skipIf(!hasChromium)('enterprises: workspace, certification, joining, claims', () => {
  let server: RunningServer;
  let browser: Browser;
  // The first journey's verified enterprise with two members, for the screenshots.
  let admin: { cookies: { name: string; value: string; url: string }[] } | null = null;

  beforeAll(async () => {
    server = await startServer({ operators: [OPERATOR] });
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends a signed-out visitor to sign-in first, and shows a job seeker the recruiters-only page', async () => {
    await expectSignInFirst(browser, server, '/workspace/enterprise');
    const phone = randomPhone();
    const displayName = `求职者${phone.slice(-4)}`;
    const context = await newContext(browser, server.baseUrl);
    await context.addCookies(await signUpViaApi(server.baseUrl, { phone, displayName }));
    const page = await context.newPage();
    await page.goto('/workspace/enterprise');
    await visible(page.getByText('仅限招聘方'));
    expect(await page.getByRole('form', { name: '创建企业' }).count()).toBe(0);
    await page.getByRole('banner').getByRole('button', { name: displayName }).click();
    await visible(page.getByRole('menuitem', { name: '隐私中心' }));
    expect(await page.getByRole('menuitem', { name: '企业' }).count()).toBe(0);
    await context.close();
  });

  it('creates an enterprise, gets it certified by an operator, and lets a second recruiter join', async () => {
    const name = uniqueName('人和测试');
    const first = await recruiterPage(browser, server);
    const { page } = first;
    await page.goto('/');
    await pickFromUserMenu(page, first.displayName, '企业', '/workspace/enterprise');
    await visible(page.getByText('18 位，由数字和大写字母组成', { exact: false }));

    // A wrong check character is refused by the server, in Chinese, on the field itself.
    const code = creditCode();
    const form = await fillEnterprise(page, name, withWrongCheck(code));
    await form.getByRole('button', { name: '创建企业' }).click();
    const codeItem = form.locator('.ant-form-item').filter({ has: page.getByLabel('统一社会信用代码') });
    await visible(codeItem.getByText('统一社会信用代码格式不正确或校验位错误，请核对营业执照。'));
    expect((await (await page.request.get('/api/me/enterprise')).json()).membership).toBeNull();

    await form.getByLabel('统一社会信用代码').fill(code.toLowerCase());
    await form.getByRole('button', { name: '创建企业' }).click();
    await visible(page.getByText('企业已创建，你是该企业的管理员'));
    await visible(page.getByRole('heading', { name, level: 3 }));
    await visible(page.getByText(code));
    await visible(page.getByText('未认证', { exact: true }));

    // The licence: the allowed types are stated, then a PNG goes to review.
    await visible(page.getByText(/支持 PDF、JPG、PNG、WebP 格式，单个文件不超过 10 MB/));
    await sendLicence(page, { name: 'licence.png', mimeType: 'image/png', buffer: PNG });

    const operator = await openReview(browser, server, name);
    const { drawer } = operator;
    await visible(drawer.getByText(code));
    await visible(drawer.getByText('西湖区文三路 90 号'));
    // The licence is fetched only on request.
    expect(await drawer.getByRole('img', { name: '营业执照' }).count()).toBe(0);
    await drawer.getByRole('button', { name: '查看营业执照' }).click();
    await visible(drawer.getByRole('img', { name: '营业执照' }));
    await visible(drawer.getByText('这次查看已记入审计日志。'));
    await drawer.getByRole('button', { name: '通过' }).click();
    await operator.page.getByRole('tooltip').getByRole('button', { name: '确认通过' }).click();
    await visible(operator.page.getByText('已通过该申请'));
    await drawer.waitFor({ state: 'hidden' });
    expect(await operator.page.getByRole('list', { name: '待审核的企业申请' }).getByRole('listitem').filter({ hasText: name }).count()).toBe(0);
    await operator.context.close();

    await page.reload();
    await visible(page.getByRole('heading', { name, level: 3 }));
    const certification = page.locator('.certification-card');
    await visible(certification.getByText('✓ 已认证'));
    await visible(page.locator('.profile-card').getByText('✓ 已认证'));
    await visible(certification.getByText('企业已通过平台认证。'));

    // A second recruiter finds the enterprise and asks to join.
    const second = await recruiterPage(browser, server);
    await openWorkspace(second.page);
    await second.page.getByRole('tab', { name: '加入已有企业' }).click();
    await second.page.getByLabel('搜索企业名称').fill(name.slice(0, 10));
    await second.page.getByRole('button', { name: '搜索' }).click();
    const results = second.page.getByRole('list', { name: '搜索结果' });
    await results.getByRole('button', { name: `申请加入${name}` }).click();
    await visible(second.page.getByText('已发送加入申请，请等待企业管理员审核'));
    await visible(results.getByText('待审核'));
    const mine = second.page.getByRole('list', { name: '我的申请' }).getByRole('listitem').filter({ hasText: name });
    await visible(mine.getByText('待审核'));

    // The admin approves; both are members.
    await page.reload();
    const requests = page.getByRole('list', { name: '待审核的加入申请' });
    await requests.getByRole('button', { name: `通过${second.displayName}的加入申请` }).click();
    await visible(page.getByText('已通过，对方已加入企业'));
    await visible(page.getByText('目前没有待审核的加入申请。'));
    const members = page.getByRole('list', { name: '成员列表' }).getByRole('listitem');
    await expect.poll(() => members.count()).toBe(2);
    await visible(members.filter({ hasText: first.displayName }).getByText('管理员'));
    await visible(page.getByRole('combobox', { name: `${second.displayName}的角色` }));

    // The only admin cannot leave: the server's message is shown.
    await members.filter({ hasText: first.displayName }).getByRole('button', { name: '退出企业' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '退出企业' }).click();
    await visible(page.getByText('企业至少需要保留一名管理员。'));

    // The second recruiter now works for it, as a recruiter.
    await second.page.reload();
    await visible(second.page.getByRole('heading', { name, level: 3 }));
    await visible(second.page.getByText('你的身份：招聘者'));

    // An invitation by phone shows only the masked number.
    const invitee = randomPhone('139');
    const invite = page.getByRole('form', { name: '邀请招聘者' });
    await invite.getByLabel('手机号').fill(invitee);
    await invite.getByRole('button', { name: '发送邀请' }).click();
    await visible(page.getByText('邀请已发送'));
    const invitations = page.getByRole('list', { name: '待答复的邀请' });
    await visible(invitations.getByText(`${invitee.slice(0, 3)}****${invitee.slice(-4)}`));
    expect(await page.getByText(invitee).count()).toBe(0);

    // The public page carries the badge, and the job seeker's view links there.
    const id = (await (await page.request.get('/api/me/enterprise')).json()).membership.enterprise.id as number;
    await page.goto(`/enterprises/${id}`);
    await visible(page.getByRole('heading', { name, level: 2 }));
    await visible(page.getByText('✓ 已认证'));
    // A member sees no claim.
    expect(await page.getByRole('button', { name: '认领该企业' }).count()).toBe(0);

    admin = { cookies: first.cookies };
    await second.context.close();
    await first.context.close();
  });

  it('shows the operator’s reason after a rejection, and takes the documents again', async () => {
    const name = uniqueName('驳回测试');
    const { context, page } = await recruiterPage(browser, server);
    await createEnterprise(page, name);
    await sendLicence(page, { name: 'licence.pdf', mimeType: 'application/pdf', buffer: PDF });

    const reason = '营业执照照片不清晰，请上传清晰的扫描件。';
    const operator = await openReview(browser, server, name);
    await visible(operator.drawer.getByText('PDF，1 KB'));
    await operator.drawer.getByRole('button', { name: '驳回' }).click();
    const rejection = operator.drawer.getByRole('form', { name: '驳回申请' });
    await rejection.getByRole('button', { name: '确认驳回' }).click();
    await visible(rejection.getByText('请填写驳回理由'));
    await rejection.getByLabel('驳回理由').fill(reason);
    await rejection.getByRole('button', { name: '确认驳回' }).click();
    await visible(operator.page.getByText('已驳回该申请'));
    await operator.context.close();

    await page.reload();
    const certification = page.locator('.certification-card');
    await visible(certification.getByText('认证未通过', { exact: true }));
    await visible(certification.getByText(reason));
    // A disguised file is refused by content, with the server's message.
    const form = page.getByRole('form', { name: '提交认证材料' });
    await form.getByLabel('营业执照', { exact: true }).setInputFiles({ name: 'licence.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
    await form.getByRole('button', { name: '重新提交认证' }).click();
    await visible(form.getByText('文件类型不受支持（按文件内容判断，与文件名无关）。'));
    await sendLicence(page, { name: 'licence-clear.png', mimeType: 'image/png', buffer: PNG });
    await context.close();
  });

  it('lets a recruiter without an enterprise claim a listing from its public page', async () => {
    const name = uniqueName('认领测试');
    const owner = await recruiterPage(browser, server);
    await createEnterprise(owner.page, name);
    const id = (await (await owner.page.request.get('/api/me/enterprise')).json()).membership.enterprise.id as number;
    await owner.context.close();

    const claimant = await recruiterPage(browser, server);
    const { page } = claimant;
    await page.goto(`/enterprises/${id}`);
    await visible(page.getByRole('heading', { name, level: 2 }));
    await visible(page.getByText('尚未通过平台认证'));
    await page.getByRole('button', { name: '认领该企业' }).click();
    const form = page.getByRole('form', { name: '这是我的企业' });
    await form.getByLabel('统一社会信用代码').fill(creditCode());
    await form.getByLabel('营业执照', { exact: true }).setInputFiles({ name: 'licence.pdf', mimeType: 'application/pdf', buffer: PDF });
    await form.getByRole('button', { name: '提交认领' }).click();
    await visible(page.getByText('认领申请已提交，等待平台审核'));
    await visible(page.getByText('你对该企业的认领申请正在审核中。'));

    await openWorkspace(page);
    const mine = page.getByRole('list', { name: '我的申请' }).getByRole('listitem').filter({ hasText: name });
    await visible(mine.getByText('认领'));
    await visible(mine.getByText('待审核'));
    await claimant.context.close();
  });

  const shots: [string, BrowserContextOptions][] = [
    ['enterprise-workspace-desktop.png', { viewport: { width: 1280, height: 800 } }],
    ['enterprise-workspace-mobile.png', MOBILE],
  ];

  it.each(shots)('saves docs/screenshots/%s', async (file, options) => {
    expect(admin, 'the certification journey ran first').not.toBeNull();
    const context = await newContext(browser, server.baseUrl, options);
    await context.addCookies(admin?.cookies ?? []);
    const page = await context.newPage();
    await openWorkspace(page);
    await expect.poll(() => page.getByRole('list', { name: '成员列表' }).getByRole('listitem').count()).toBe(2);
    await visible(page.getByText('企业已通过平台认证。'));
    await page.evaluate('document.fonts.ready.then(() => true)');
    const target = path.join(SCREENSHOTS, file);
    await page.screenshot({ path: target, fullPage: true });
    expect(fs.statSync(target).size).toBeGreaterThan(10_000);
    await context.close();
  });
});
