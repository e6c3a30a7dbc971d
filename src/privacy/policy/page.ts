import type { Locale } from '../../platform/errors.js';
import { type Html, html, trusted } from './html.js';
import { pick } from './labels.js';
import { documentPaths, documents, documentTitles } from './render.js';
import type { PolicyDocument } from './tables.js';

/**
 * The page around a document body: navigation, language switch and version line. None of it is
 * part of the versioned body, so a new date or a changed menu never produces a new version.
 */

const STYLE = `
:root{--ink:#1f2328;--muted:#59636e;--line:#d8dee4;--soft:#f6f8fa;--accent:#0b5cad;--warn:#b42318;--warn-bg:#fff4f2}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;font:16px/1.75 -apple-system,BlinkMacSystemFont,"Segoe UI","PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif}
a{color:var(--accent)}
.wrap{max-width:980px;margin:0 auto;padding:0 20px}
.top{background:var(--soft);border-bottom:1px solid var(--line)}
.top .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:6px 20px;padding-top:10px;padding-bottom:10px}
.brand{font-weight:700;font-size:18px;color:var(--ink);text-decoration:none;white-space:nowrap}
.top nav{display:flex;flex-wrap:wrap;gap:2px 16px;flex:1 1 auto}
.top nav a{text-decoration:none;white-space:nowrap;padding:2px 0}
.top nav a[aria-current=page]{color:var(--ink);font-weight:600;border-bottom:2px solid var(--accent)}
.lang{white-space:nowrap;text-decoration:none;border:1px solid var(--line);border-radius:6px;padding:1px 10px;background:#fff}
.version{margin:18px 0 0;color:var(--muted);font-size:14px}
main.wrap{padding-top:8px}
.banner{margin:16px 0 0;padding:10px 14px;border-radius:8px;background:#fff8e6;border:1px solid #f2d28b}
h1{font-size:30px;line-height:1.3;margin:12px 0 12px}
h2{font-size:21px;line-height:1.4;margin:36px 0 12px;padding-top:20px;border-top:1px solid var(--line)}
h3{font-size:17px;margin:24px 0 8px}
.num{color:var(--muted);font-variant-numeric:tabular-nums}
.lead{font-size:17px}
.summary{background:#f0f6ff;border:1px solid #cfe0f7;border-radius:10px;padding:2px 20px 4px;margin:20px 0}
.summary h2{border:0;margin:12px 0 0;padding:0;font-size:17px}
.summary ul{padding-left:20px;margin:6px 0 10px}
.toc h2{border:0;padding:0;margin:20px 0 6px;font-size:17px}
.toc ol{margin:0;padding-left:24px;columns:2;column-gap:32px}
.toc p{margin:8px 0 0}
.items{list-style:none;margin:0;padding:0;display:grid;gap:12px;grid-template-columns:repeat(auto-fill,minmax(min(100%,400px),1fr))}
.item{border:1px solid var(--line);border-radius:10px;padding:10px 16px}
.item-head{line-height:1.5}
.item p{margin:4px 0}
.item.is-sensitive{border:2px solid var(--warn);background:var(--warn-bg)}
.meta{color:var(--muted);font-size:14px}
.badge{display:inline-block;font-size:12px;line-height:20px;padding:0 8px;border-radius:999px;border:1px solid;white-space:nowrap;vertical-align:2px}
.badge.necessary{color:#116329;border-color:#8dd3a0;background:#effbf2}
.badge.optional{color:var(--muted);border-color:#d0d7de;background:var(--soft)}
.badge.sensitive{color:#fff;background:var(--warn);border-color:var(--warn);font-weight:600}
.badge.encrypted{color:var(--accent);border-color:#a8c7ec;background:#f0f6ff}
table.grid{width:100%;border-collapse:collapse;font-size:15px;margin:12px 0 16px;line-height:1.6}
.grid th,.grid td{border:1px solid var(--line);padding:8px 10px;text-align:left;vertical-align:top}
.grid th{background:var(--soft);font-weight:600;white-space:nowrap}
.grid tr.is-sensitive td{background:var(--warn-bg)}
.grid tr.none td{background:var(--soft)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em;background:var(--soft);border-radius:4px;padding:0 4px;overflow-wrap:anywhere}
code.field{color:var(--muted);font-size:12px}
.grid code{white-space:nowrap;overflow-wrap:normal}
.list td:first-child{white-space:nowrap}
.list td:nth-child(7){min-width:8em}
.rights td:first-child{white-space:nowrap}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 20px;margin:12px 0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0;overflow-wrap:anywhere}
.counts,.note{color:var(--muted);font-size:14px}
.current{font-size:12px;color:#116329;border:1px solid #8dd3a0;background:#effbf2;border-radius:999px;padding:0 8px;white-space:nowrap}
footer.page{margin-top:48px;border-top:1px solid var(--line);padding:16px 0 40px;color:var(--muted);font-size:14px}
@media (max-width:640px){
  body{font-size:15px}
  .wrap{padding:0 16px}
  .top nav{order:3;flex-basis:100%;gap:2px 12px;font-size:15px}
  .lang{margin-left:auto}
  h1{font-size:24px}
  h2{font-size:19px}
  .lead{font-size:16px}
  .toc ol{columns:1}
  dl.facts{grid-template-columns:1fr;gap:0}
  dl.facts dd{margin-bottom:8px}
  .grid thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  .grid,.grid tbody,.grid tr,.grid td{display:block;width:100%}
  .grid tr{border:1px solid var(--line);border-radius:10px;margin:0 0 12px;padding:6px 12px}
  .grid tr.is-sensitive{border:2px solid var(--warn);background:var(--warn-bg)}
  .grid td{border:0;padding:3px 0 3px 6.5em;position:relative;min-height:1.6em}
  .grid td[data-label]::before{content:attr(data-label);position:absolute;left:0;top:5px;width:6em;font-size:12px;color:var(--muted);line-height:1.5}
  .grid td[colspan]{padding-left:0}
  .list tr{display:flex;flex-direction:column}
  .list td.item-cell{order:-1;padding-left:0;border-bottom:1px solid var(--line);margin-bottom:4px;padding-bottom:6px}
  .list td.item-cell::before{display:none}
  .rights td:first-child{padding-left:0}
  .rights td:first-child::before{display:none}
  .list td:first-child{white-space:normal}
}
`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as people in China read it: the calendar day in Beijing time. */
export function formatDate(date: Date, locale: Locale): string {
  const beijing = new Date(date.getTime() + 8 * 3_600_000);
  const y = beijing.getUTCFullYear();
  const m = beijing.getUTCMonth();
  const d = beijing.getUTCDate();
  return locale === 'en' ? `${d} ${MONTHS[m]} ${y}` : `${y}年${m + 1}月${d}日`;
}

