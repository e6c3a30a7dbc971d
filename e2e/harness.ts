/**
 * Browser-test harness: builds the web app when needed, runs the real platform as a child process
 * on a free port with a throw-away data folder (and database), and launches headless Chromium.
 */
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Locator, type Page } from 'playwright-core';
import { creditCodeCheckCharacter } from '../src/modules/enterprises/credit-code.js';
import { type Db, openDatabase } from '../src/platform/db/index.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM_PATH);

if (!hasChromium) {
  console.warn(`e2e: ${CHROMIUM_PATH} not found, browser tests are skipped. Install it with: apt-get install -y chromium fonts-wqy-microhei`);
}

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
  /**
   * Stops the server, opens its database (the embedded one can only be opened by one process at a
   * time), runs `inspect`, and starts the server again on the same data and port.
   */
  whileStopped<T>(inspect: (db: Db) => Promise<T>): Promise<T>;
}

/** An operator account; the web app offers no way to become one, only the command line does. */
export interface OperatorAccount {
  phone: string;
  password: string;
  name?: string;
}

export interface StartOptions {
  /** Operator accounts to create before the server starts. */
  operators?: OperatorAccount[];
  /** Extra environment for the server (e.g. RETENTION_INTERVAL_MINUTES). */
  env?: Record<string, string>;
}

const execFileAsync = promisify(execFile);

/**
 * Creates an operator with the real command line (`renhe admin create`) against the data folder and
 * database in `env`. The embedded database (PGlite) admits one process at a time, so with it this
 * must run while the server is stopped; startServer's `operators` option does it before the start.
 */
