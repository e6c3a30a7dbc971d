import { createHash } from 'node:crypto';
import type { Locale } from '../../platform/errors.js';
import type { PiColumn, TableDeclaration, Text } from '../inventory.js';
import { type Html, html } from './html.js';
import { categoryLabel, formatRetention, groupLabel, legalBasisLabels, pick, viewerLabels } from './labels.js';
import type { PolicyDocument } from './tables.js';

/** What the policy needs to know about the site beyond the inventory; all of it comes from configuration. */
export interface SiteFacts {
  operator: string;
  contactEmail: string;
  contactAddress: string;
  sessionDays: number;
}

export interface RenderedDocument {
  document: PolicyDocument;
  locale: Locale;
  title: string;
  /** The versioned part of the page: everything except the surrounding navigation and the version line. */
  body: string;
  hash: string;
}

export const documents: readonly PolicyDocument[] = ['policy', 'collected', 'sharing'];
export const policyLocales: readonly Locale[] = ['zh-CN', 'en'];

export const documentPaths: Record<PolicyDocument, string> = {
  policy: '/privacy',
  collected: '/privacy/collected',
  sharing: '/privacy/sharing',
};

export const documentTitles: Record<PolicyDocument, Text> = {
  policy: { zh: '人和隐私政策', en: 'Renhe Privacy Policy' },
  collected: { zh: '个人信息收集清单', en: 'List of Personal Information Collected' },
  sharing: { zh: '第三方共享清单', en: 'List of Third-Party Sharing' },
};

/** Version id of a rendering: the first 16 hex digits of the SHA-256 of its body. */
export function hashBody(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 16);
}

export function renderDocument(document: PolicyDocument, inventory: TableDeclaration[], site: SiteFacts, locale: Locale): RenderedDocument {
  const items = piItems(inventory);
  const t = (zh: string, en: string) => (locale === 'en' ? en : zh);
  const body = (document === 'policy' ? policyBody : document === 'collected' ? collectedBody : sharingBody)({ items, site, locale, t }).value;
  return { document, locale, title: pick(documentTitles[document], locale), body, hash: hashBody(body) };
}

/** Every document in every language, in a fixed order. */
export function renderAll(inventory: TableDeclaration[], site: SiteFacts): RenderedDocument[] {
  return policyLocales.flatMap((locale) => documents.map((d) => renderDocument(d, inventory, site, locale)));
}

// ---------- reading the inventory ----------

export interface PiItem {
  table: string;
  column: string;
  col: PiColumn;
}

export function piItems(inventory: TableDeclaration[]): PiItem[] {
  return inventory.flatMap((t) => Object.entries(t.columns).flatMap(([column, col]) => (col.pi ? [{ table: t.table, column, col }] : [])));
}

/** Groups keeping first-seen order. */
function groupBy<T>(list: T[], key: (x: T) => string): [string, T[]][] {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const bucket = out.get(k);
    if (bucket) bucket.push(x);
    else out.set(k, [x]);
  }
  return [...out.entries()];
}

const unique = (xs: string[]) => [...new Set(xs)];
/** Table cells start with a capital in English; zh text is unaffected. */
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface RenderCtx {
  items: PiItem[];
  site: SiteFacts;
  locale: Locale;
  t: (zh: string, en: string) => string;
}

const lang = (locale: Locale) => (locale === 'en' ? '?lang=en' : '?lang=zh-CN');
const list = (parts: string[], locale: Locale) => parts.join(locale === 'en' ? ', ' : '、');
const sentenceList = (parts: string[], locale: Locale) => parts.join(locale === 'en' ? '; ' : '；');

function badges({ t }: RenderCtx, x: { necessary: boolean; sensitive: boolean; encrypted: boolean }): Html {
  return html`<span class="badge ${x.necessary ? 'necessary' : 'optional'}">${x.necessary ? t('必要', 'Necessary') : t('非必要', 'Optional')}</span>${
    x.sensitive ? html` <span class="badge sensitive">${t('敏感个人信息', 'Sensitive personal information')}</span>` : ''
  }${x.encrypted ? html` <span class="badge encrypted">${t('加密存储', 'Encrypted')}</span>` : ''}`;
}

// ---------- the policy ----------