export const localeNames: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };
const other = (locale: Locale): Locale => (locale === 'en' ? 'zh-CN' : 'en');
const q = (locale: Locale) => `?lang=${locale}`;

export interface PageOptions {
  locale: Locale;
  title: string;
  /** Which menu entry is this page, if any. */
  current: PolicyDocument | 'versions' | null;
  /** Markup produced by the renderer (fresh or stored by it earlier). */
  body: string;
  version?: { hash: string; publishedAt: Date };
  banner?: Html;
  /** Where the language switch leads; the same page in the other language by default. */
  switchTo?: string;
}

export function renderPage(o: PageOptions): string {
  const { locale } = o;
  const t = (zh: string, en: string) => (locale === 'en' ? en : zh);
  const menu: [PolicyDocument | 'versions', string, string][] = [
    ...documents.map((d): [PolicyDocument, string, string] => [d, documentPaths[d], menuName(d, locale)]),
    ['versions', '/privacy/versions', t('历史版本', 'Versions')],
  ];
  const target = other(locale);
  return `<!doctype html>\n${html`<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · ${t('人和', 'Renhe')}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<header class="top"><div class="wrap">
<a class="brand" href="/">${t('人和', 'Renhe')}</a>
<nav aria-label="${t('隐私文件', 'Privacy documents')}">${menu.map(
    ([key, path, name]) => html`<a href="${path}${q(locale)}"${key === o.current ? html` aria-current="page"` : ''}>${name}</a>`,
  )}</nav>
<a class="lang" href="${o.switchTo ?? q(target)}" hreflang="${target}" lang="${target}">${localeNames[target]}</a>
</div></header>
<main class="wrap">
${
  o.version
    ? html`<p class="version">${t('版本', 'Version')} <code>${o.version.hash}</code> · ${t('发布于 ', 'published ')}<time datetime="${o.version.publishedAt.toISOString()}">${formatDate(o.version.publishedAt, locale)}</time> · <a href="/privacy/versions/${o.version.hash}">${t('本版本固定链接', 'Permanent link')}</a></p>`
    : ''
}${o.banner ? html`<p class="banner">${o.banner}</p>` : ''}
${trusted(o.body)}
<footer class="page">${t('本页面由人和的个人信息清单自动生成，不使用脚本，不设置 Cookie。', 'This page is generated from Renhe\u2019s personal-information inventory. It runs no scripts and sets no cookies.')}</footer>
</main>
</body>
</html>
`}`;
}