export async function createOperator(env: NodeJS.ProcessEnv, operator: OperatorAccount): Promise<void> {
  const args = ['bin/renhe.mjs', 'admin', 'create', '--phone', operator.phone, '--password', operator.password];
  if (operator.name) args.push('--name', operator.name);
  try {
    await execFileAsync(process.execPath, args, { cwd: ROOT, env });
  } catch (err) {
    const detail = (err as { stderr?: string }).stderr || (err as Error).message;
    throw new Error(`renhe admin create failed for ${operator.phone}: ${detail}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Builds web/dist when it is missing or older than the web sources (the same check `npm start` makes). */
export function ensureWebBuilt() {
  // Vitest sets NODE_ENV=test, which would otherwise give a development build of React.
  const result = spawnSync('node', ['scripts/ensure-web.mjs'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error('building the web app failed');
}

/** A fresh database on TEST_DATABASE_URL's server, dropped again by the returned function. */
async function createTestDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `renhe_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name}`);
      } finally {
        await client.end();
      }
    },
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not become healthy within ${timeoutMs / 1000} s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    const pid = child.pid;
    const force = setTimeout(() => {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    process.kill(pid, 'SIGTERM');
  });
}

/**
 * Starts `node bin/renhe.mjs start` on a free port with its own data folder and database, after
 * creating the operators asked for in them.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  ensureWebBuilt();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renhe-e2e-'));
  const database = process.env.TEST_DATABASE_URL ? await createTestDatabase(process.env.TEST_DATABASE_URL) : null;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Not production: the session cookies must work over plain http on 127.0.0.1.
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SMS_DAILY_PER_IP: '1000',
    SMS_RESEND_SECONDS: '0',
    ...options.env,
  };
  delete env.DATABASE_URL;
  if (database) env.DATABASE_URL = database.url;

  try {
    for (const operator of options.operators ?? []) await createOperator(env, operator);
  } catch (err) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
    throw err;
  }

  let log = '';
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  let child: ChildProcess | undefined;
  const killOnExit = () => {
    if (child?.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGKILL');
  };
  process.once('exit', killOnExit);
  const baseUrl = `http://127.0.0.1:${port}`;
  const launch = async () => {
    const started = spawn(process.execPath, ['bin/renhe.mjs', 'start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    started.stdout?.on('data', collect);
    started.stderr?.on('data', collect);
    child = started;
    await waitForHealth(baseUrl, started, () => log);
  };

  const cleanUp = async () => {
    if (child) await stopChild(child);
    process.removeListener('exit', killOnExit);
    fs.rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  };

  try {
    await launch();
  } catch (err) {
    await cleanUp();
    throw err;
  }
  return {
    baseUrl,
    stop: cleanUp,
    async whileStopped(inspect) {
      if (child) await stopChild(child);
      const handle = await openDatabase(database ? { databaseUrl: database.url, poolSize: 2 } : { pgliteDir: path.join(dataDir, 'pglite') });
      try {
        return await inspect(handle.db);
      } finally {
        await handle.close();
        await launch();
      }
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A context the way a visitor in mainland China would arrive: Chinese browser, Beijing time. */
export function newContext(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 800 }, ...options });
}

/** An unused-looking mainland mobile number: the prefix (137 unless given) plus eight random digits. */
export function randomPhone(prefix = '137'): string {
  return `${prefix}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/** Waits until the locator is visible (fails the test with Playwright's message after the timeout). */
export async function visible(locator: Locator, timeout = 30_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator;
}

/** Reads the 6-digit code from the development SMS outbox panel on the sign-in page. */
export async function readCodeFromOutbox(page: Page): Promise<string> {
  const panel = page.getByRole('region', { name: '开发环境短信收件箱' });
  const message = panel.getByText(/验证码是 \d{6}/);
  await visible(message);
  const text = (await message.textContent()) ?? '';
  const code = /验证码是 (\d{6})/.exec(text)?.[1];
  if (!code) throw new Error(`no code in the outbox text: ${text}`);
  return code;
}

/** Creates an account through the API from Node and returns its session cookies, ready for a browser context. */
export async function signUpViaApi(baseUrl: string, input: { phone: string; displayName: string; birthDate?: string; role?: 'seeker' | 'recruiter' }) {
  const post = async (url: string, body: unknown) => {
    const res = await fetch(`${baseUrl}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
    return res;
  };
  await post('/api/auth/sms-code', { phone: input.phone });
  const outbox = (await (await post('/api/dev/sms-outbox', { phone: input.phone })).json()) as { messages: { body: string }[] };
  const code = /(\d{6})/.exec(outbox.messages[0]?.body ?? '')?.[1];
  if (!code) throw new Error('no code in the development outbox');
  const res = await post('/api/auth/register', {
    phone: input.phone,
    code,
    role: input.role ?? 'seeker',
    displayName: input.displayName,
    birthDate: input.birthDate ?? '1990-01-01',
    acceptTerms: true,
  });
  return sessionCookies(baseUrl, res);
}

/** Signs in with a password through the API from Node and returns the session cookies for a browser context. */
export async function signInViaApi(baseUrl: string, input: { phone: string; password: string }) {
  const res = await fetch(`${baseUrl}/api/auth/login/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (!res.ok) throw new Error(`/api/auth/login/password answered ${res.status}: ${await res.text()}`);
  return sessionCookies(baseUrl, res);
}

function sessionCookies(baseUrl: string, res: Response) {
  return res.headers.getSetCookie().map((header) => {
    const [pair = ''] = header.split(';');
    const eq = pair.indexOf('=');
    return { name: pair.slice(0, eq), value: decodeURIComponent(pair.slice(eq + 1)), url: baseUrl };
  });
}

/** A signed-out visitor opening a signed-in-only page lands on sign-in, with the page to return to. */
export async function expectSignInFirst(browser: Browser, server: RunningServer, path: string): Promise<void> {
  const context = await newContext(browser, server.baseUrl);
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === path);
  await visible(page.getByRole('tab', { name: '验证码登录/注册' }));
  await visible(page.getByRole('tab', { name: '密码登录' }));
  await context.close();
}

export const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
export const MOBILE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

/** A new person, signed up through the API, in a browser context of their own. */
export async function signedUpPage(
  browser: Browser,
  server: RunningServer,
  who: { namePrefix: string; role?: 'seeker' | 'recruiter'; phonePrefix?: string; options?: BrowserContextOptions },
) {
  const phone = randomPhone(who.phonePrefix);
  const displayName = `${who.namePrefix}${phone.slice(-4)}`;
  const cookies = await signUpViaApi(server.baseUrl, { phone, displayName, ...(who.role ? { role: who.role } : {}) });
  const context = await newContext(browser, server.baseUrl, who.options ?? {});
  await context.addCookies(cookies);
  const page = await context.newPage();
  return { context, page, phone, displayName, cookies };
}

/**
 * Opens the user menu in the header and picks an item, then waits for `path`. A click that lands
 * while the dropdown is still animating open on a loaded machine can miss; the menu is then
 * opened and the item picked again (at most three times) before the test fails.
 */
export async function pickFromUserMenu(page: Page, displayName: string, item: string, path: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const menu = page.getByRole('menuitem', { name: item });
    if (!(await menu.isVisible())) await page.getByRole('banner').getByRole('button', { name: displayName }).click();
    await menu.click();
    try {
      await page.waitForURL((url) => url.pathname === path, { timeout: 10_000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

const CODE_SYMBOLS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A random unified social credit code with a valid GB 32100 check character (`region`: its first 8 characters). */
export function randomCreditCode(region = '91330106'): string {
  let first17 = region;
  while (first17.length < 17) first17 += CODE_SYMBOLS[randomInt(0, CODE_SYMBOLS.length)];
  return first17 + creditCodeCheckCharacter(first17);
}