function policyBody(c: RenderCtx): Html {
  const { t, locale, site, items } = c;
  const sections: [string, string, Html][] = [
    ['operator', t('我们是谁，如何联系我们', 'Who we are and how to reach us'), operatorSection(c)],
    ['collect', t('我们收集哪些个人信息，用于什么目的', 'What we collect and why'), collectSection(c)],
    ['cookies', t('Cookie 和同类技术', 'Cookies and similar technologies'), cookiesSection(c)],
    ['sharing', t('委托处理、共享、转让和公开披露', 'Entrusted processing, sharing, transfer and public disclosure'), sharingSection(c)],
    ['storage', t('存储地点和保存期限', 'Where we keep it and for how long'), storageSection(c)],
    ['security', t('我们如何保护您的个人信息', 'How we protect it'), securitySection(c)],
    ['rights', t('您的权利', 'Your rights'), rightsSection(c)],
    ['minors', t('未成年人', 'Minors'), minorsSection(c)],
    ['changes', t('本政策如何更新', 'How this policy changes'), changesSection(c)],
    ['complaints', t('投诉与举报', 'Complaints'), complaintsSection(c)],
  ];
  const sensitiveCount = items.filter((i) => i.col.sensitive).length;
  const parties = unique(items.flatMap((i) => i.col.thirdParties));
  return html`<article class="doc">
<h1>${t('人和隐私政策', 'Renhe Privacy Policy')}</h1>
<p class="lead">${t(
    `本政策说明${site.operator}（以下简称“我们”）在运营人和平台（以下简称“人和”）时如何处理您的个人信息。下文列出的每一项信息、用途、保存期限和接收方，都由人和代码中的个人信息清单直接生成，与系统的实际行为一致。`,
    `This policy explains how ${site.operator} ("we") handles your personal information when running the Renhe platform ("Renhe"). Every item, purpose, retention period and recipient below is generated directly from the personal-information inventory in Renhe's code, so it matches what the system actually does.`,
  )}</p>
<aside class="summary" aria-label="${t('要点', 'In short')}">
<h2>${t('要点', 'In short')}</h2>
<ul>
<li>${t('只浏览职位、企业等公开页面时，我们不收集您的个人信息，也不设置任何 Cookie。', 'If you only browse public pages such as jobs and employers, we collect no personal information and set no cookie.')}</li>
<li>${t('我们只为列明的目的处理列明的信息。拒绝提供非必要信息不会影响您使用基本功能。', 'We process only the items listed, only for the purposes given. Refusing an optional item never stops you using the basic functions.')}</li>
<li>${
    sensitiveCount
      ? t(
          `敏感个人信息（共 ${sensitiveCount} 项）均有醒目标注，并在收集时单独征得您的同意。`,
          `Sensitive items (${sensitiveCount}) are clearly marked, and we ask for your separate consent when we collect them.`,
        )
      : t('目前人和不收集任何敏感个人信息。', 'At present Renhe collects no sensitive personal information.')
  }</li>
<li>${
    parties.length
      ? t(
          `目前有 ${parties.length} 个第三方接收部分信息，详见《第三方共享清单》。`,
          `At present ${parties.length} third parties receive some items; see the third-party sharing list.`,
        )
      : t('目前我们不向任何第三方提供您的个人信息。', 'At present we give your personal information to no third party.')
  }</li>
<li>${t('您的个人信息存储在中国境内，不向境外提供。', 'Your personal information is stored in mainland China and is not sent abroad.')}</li>
<li>${t('您可以在“账号”和“隐私中心”页面自助行使权利，其他请求我们在 15 个工作日内答复。', 'You can exercise your rights yourself on the Account and Privacy centre pages; we answer other requests within 15 working days.')}</li>
</ul>
</aside>
<nav class="toc" aria-label="${t('目录', 'Contents')}">
<h2>${t('目录', 'Contents')}</h2>
<ol>${sections.map(([id, title]) => html`<li><a href="#${id}">${title}</a></li>`)}</ol>
<p>${t('附：', 'Annexes: ')}<a href="/privacy/collected${lang(locale)}">${t('个人信息收集清单', 'List of personal information collected')}</a>${t('、', ', ')}<a href="/privacy/sharing${lang(locale)}">${t('第三方共享清单', 'List of third-party sharing')}</a></p>
</nav>
${sections.map(
  ([id, title, content], i) => html`<section id="${id}">
<h2><span class="num">${i + 1}.</span> ${title}</h2>
${content}
</section>
`,
)}</article>`;
}

function operatorSection({ t, site }: RenderCtx): Html {
  return html`<p>${t(`人和由${site.operator}运营。${site.operator}是您个人信息的处理者，对其处理活动负责。`, `Renhe is run by ${site.operator}, which is the handler of your personal information and answers for how it is processed.`)}</p>
<dl class="facts">
<dt>${t('运营方', 'Operator')}</dt><dd>${site.operator}</dd>
<dt>${t('个人信息保护联系邮箱', 'Privacy contact e-mail')}</dt><dd><a href="mailto:${site.contactEmail}">${site.contactEmail}</a></dd>
<dt>${t('通讯地址', 'Postal address')}</dt><dd>${site.contactAddress}</dd>
</dl>
<p>${t('关于本政策或您的个人信息的任何问题、请求或投诉，都可以通过上述邮箱或地址联系我们。我们会在核实您的身份后 15 个工作日内答复。', 'Write to the e-mail or postal address above with any question, request or complaint about this policy or your personal information. We answer within 15 working days of confirming who you are.')}</p>`;
}

function collectSection(c: RenderCtx): Html {
  const { t, locale, items } = c;
  const features = groupBy(items, (i) => `${i.col.feature.zh}\u0000${i.col.feature.en}`);
  const sensitive = items.some((i) => i.col.sensitive);
  return html`<p>${t('只浏览职位、企业等公开页面时，我们不收集任何个人信息。只有在您使用下列功能时，我们才处理该功能需要的信息。', 'While you only browse public pages such as jobs and employers, we collect no personal information. Only when you use one of the features below do we process the items that feature needs.')}</p>