function menuName(d: PolicyDocument, locale: Locale): string {
  const short: Record<PolicyDocument, [string, string]> = {
    policy: ['隐私政策', 'Privacy policy'],
    collected: ['收集清单', 'Data collected'],
    sharing: ['共享清单', 'Sharing'],
  };
  return locale === 'en' ? short[d][1] : short[d][0];
}

export interface VersionRow {
  document: PolicyDocument;
  locale: Locale;
  hash: string;
  publishedAt: Date;
  current: boolean;
}

export function renderVersionsPage(rows: VersionRow[], locale: Locale): string {
  const t = (zh: string, en: string) => (locale === 'en' ? en : zh);
  const head = [t('文件', 'Document'), t('语言', 'Language'), t('版本', 'Version'), t('发布日期', 'Published')];
  const body = html`<article class="doc">
<h1>${t('历史版本', 'All versions')}</h1>
<p class="lead">${t('隐私政策和两份清单的每一个已发布版本都保留在这里，可以随时查看。版本号是内容的 SHA-256 散列的前 16 位，内容不变，版本号就不变。', 'Every published version of the privacy policy and its two lists stays here, readable at any time. The version is the first 16 digits of the SHA-256 hash of the content, so it changes exactly when the content does.')}</p>
<table class="grid">
<thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr><td data-label="${head[0]}">${pick(documentTitles[r.document], locale)}</td><td data-label="${head[1]}">${localeNames[r.locale]}</td><td data-label="${head[2]}"><a href="/privacy/versions/${r.hash}"><code>${r.hash}</code></a>${
        r.current ? html` <span class="current">${t('当前', 'current')}</span>` : ''
      }</td><td data-label="${head[3]}"><time datetime="${r.publishedAt.toISOString()}">${formatDate(r.publishedAt, locale)}</time></td></tr>`,
  )}</tbody>
</table>
</article>`;
  return renderPage({ locale, title: t('历史版本', 'All versions'), current: 'versions', body: body.value, switchTo: `/privacy/versions${q(other(locale))}` });
}

export function renderNotFoundPage(locale: Locale): string {
  const t = (zh: string, en: string) => (locale === 'en' ? en : zh);
  const body = html`<article class="doc">
<h1>${t('找不到这个版本', 'Version not found')}</h1>
<p>${t('没有这个版本号的隐私政策或清单。请在', 'There is no privacy policy or list with this version number. See ')}<a href="/privacy/versions${q(locale)}">${t('历史版本', 'all versions')}</a>${t('中查看全部已发布的版本。', ' for everything that has been published.')}</p>
</article>`;
  return renderPage({
    locale,
    title: t('找不到这个版本', 'Version not found'),
    current: null,
    body: body.value,
    switchTo: `/privacy/versions${q(other(locale))}`,
  });
}
