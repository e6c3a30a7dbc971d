import { describe, expect, it } from 'vitest';
import { inventory } from '../../modules/index.js';
import type { PiColumn, TableDeclaration } from '../inventory.js';
import { escapeHtml } from './html.js';
import { categoryLabels, formatDuration, formatRetention, groupLabels } from './labels.js';
import { renderNotFoundPage, renderPage } from './page.js';
import { piItems, renderAll, renderDocument, type SiteFacts } from './render.js';

const site: SiteFacts = { operator: '示例运营有限公司', contactEmail: 'privacy@renhe.example', contactAddress: '示例市示例路 1 号', sessionDays: 30 };

/** A copy of the real inventory with changes, so each test states only what differs. */
function modified(change: (tables: TableDeclaration[]) => void): TableDeclaration[] {
  const copy = structuredClone(inventory);
  change(copy);
  return copy;
}

function piColumn(tables: TableDeclaration[], table: string, column: string): PiColumn {
  const col = tables.find((t) => t.table === table)?.columns[column];
  if (!col?.pi) throw new Error(`${table}.${column} is not a PI column`);
  return col;
}

const extra = (over: Partial<PiColumn>): PiColumn => ({
  pi: true,
  category: 'identity.id_number',
  sensitive: true,
  purposes: [{ zh: '实名认证', en: 'Identity verification' }],
  legalBasis: 'consent',
  feature: { zh: '实名认证', en: 'Identity verification' },
  necessary: false,
  retention: { duration: 'P0D', trigger: 'account_cancelled', action: 'shred' },
  visibleTo: ['self'],
  encrypted: true,
  thirdParties: [],
  ...over,
});

const hashes = (tables: TableDeclaration[], s: SiteFacts = site) => Object.fromEntries(renderAll(tables, s).map((d) => [`${d.document}/${d.locale}`, d.hash]));

describe('category labels', () => {
  it('has a zh and en label for every category and category group the inventory uses', () => {
    const categories = [...new Set(piItems(inventory).map((i) => i.col.category))];
    expect(categories.length).toBeGreaterThan(0);
    const missing = categories.filter((c) => !categoryLabels[c]?.zh || !categoryLabels[c]?.en);
    expect(missing, 'add these categories to categoryLabels in src/privacy/policy/labels.ts').toEqual([]);
    const groups = [...new Set(categories.map((c) => c.split('.')[0]!))];
    expect(
      groups.filter((g) => !groupLabels[g]),
      'add these groups to groupLabels',
    ).toEqual([]);
  });

  it('shows an unknown category by its raw code rather than hiding it', () => {
    const tables = modified((t) => {
      t[0]!.columns.mystery = extra({ category: 'novel.thing', sensitive: false });
    });
    const body = renderDocument('collected', tables, site, 'en').body;
    expect(body).toContain('novel.thing');
  });
});

describe('collected-information list', () => {
  it.each(['zh-CN', 'en'] as const)('lists every personal-information column of the inventory (%s)', (locale) => {
    const { body } = renderDocument('collected', inventory, site, locale);
    const items = piItems(inventory);
    expect(items.length).toBeGreaterThan(5);
    for (const i of items) {
      expect(body, `${i.table}.${i.column}`).toContain(`<code class="field">${i.table}.${i.column}</code>`);
      expect(body).toContain(escapeHtml(locale === 'en' ? categoryLabels[i.col.category]!.en : categoryLabels[i.col.category]!.zh));
      for (const p of i.col.purposes) expect(body).toContain(escapeHtml(locale === 'en' ? p.en : p.zh));
    }
    expect((body.match(/<tr[ >]/g) ?? []).length).toBe(items.length + 1);
  });

  it('shows no column that holds no personal information', () => {
    const { body } = renderDocument('collected', inventory, site, 'en');
    expect(body).not.toContain('users.role');
    expect(body).not.toContain('sessions.token_hash');
  });

  it('marks sensitive items in the list and in the policy, in both languages', () => {
    const tables = modified((t) => {
      t.find((x) => x.table === 'users')!.columns.id_number = extra({});
    });
    const zhList = renderDocument('collected', tables, site, 'zh-CN').body;
    const row = zhList.split('<tr').find((r) => r.includes('users.id_number'))!;
    expect(row).toContain('class="is-sensitive"');
    expect(row).toContain('<span class="badge sensitive">敏感个人信息</span>');
    const other = zhList.split('<tr').find((r) => r.includes('users.phone_enc'))!;
    expect(other).not.toContain('敏感个人信息');

    const enPolicy = renderDocument('policy', tables, site, 'en').body;
    expect(enPolicy).toMatch(
      /<li class="item is-sensitive">\s*<p class="item-head"><strong>Identity document number<\/strong>.*Sensitive personal information/,
    );
    expect(enPolicy).toContain('Sensitive items (1) are clearly marked');
  });

  it('says plainly when nothing sensitive is collected', () => {
    const plain = modified((t) => {
      for (const table of t) for (const c of Object.values(table.columns)) if (c.pi) c.sensitive = false;
    });
    expect(renderDocument('policy', plain, site, 'zh-CN').body).toContain('目前人和不收集任何敏感个人信息');
    expect(renderDocument('policy', plain, site, 'en').body).toContain('At present Renhe collects no sensitive personal information');
  });
});