<p>${t('每项信息都标明对该功能是否必要。', 'Each item says whether its feature needs it. ')}<strong>${t('拒绝提供非必要信息不会影响您使用基本功能，', 'Refusing an optional item never stops you using the basic functions; ')}</strong>${t('只是与该信息相关的可选功能无法使用。', 'only the optional part that relies on it will be unavailable.')}</p>
<p>${
    sensitive
      ? html`${t('标有', 'Items marked ')}<span class="badge sensitive">${t('敏感个人信息', 'Sensitive personal information')}</span>${t(
          '的信息一旦泄露或被非法使用，容易导致人格尊严受损或人身、财产安全受到危害。我们只在有特定目的和充分必要性时处理这类信息，并在收集前单独征得您的同意。',
          ' could, if leaked or misused, harm your dignity or put your safety or property at risk. We process them only for a specific purpose when truly needed, and ask for your separate consent before collecting them.',
        )}`
      : t(
          '目前人和不收集任何敏感个人信息（如身份证件号码、人脸、银行卡号、精确位置或不满 14 周岁未成年人的信息）。',
          'At present Renhe collects no sensitive personal information (such as ID numbers, facial data, bank card numbers, precise location or information about children under 14).',
        )
  }</p>
${
  features.length === 0
    ? html`<p>${t('目前人和不处理任何个人信息。', 'At present Renhe processes no personal information.')}</p>`
    : features.map(([, group], fi) => {
        const byCategory = groupBy(group, (i) => i.col.category);
        return html`<h3><span class="num">2.${fi + 1}</span> ${pick(group[0]!.col.feature, locale)}</h3>
<ul class="items">${byCategory.map(([category, cols]) => {
          const agg = {
            necessary: cols.some((x) => x.col.necessary),
            sensitive: cols.some((x) => x.col.sensitive),
            encrypted: cols.every((x) => x.col.encrypted),
          };
          const purposes = unique(cols.flatMap((x) => x.col.purposes.map((p) => pick(p, locale))));
          const bases = unique(cols.map((x) => pick(legalBasisLabels[x.col.legalBasis], locale)));
          const retention = unique(cols.map((x) => formatRetention(x.col.retention, locale)));
          const viewers = unique(cols.flatMap((x) => x.col.visibleTo.map((v) => pick(viewerLabels[v], locale))));
          return html`
<li class="item${agg.sensitive ? ' is-sensitive' : ''}">
<p class="item-head"><strong>${categoryLabel(category, locale)}</strong> ${badges(c, agg)}</p>
<p>${t('用途：', 'Purpose: ')}${sentenceList(purposes, locale)}</p>
<p class="meta">${t('法律依据：', 'Legal basis: ')}${sentenceList(bases, locale)}<br>${t('保存期限：', 'Kept: ')}${sentenceList(retention, locale)}<br>${t('可见范围：', 'Visible to: ')}${
            viewers.length ? list(viewers, locale) : t('任何人都无法直接读取', 'no one can read it directly')
          }</p>
</li>`;
        })}
</ul>`;
      })
}
<p>${t('逐项的完整列表（包括每项信息存储在哪个数据字段）见', 'The full item-by-item list, including the data field each item is stored in, is in the ')}<a href="/privacy/collected${lang(locale)}">${t('《个人信息收集清单》', 'list of personal information collected')}</a>${t('。', '.')}</p>`;
}

function cookiesSection({ t, site }: RenderCtx): Html {
  return html`<p>${t('只浏览公开页面时，人和不会在您的浏览器中设置任何 Cookie。您登录后，我们只设置以下两个 Cookie。二者都是登录功能所必需的，不用于广告或跨站跟踪：', 'While you only browse public pages, Renhe sets no cookie in your browser. Once you sign in, we set only the two cookies below. Both are needed for signing in; neither is used for advertising or cross-site tracking:')}</p>
<table class="grid">
<thead><tr><th scope="col">${t('名称', 'Name')}</th><th scope="col">${t('用途', 'Purpose')}</th><th scope="col">${t('有效期', 'Lifetime')}</th></tr></thead>
<tbody>
<tr><td data-label="${t('名称', 'Name')}"><code>renhe_session</code></td><td data-label="${t('用途', 'Purpose')}">${t('保持您的登录状态。内容是一个随机令牌，服务器只保存它的密钥散列；网页脚本无法读取它（HttpOnly）。', 'Keeps you signed in. It holds a random token of which the server stores only a keyed hash; page scripts cannot read it (HttpOnly).')}</td><td data-label="${t('有效期', 'Lifetime')}">${t(`退出登录时清除，最长 ${site.sessionDays} 天`, `Removed when you sign out; at most ${site.sessionDays} days`)}</td></tr>
<tr><td data-label="${t('名称', 'Name')}"><code>renhe_csrf</code></td><td data-label="${t('用途', 'Purpose')}">${t('防止其他网站借用您的登录状态提交请求（跨站请求伪造防护）。', 'Stops other websites from sending requests in your name (protection against cross-site request forgery).')}</td><td data-label="${t('有效期', 'Lifetime')}">${t('与 renhe_session 相同', 'Same as renhe_session')}</td></tr>
</tbody>
</table>
<p>${t('您选择的界面语言保存在浏览器的本地存储（localStorage）中，只留在您的设备上，用于下次以同一语言显示页面。', 'The interface language you choose is kept in your browser\u2019s local storage. It stays on your device and only serves to show pages in the same language next time.')}</p>
<p>${t('我们不使用第三方 Cookie、统计分析工具或广告追踪技术。您可以在浏览器设置中删除 Cookie，删除后需要重新登录。', 'We use no third-party cookies, analytics or advertising trackers. You can delete cookies in your browser settings; you will then need to sign in again.')}</p>`;
}

interface ThirdParty {
  name: string;
  items: PiItem[];
}

function thirdParties(items: PiItem[]): ThirdParty[] {
  const names = unique(items.flatMap((i) => i.col.thirdParties));
  return names.map((name) => ({ name, items: items.filter((i) => i.col.thirdParties.includes(name)) }));
}

function labelsOf(items: PiItem[], locale: Locale): string[] {
  return unique(items.map((i) => categoryLabel(i.col.category, locale)));
}

function sharingSection({ t, locale, items }: RenderCtx): Html {
  const parties = thirdParties(items);
  const toEmployers = items.filter((i) => i.col.visibleTo.includes('enterprise_after_disclosure'));
  const toPublic = items.filter((i) => i.col.visibleTo.includes('public'));
  return html`<h3><span class="num">4.1</span> ${t('委托处理和向第三方提供', 'Entrusted processing and providing to third parties')}</h3>
${
  parties.length === 0
    ? html`<p><strong>${t('目前我们没有委托任何第三方处理您的个人信息，也不向任何第三方提供您的个人信息。', 'At present we entrust no third party with processing your personal information, and we give it to no third party.')}</strong></p>`
    : html`<p>${t('目前下列第三方会接收部分个人信息，且仅用于所列目的：', 'At present the third parties below receive some items, only for the purposes given:')}</p>
<ul>${parties.map(
        (p) =>
          html`<li><strong>${p.name}</strong>${t('：', ': ')}${list(labelsOf(p.items, locale), locale)}${t('（', ' (')}${sentenceList(
            unique(p.items.flatMap((i) => i.col.purposes.map((x) => pick(x, locale)))),
            locale,
          )}${t('）', ')')}</li>`,
      )}</ul>`
}
<p>${t('任何新的第三方接收您的信息之前，我们都会先更新本政策和', 'Before any new third party receives your information, we will first update this policy and the ')}<a href="/privacy/sharing${lang(locale)}">${t('《第三方共享清单》', 'third-party sharing list')}</a>${t('，并依法单独征得您的同意。受托方只能按我们的约定处理，不得另作他用。', ' and, as the law requires, ask for your separate consent. Anyone processing on our behalf may do so only as agreed with us, for nothing else.')}</p>
<h3><span class="num">4.2</span> ${t('招聘企业', 'Employers')}</h3>
${
  toEmployers.length
    ? html`<p>${t('当您向某家企业投递简历或主动同意向其公开时，该企业的招聘人员可以看到：', 'When you apply to an employer or agree to share with it, that employer\u2019s recruiters can see: ')}${list(labelsOf(toEmployers, locale), locale)}${t(
        '。企业只能看到您投递或同意公开的内容；每次查看都会被记录，您可以在隐私中心看到谁在何时查看了哪些信息。',
        '. They see only what you applied with or agreed to share; every view is recorded, and the Privacy centre shows you who looked at what, and when.',
      )}</p>`
    : html`<p>${t('目前招聘企业看不到您的任何个人信息。', 'At present employers cannot see any of your personal information.')}</p>`
}
${
  toPublic.length
    ? html`<p>${t('以下信息会向所有访问者公开显示：', 'The following items are shown publicly to anyone: ')}${list(labelsOf(toPublic, locale), locale)}${t('。', '.')}</p>`
    : ''
}
<h3><span class="num">4.3</span> ${t('转让', 'Transfer')}</h3>
<p>${t('如因合并、分立、解散、被宣告破产等原因需要转移个人信息，我们会告知您接收方的名称和联系方式，并要求接收方继续履行本政策规定的义务。接收方变更原先的处理目的或处理方式的，会重新征得您的同意。', 'If personal information has to move because of a merger, division, dissolution or bankruptcy, we will tell you the name and contact details of the recipient and bind it to the obligations of this policy. A recipient that wants to change the purpose or way of processing must ask for your consent again.')}</p>
<h3><span class="num">4.4</span> ${t('公开披露', 'Public disclosure')}</h3>
<p>${toPublic.length ? t('除上文所述公开显示的内容外，', 'Apart from the items shown publicly as described above, ') : ''}${t(
    '我们不会公开披露您的个人信息，除非取得您的单独同意，或法律、行政法规要求，或有权机关依法提出要求。属于后一种情况的，在法律允许的范围内我们会通知您。',
    toPublic.length
      ? 'we do not disclose your personal information publicly unless you give separate consent, a law or administrative regulation requires it, or a competent authority lawfully demands it. In those last cases we will tell you, as far as the law allows.'
      : 'We do not disclose your personal information publicly unless you give separate consent, a law or administrative regulation requires it, or a competent authority lawfully demands it. In those last cases we will tell you, as far as the law allows.',
  )}</p>`;
}

function storageSection({ t, locale, items, site }: RenderCtx): Html {
  const byRetention = groupBy(items, (i) => formatRetention(i.col.retention, locale));
  return html`<p>${t(
    `您的个人信息存储在${site.operator}控制的、位于中华人民共和国境内的服务器上。我们不向境外提供个人信息；如将来确有必要，会事先告知您接收方、目的和方式，依法完成安全评估等程序，并取得您的单独同意。`,
    `Your personal information is stored on servers in mainland China controlled by ${site.operator}. We do not send personal information abroad; should that ever become necessary, we will first tell you the recipient, purpose and means, complete the security assessment and other steps the law requires, and ask for your separate consent.`,
  )}</p>