describe('third-party sharing list', () => {
  it('says "none at present" when no column goes to a third party', () => {
    const none = modified((t) => {
      for (const table of t) for (const c of Object.values(table.columns)) if (c.pi) c.thirdParties = [];
    });
    expect(renderDocument('sharing', none, site, 'zh-CN').body).toMatch(/<tr class="none"><td colspan="4"><strong>目前没有。<\/strong>/);
    expect(renderDocument('sharing', none, site, 'en').body).toMatch(/<tr class="none"><td colspan="4"><strong>None at present\.<\/strong>/);
    expect(renderDocument('policy', none, site, 'zh-CN').body).toContain('目前我们没有委托任何第三方处理您的个人信息，也不向任何第三方提供您的个人信息。');
  });

  it('names each third party with the items it receives and why', () => {
    const shared = modified((t) => {
      piColumn(t, 'users', 'phone_enc').thirdParties = ['示例短信服务有限公司'];
    });
    const zh = renderDocument('sharing', shared, site, 'zh-CN').body;
    expect(zh).not.toContain('目前没有');
    const row = zh.split('<tr').find((r) => r.includes('示例短信服务有限公司'))!;
    expect(row).toContain('手机号码');
    expect(row).toContain('注册、登录与账号安全验证');
    expect(renderDocument('policy', shared, site, 'en').body).toContain('<strong>示例短信服务有限公司</strong>: Mobile number');
  });
});

describe('versions', () => {
  it('gives the same hashes for the same inventory and site', () => {
    expect(hashes(structuredClone(inventory))).toEqual(hashes(inventory));
    expect(new Set(Object.values(hashes(inventory))).size).toBe(6);
  });

  it('changes the policy and list hashes when a purpose changes, and only those', () => {
    const before = hashes(inventory);
    const after = hashes(
      modified((t) => {
        piColumn(t, 'users', 'city').purposes = [{ zh: '推荐所在城市的职位', en: 'Recommending jobs in your city' }];
      }),
    );
    for (const key of ['policy/zh-CN', 'policy/en', 'collected/zh-CN', 'collected/en']) expect(after[key], key).not.toBe(before[key]);
    expect(after['sharing/zh-CN']).toBe(before['sharing/zh-CN']);
    expect(after['sharing/en']).toBe(before['sharing/en']);
  });

  it('keeps every hash when only columns without personal information change', () => {
    const after = hashes(
      modified((t) => {
        t.find((x) => x.table === 'users')!.columns.last_login_at = { pi: false };
        t.push({ table: 'widgets', module: 'widgets', subjectColumn: null, columns: { id: { pi: false } } });
      }),
    );
    expect(after).toEqual(hashes(inventory));
  });

  it('changes the hash when the operator changes, since the policy names it', () => {
    expect(hashes(inventory, { ...site, operator: '另一家公司' })['policy/zh-CN']).not.toBe(hashes(inventory)['policy/zh-CN']);
  });

  it('leaves the version line out of the hashed body', () => {
    const doc = renderDocument('policy', inventory, site, 'zh-CN');
    const a = renderPage({
      locale: 'zh-CN',
      title: doc.title,
      current: 'policy',
      body: doc.body,
      version: { hash: doc.hash, publishedAt: new Date('2026-11-22T01:00:00Z') },
    });
    const b = renderPage({
      locale: 'zh-CN',
      title: doc.title,
      current: 'policy',
      body: doc.body,
      version: { hash: doc.hash, publishedAt: new Date('2027-01-05T01:00:00Z') },
    });
    expect(a).toContain('2026年11月22日');
    expect(b).toContain('2027年1月5日');
    expect(a).toContain(doc.body);
    expect(b).toContain(doc.body);
    expect(doc.body).not.toContain(doc.hash);
  });
});