<p>${t('我们只在实现处理目的所需的最短时间内保存个人信息。各项信息的保存期限如下，期限届满后由系统自动处理：', 'We keep personal information only as long as its purpose needs. The periods for each item are below; when a period ends, the system acts on it automatically:')}</p>
${
  byRetention.length
    ? html`<table class="grid">
<thead><tr><th scope="col">${t('保存期限', 'Retention')}</th><th scope="col">${t('信息项', 'Items')}</th></tr></thead>
<tbody>${byRetention.map(
        ([rule, group]) =>
          html`<tr><td data-label="${t('保存期限', 'Retention')}">${cap(rule)}</td><td data-label="${t('信息项', 'Items')}">${list(labelsOf(group, locale), locale)}</td></tr>`,
      )}</tbody>
</table>`
    : html`<p>${t('目前人和不保存任何个人信息。', 'At present Renhe keeps no personal information.')}</p>`
}
<p>${t('注销账号后，与账号关联的信息按上表删除或匿名化。法律、行政法规规定了更长保存期限的，我们在该期限内只作存储和必要的安全保护，不作其他处理。', 'After you cancel your account, the information tied to it is deleted or anonymised as the table says. Where a law or administrative regulation requires a longer period, we only store and protect the information during that time and do nothing else with it.')}</p>`;
}

function securitySection({ t, locale, items }: RenderCtx): Html {
  const encrypted = labelsOf(
    items.filter((i) => i.col.encrypted),
    locale,
  );
  return html`<ul>
${
  encrypted.length
    ? html`<li><strong>${t('字段加密：', 'Field encryption: ')}</strong>${
        locale === 'en'
          ? `these items are stored encrypted with AES-256-GCM: ${list(encrypted, locale)}. Each person has their own data key, itself protected by a separately kept key-encryption key. Once your data key is deleted, no copy of this information, backups included, can be decrypted again.`
          : `${list(encrypted, locale)}以 AES-256-GCM 加密存储。每位用户有独立的数据密钥，数据密钥再由单独保管的密钥加密密钥保护。删除您的数据密钥后，这些信息的所有副本（包括备份中的）都无法再被解密。`
      }</li>`
    : ''
}
<li><strong>${t('密钥散列：', 'Keyed hashes: ')}</strong>${t('登录时用于查找账号的手机号码只以带密钥的散列建立索引，无法据此还原号码；短信验证码同样只保存散列。', 'The mobile number used to find your account at sign-in is indexed only as a keyed hash, from which the number cannot be recovered; SMS codes are likewise stored only as hashes.')}</li>
<li><strong>${t('会话令牌：', 'Session tokens: ')}</strong>${t('登录令牌只存在于您浏览器的 HttpOnly Cookie 中，服务器只保存它的密钥散列，即使数据库外泄也无法直接冒用您的会话。', 'Your sign-in token lives only in an HttpOnly cookie in your browser; the server keeps only a keyed hash of it, so even a leaked database cannot be used to take over your session.')}</li>
<li><strong>${t('密码：', 'Passwords: ')}</strong>${t('密码以 Argon2 单向散列保存，任何人都无法读出原文。', 'Passwords are kept as one-way Argon2 hashes that no one can read back.')}</li>
<li><strong>${t('访问审计：', 'Access audit: ')}</strong>${t('运营人员或招聘企业查看您的个人信息时，系统先核对其目的和权限，并同时写入一条审计记录（谁、何时、哪些字段、什么目的）。审计记录本身不含个人信息，并以散列链相连，篡改可被发现。', 'When operator staff or an employer look at your personal information, the system first checks their purpose and permission and, in the same step, writes an audit entry (who, when, which fields, why). Audit entries hold no personal information themselves and are hash-chained, so tampering shows.')}</li>
<li><strong>${t('日志：', 'Logs: ')}</strong>${t('写入运行日志之前，手机号码、身份证件号码、电子邮箱、验证码和令牌会被自动去除。', 'Mobile numbers, ID numbers, e-mail addresses, codes and tokens are removed automatically before anything is written to the server logs.')}</li>
<li><strong>${t('最小授权：', 'Least privilege: ')}</strong>${t('运营人员按角色授权，只能访问履行职责所需的信息。', 'Operator staff are given access by role, and only to what their duties need.')}</li>
</ul>
<p>${t('如发生个人信息泄露、篡改或丢失，我们会立即采取补救措施，依法向主管部门报告，并及时告知您事件情况、可能的影响以及您可以采取的措施。', 'If personal information is leaked, altered or lost, we will act at once to contain it, report it to the authorities as the law requires, and tell you promptly what happened, what it may mean for you and what you can do.')}</p>`;
}

function rightsSection({ t, site }: RenderCtx): Html {
  const account = html`<a href="/account">${t('账号', 'Account')}</a><br><code>/account</code>`;
  const centre = html`<a href="/privacy-centre">${t('隐私中心', 'Privacy centre')}</a><br><code>/privacy-centre</code>`;
  const mail = html`<a href="mailto:${site.contactEmail}">${site.contactEmail}</a>`;
  const rows: [string, Html, Html | string][] = [
    [
      t('查阅、复制', 'Access and copy'),
      centre,
      t('下载一份机器可读的副本，包含我们保存的您的全部个人信息。', 'Download a machine-readable copy of all the personal information we hold about you.'),
    ],
    [t('转移', 'Portability'), centre, t('同一份导出文件可以带到其他服务。', 'The same export can be taken to another service.')],
    [
      t('更正、补充', 'Correction'),
      account,
      html`${t('直接修改资料；无法自助修改的，请发邮件至 ', 'Edit your details there; for anything you cannot edit yourself, write to ')}${mail}${t('。', '.')}`,
    ],
    [t('删除', 'Deletion'), centre, t('提出删除请求，并查看处理进度。', 'Ask for deletion and follow its progress.')],
    [t('限制或拒绝处理', 'Restriction and objection'), centre, t('限制或拒绝某项处理。', 'Restrict or object to a particular use.')],
    [
      t('撤回同意', 'Withdrawing consent'),
      centre,
      t(
        '撤回与给予同意一样简便。撤回不影响撤回前基于同意已进行的处理。',
        'Withdrawing is as easy as giving consent. It does not affect processing done before you withdrew.',
      ),
    ],
    [
      t('注销账号', 'Cancelling your account'),
      account,
      t('注销后，信息按第 5 节的期限删除或匿名化。', 'Afterwards, information is deleted or anonymised on the schedule in section 5.'),
    ],
    [t('要求解释处理规则', 'Explanation of our rules'), mail, t('我们会说明如何处理您的个人信息。', 'We explain how we handle your personal information.')],
  ];
  const head = [t('权利', 'Right'), t('在哪里行使', 'Where'), t('说明', 'What happens')];
  return html`<p>${t('您可以随时行使以下权利，大部分可以在网页上自助完成：', 'You may exercise the rights below at any time; most can be done yourself on the website:')}</p>
<table class="grid rights">
<thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${rows.map(
    ([right, where, what]) =>
      html`<tr><td data-label="${head[0]}"><strong>${right}</strong></td><td data-label="${head[1]}">${where}</td><td data-label="${head[2]}">${what}</td></tr>`,
  )}</tbody>
</table>
<p><strong>${t('我们会在核实您的身份后 15 个工作日内答复您的请求。', 'We answer your request within 15 working days of confirming who you are.')}</strong>${t(
    '不能满足的，会说明理由。合理范围内的请求不收取费用。',
    ' If we cannot grant it, we tell you why. Reasonable requests are free of charge.',
  )}</p>