describe('escaping', () => {
  it('escapes text from the inventory and from configuration', () => {
    const hostile = modified((t) => {
      piColumn(t, 'users', 'gender').purposes = [{ zh: '<script>alert(1)</script> & "引号"', en: '<img src=x onerror=alert(1)>' }];
      piColumn(t, 'users', 'phone_enc').thirdParties = ['<b>Acme</b> & Co'];
    });
    const evil = { ...site, operator: 'Evil "Corp" <i>', contactEmail: 'a"onmouseover="x@e.example' };
    for (const d of renderAll(hostile, evil)) {
      expect(d.body, `${d.document}/${d.locale}`).not.toMatch(/<script|<img|<b>|<i>|"onmouseover/);
    }
    const zh = renderDocument('collected', hostile, evil, 'zh-CN').body;
    expect(zh).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;');
    expect(renderDocument('sharing', hostile, evil, 'en').body).toContain('&lt;b&gt;Acme&lt;/b&gt; &amp; Co');
    expect(renderDocument('policy', hostile, evil, 'en').body).toContain('Evil &quot;Corp&quot; &lt;i&gt;');
    expect(renderPage({ locale: 'en', title: '</title><script>', current: null, body: '' })).toContain('&lt;/title&gt;&lt;script&gt;');
  });
});

describe('the policy', () => {
  it.each([
    [
      'zh-CN',
      [
        'renhe_session',
        'renhe_csrf',
        'localStorage',
        '/account',
        '/privacy-centre',
        '15 个工作日',
        '16 周岁',
        '14 周岁',
        '网信部门',
        '中华人民共和国境内',
        '账号注销时删除',
        '非必要',
        '不会影响您使用基本功能',
        site.operator,
        site.contactEmail,
        site.contactAddress,
        'AES-256-GCM',
        '审计',
      ],
    ],
    [
      'en',
      [
        'renhe_session',
        'renhe_csrf',
        'local storage',
        '/account',
        '/privacy-centre',
        '15 working days',
        'at least 16',
        'under 14',
        'cyberspace administration',
        'mainland China',
        'deleted when the account is cancelled',
        'Optional',
        'never stops you using the basic functions',
        site.operator,
        site.contactEmail,
        'AES-256-GCM',
        'audit',
      ],
    ],
  ] as const)('covers what a Chinese privacy policy must say (%s)', (locale, phrases) => {
    const { body } = renderDocument('policy', inventory, site, locale);
    for (const p of phrases) expect(body, p).toContain(escapeHtml(p));
    const ids = [...body.matchAll(/<section id="([a-z]+)">\s*<h2><span class="num">(\d+)\.<\/span>/g)].map((m) => `${m[2]}:${m[1]}`);
    expect(ids).toEqual(['1:operator', '2:collect', '3:cookies', '4:sharing', '5:storage', '6:security', '7:rights', '8:minors', '9:changes', '10:complaints']);
    for (const id of ids) expect(body).toContain(`href="#${id.split(':')[1]}"`);
  });

  it('gives each feature one numbered heading and names every encrypted item under protection', () => {
    const { body } = renderDocument('policy', inventory, site, 'en');
    const features = [...new Set(piItems(inventory).map((i) => i.col.feature.en))];
    const headings = [...body.matchAll(/<h3><span class="num">2\.(\d+)<\/span> ([^<]+)<\/h3>/g)];
    expect(headings.map((m) => m[2])).toEqual(features.map(escapeHtml));
    expect(headings.map((m) => Number(m[1]))).toEqual(features.map((_, i) => i + 1));
    const security = body.slice(body.indexOf('<section id="security">'), body.indexOf('<section id="rights">'));
    const encrypted = piItems(inventory).filter((i) => i.col.encrypted);
    expect(encrypted.length).toBeGreaterThan(0);
    expect(security).toContain('<strong>Field encryption: </strong>these items are stored encrypted with AES-256-GCM: ');
    for (const i of encrypted) expect(security).toContain(escapeHtml(categoryLabels[i.col.category]?.en ?? i.col.category));
  });

  it('links the three documents to each other in the same language', () => {
    const en = renderAll(inventory, site).filter((d) => d.locale === 'en');
    expect(en.find((d) => d.document === 'policy')!.body).toContain('href="/privacy/collected?lang=en"');
    expect(en.find((d) => d.document === 'policy')!.body).toContain('href="/privacy/sharing?lang=en"');
    expect(en.find((d) => d.document === 'collected')!.body).toContain('href="/privacy?lang=en"');
    expect(en.find((d) => d.document === 'sharing')!.body).toContain('href="/privacy?lang=en"');
  });
});

describe('page', () => {
  it('is self-contained: inline style, no script, no external resource, with a language switch and menu', () => {
    const doc = renderDocument('collected', inventory, site, 'zh-CN');
    const page = renderPage({ locale: 'zh-CN', title: doc.title, current: 'collected', body: doc.body, version: { hash: doc.hash, publishedAt: new Date() } });
    expect(page).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(page).toContain('<style>');
    expect(page).not.toMatch(/<script|<link|src="http|@import|url\(/i);
    expect(page).toContain('<a class="lang" href="?lang=en" hreflang="en" lang="en">English</a>');
    expect(page).toContain('<a href="/privacy/collected?lang=zh-CN" aria-current="page">收集清单</a>');
    expect(page).toContain(`<code>${doc.hash}</code>`);
    expect(page).toContain('name="viewport"');
  });

  it('renders a not-found page in the requested language', () => {
    expect(renderNotFoundPage('en')).toContain('Version not found');
    expect(renderNotFoundPage('zh-CN')).toContain('找不到这个版本');
  });
});

describe('retention wording', () => {
  it.each([
    [{ duration: 'P0D', trigger: 'account_cancelled', action: 'delete' }, '账号注销时删除', 'deleted when the account is cancelled'],
    [{ duration: 'P1D', trigger: 'created', action: 'delete' }, '产生 1 天后删除', 'deleted 1 day after it is created'],
    [{ duration: 'PT5M', trigger: 'created', action: 'delete' }, '产生 5 分钟后删除', 'deleted 5 minutes after it is created'],
    [{ duration: 'P0D', trigger: 'expired', action: 'delete' }, '失效时删除', 'deleted when it expires'],
    [{ duration: 'P6M', trigger: 'last_used', action: 'anonymise' }, '最后一次使用 6 个月后匿名化', 'anonymised 6 months after it was last used'],
    [
      { duration: 'P1Y6M', trigger: 'purpose_fulfilled', action: 'shred' },
      '处理目的实现 1 年 6 个月后销毁（删除密钥，不可恢复）',
      'shredded (its key destroyed) 1 year 6 months after its purpose is fulfilled',
    ],
  ] as const)('%o', (rule, zh, en) => {
    expect(formatRetention(rule, 'zh-CN')).toBe(zh);
    expect(formatRetention(rule, 'en')).toBe(en);
  });

  it('falls back to the raw text for a duration it cannot read', () => {
    expect(formatDuration('P1.5D', 'en')).toBe('P1.5D');
    expect(formatDuration('PT', 'zh-CN')).toBe('PT');
    expect(formatDuration('P2W', 'en')).toBe('2 weeks');
  });
});