<p>${t('自然人死亡后，其近亲属为了自身合法、正当的利益，可以对死者的相关个人信息行使查阅、复制、更正、删除等权利，死者生前另有安排的除外。', 'After a person\u2019s death, their next of kin may, for their own lawful and legitimate interests, access, copy, correct or delete the deceased\u2019s personal information, unless the deceased arranged otherwise.')}</p>`;
}

function minorsSection({ t }: RenderCtx): Html {
  return html`<p>${t('依照劳动法律的规定，求职者须年满 16 周岁。注册求职者账号时我们会核验出生日期，未满 16 周岁的无法注册为求职者。', 'Under China\u2019s labour law, job seekers must be at least 16. We check the date of birth when a job-seeker account is created; anyone under 16 cannot register as a job seeker.')}</p>
<p>${t('不满 14 周岁未成年人的个人信息属于敏感个人信息，处理前须取得其父母或其他监护人的同意。人和不面向不满 14 周岁的儿童提供服务；如发现在未取得监护人同意的情况下收集了此类信息，我们会尽快删除。监护人可以通过第 1 节的方式联系我们。', 'Personal information of children under 14 is sensitive and may be processed only with the consent of a parent or guardian. Renhe is not offered to children under 14; if we find we collected such information without a guardian\u2019s consent, we delete it promptly. Guardians can reach us as described in section 1.')}</p>`;
}

function changesSection({ t, locale }: RenderCtx): Html {
  return html`<p>${t('本政策和两份清单都以内容生成版本号（内容的 SHA-256 散列）。内容一有变化，就会产生新的版本号和发布日期，页面顶部显示当前版本。', 'This policy and both lists take their version number from their content (a SHA-256 hash of it). Any change to the content gives a new version number and publication date, shown at the top of each page.')}</p>
<p>${t('发生重大变更时（例如新增处理目的、新的信息种类、敏感个人信息或新的接收方），我们会在您下次使用时显著提示，并再次征得您的同意；在您同意之前，不会按新的规则处理您的信息。我们不会在您不知情的情况下悄悄改变规则。', 'When a change is material (for example a new purpose, a new kind of information, sensitive information or a new recipient), we will point it out clearly the next time you use Renhe and ask for your consent again; until you agree, your information is not processed under the new rules. Rules are never changed silently.')}</p>
<p>${t('所有历史版本都保留在', 'Every earlier version stays readable at its own address; see ')}<a href="/privacy/versions${lang(locale)}">${t('历史版本', 'all versions')}</a>${t('页面，每个版本都有固定地址，可以随时查看。', '.')}</p>`;
}

function complaintsSection({ t, site }: RenderCtx): Html {
  return html`<p>${t('如您对我们处理个人信息的方式有疑问或不满，请发邮件至 ', 'If you have a question or concern about how we handle personal information, write to ')}<a href="mailto:${site.contactEmail}">${site.contactEmail}</a>${t(
    `或写信至 ${site.contactAddress}，我们会在 15 个工作日内答复。`,
    ` or to ${site.contactAddress}; we answer within 15 working days.`,
  )}</p>
<p>${t('如您对答复不满意，或认为我们的处理侵害了您的合法权益，您有权向网信部门或其他履行个人信息保护职责的部门投诉、举报，也可以向有管辖权的人民法院提起诉讼。', 'If our answer does not satisfy you, or you believe our processing has harmed your rights, you have the right to complain to the cyberspace administration (网信部门) or another authority responsible for personal information protection, or to take the matter to a competent people\u2019s court.')}</p>`;
}

// ---------- the collected-PI list ----------

function collectedBody(c: RenderCtx): Html {
  const { t, locale, items } = c;
  const yes = t('是', 'Yes');
  const no = t('否', 'No');
  const head = [
    t('类别', 'Category'),
    t('信息项', 'Item'),
    t('目的', 'Purpose'),
    t('功能', 'Feature'),
    t('必要', 'Necessary'),
    t('敏感', 'Sensitive'),
    t('保存期限', 'Retention'),
    t('加密', 'Encrypted'),
  ];
  const cell = (i: number, content: Html | string, cls = '') => html`<td data-label="${head[i]}"${cls ? html` class="${cls}"` : ''}>${content}</td>`;
  return html`<article class="doc">
<h1>${t('个人信息收集清单', 'List of Personal Information Collected')}</h1>
<p class="lead">${t('本清单逐项列出人和保存的每一项个人信息：属于哪一类、用于什么目的、服务哪个功能、是否必要、是否敏感、保存多久、是否加密。清单由系统的数据清单自动生成，与', 'This list shows every item of personal information Renhe keeps: its category, purpose, feature, whether it is needed, whether it is sensitive, how long it is kept and whether it is encrypted. It is generated automatically from the system\u2019s data inventory and changes together with the ')}<a href="/privacy${lang(locale)}">${t('《隐私政策》', 'privacy policy')}</a>${t('同步更新。', '.')}</p>
<p class="counts">${t(
    `共 ${items.length} 项：必要 ${items.filter((i) => i.col.necessary).length} 项，敏感 ${items.filter((i) => i.col.sensitive).length} 项，加密存储 ${items.filter((i) => i.col.encrypted).length} 项。`,
    `${items.length} items: ${items.filter((i) => i.col.necessary).length} necessary, ${items.filter((i) => i.col.sensitive).length} sensitive, ${items.filter((i) => i.col.encrypted).length} encrypted.`,
  )}</p>
<table class="grid list">
<thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${
    items.length === 0
      ? html`<tr><td colspan="8">${t('目前未收集任何个人信息。', 'No personal information is collected at present.')}</td></tr>`
      : items.map(
          (i) => html`
<tr${i.col.sensitive ? html` class="is-sensitive"` : ''}>${cell(0, groupLabel(i.col.category, locale))}${cell(
            1,
            html`<strong>${categoryLabel(i.col.category, locale)}</strong><br><code class="field">${i.table}.${i.column}</code>`,
            'item-cell',
          )}${cell(
            2,
            sentenceList(
              i.col.purposes.map((p) => pick(p, locale)),
              locale,
            ),
          )}${cell(3, pick(i.col.feature, locale))}${cell(4, i.col.necessary ? html`<span class="badge necessary">${t('必要', 'Necessary')}</span>` : html`<span class="badge optional">${t('非必要', 'Optional')}</span>`)}${cell(
            5,
            i.col.sensitive ? html`<span class="badge sensitive">${t('敏感个人信息', 'Sensitive')}</span>` : no,
          )}${cell(6, cap(formatRetention(i.col.retention, locale)))}${cell(7, i.col.encrypted ? yes : no)}</tr>`,
        )
  }
</tbody>
</table>
<p class="note">${t('“必要”指该功能的基本功能所必需。拒绝提供非必要信息不会影响您使用基本功能。标为“敏感个人信息”的项目会在收集时单独征得您的同意。', '"Necessary" means the basic function of that feature needs it. Refusing optional items never stops you using the basic functions. Items marked sensitive are collected only with your separate consent.')}</p>
</article>`;
}

// ---------- the third-party sharing list ----------

function sharingBody(c: RenderCtx): Html {
  const { t, locale, items } = c;
  const parties = thirdParties(items);
  const toEmployers = items.filter((i) => i.col.visibleTo.includes('enterprise_after_disclosure'));
  const head = [t('第三方', 'Third party'), t('接收的信息', 'Items received'), t('目的', 'Purpose'), t('相关功能', 'Feature')];
  return html`<article class="doc">
<h1>${t('第三方共享清单', 'List of Third-Party Sharing')}</h1>
<p class="lead">${t('本清单列出接收人和用户个人信息的每一个第三方（包括受托处理者）、接收的信息和目的。清单由系统的数据清单自动生成，与', 'This list names every third party, including processors acting for us, that receives personal information of Renhe users, with the items it receives and why. It is generated automatically from the system\u2019s data inventory and changes together with the ')}<a href="/privacy${lang(locale)}">${t('《隐私政策》', 'privacy policy')}</a>${t('同步更新。', '.')}</p>
<table class="grid">
<thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${
    parties.length === 0
      ? html`<tr class="none"><td colspan="4"><strong>${t('目前没有。', 'None at present.')}</strong>${t('我们没有委托任何第三方处理您的个人信息，也不向任何第三方提供您的个人信息。', ' We entrust no third party with processing your personal information and give it to no third party.')}</td></tr>`
      : parties.map(
          (p) =>
            html`<tr><td data-label="${head[0]}"><strong>${p.name}</strong></td><td data-label="${head[1]}">${list(labelsOf(p.items, locale), locale)}</td><td data-label="${head[2]}">${sentenceList(
              unique(p.items.flatMap((i) => i.col.purposes.map((x) => pick(x, locale)))),
              locale,
            )}</td><td data-label="${head[3]}">${list(unique(p.items.map((i) => pick(i.col.feature, locale))), locale)}</td></tr>`,
        )
  }</tbody>
</table>
<h2>${t('您主动提供给招聘企业的信息', 'What you choose to share with employers')}</h2>
${
  toEmployers.length
    ? html`<p>${t('当您向某家企业投递简历或同意向其公开时，该企业的招聘人员可以看到以下信息。每次查看都会被记录，您可以在隐私中心查看。', 'When you apply to an employer or agree to share with it, that employer\u2019s recruiters can see the items below. Every view is recorded and shown to you in the Privacy centre.')}</p>
<ul>${unique(toEmployers.map((i) => i.col.category)).map((category) => html`<li>${categoryLabel(category, locale)}</li>`)}</ul>`
    : html`<p>${t('目前招聘企业看不到您的任何个人信息。', 'At present employers cannot see any of your personal information.')}</p>`
}
<p class="note">${t('任何新的第三方接收您的信息之前，我们都会先更新本清单，并依法单独征得您的同意。', 'Before any new third party receives your information, we will update this list first and, as the law requires, ask for your separate consent.')}</p>
</article>`;
}
