// The frame of every catalogue page: a small inline style (one request per page on a slow phone), the title,
// description and Open Graph tags, a header and a footer. No script: everything works as plain links and forms.
import { type Html, html, raw } from './html';

export interface PageMeta {
  title: string;
  description: string;
  /** The page's own address, absolute (canonical and og:url). */
  url: string;
  /** 'article' for an innovation, 'website' for a list. */
  type: 'article' | 'website';
  /** Search engines skip this page (a filtered or deep list page). */
  noindex?: boolean;
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#f5f7fa}
a{color:#0b5cad}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #f0b429;outline-offset:2px}
header.site{background:#0b3d6e;color:#fff;padding:.75rem 1rem}header.site a{color:#fff;text-decoration:none;font-weight:600}
header.site .wrap{display:flex;justify-content:space-between;align-items:center;gap:1rem;flex-wrap:wrap}
.wrap{max-width:960px;margin:0 auto}main{padding:1rem}h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}h2{font-size:1.2rem;margin:1.75rem 0 .5rem}
.crumbs{font-size:.9rem;margin:.25rem 0}.crumbs a{color:#3e4c59}
form.search{background:#fff;border:1px solid #d9e2ec;border-radius:8px;padding:1rem;display:grid;gap:.75rem}
form.search .q{display:flex;gap:.5rem}details.filters summary{cursor:pointer;font-weight:600;color:#0b5cad}
.filter-grid{display:grid;gap:.75rem;margin-top:.75rem;grid-template-columns:repeat(auto-fit,minmax(170px,1fr))}label{display:block;font-size:.9rem;font-weight:600;margin-bottom:.2rem}
input,select,textarea{font:inherit;width:100%;padding:.5rem;border:1px solid #9aa5b1;border-radius:6px;background:#fff}
button,.button{font:inherit;font-weight:600;padding:.55rem 1rem;border:0;border-radius:6px;background:#0b5cad;color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
.check{display:flex;gap:.4rem;align-items:center;font-weight:400}.check input{width:auto}
.count{margin:1rem 0 .5rem;color:#3e4c59}ol.results{list-style:none;padding:0;margin:0;display:grid;gap:.75rem}
ol.results li,section.card{background:#fff;border:1px solid #d9e2ec;border-radius:8px;padding:1rem}
ol.results h2{margin:0 0 .25rem;font-size:1.1rem}.meta{color:#52606d;font-size:.9rem}
.tags{display:flex;flex-wrap:wrap;gap:.35rem;margin:.4rem 0}.tag{font-size:.8rem;background:#e4f0fb;color:#0b3d6e;border-radius:99px;padding:.1rem .6rem}
.tag.award{background:#fff3c4;color:#513c06}nav.pages{display:flex;gap:1rem;align-items:center;justify-content:center;margin:1.25rem 0}
dl.facts{display:grid;grid-template-columns:minmax(120px,200px) 1fr;gap:.35rem 1rem;margin:0}dl.facts dt{font-weight:600;color:#3e4c59}dl.facts dd{margin:0}
.notice{border-radius:8px;padding:.75rem 1rem;margin:.75rem 0;background:#e3f9e5;border:1px solid #57ae5b}.notice.bad{background:#ffe3e3;border-color:#e66a6a}.field-error{color:#a61b1b;font-size:.9rem;margin-top:.2rem}input[aria-invalid=true],textarea[aria-invalid=true]{border-color:#a61b1b}
.empty{background:#fff;border:1px dashed #9aa5b1;border-radius:8px;padding:1.5rem;text-align:center}
.stars{color:#b7791f;letter-spacing:.1em}.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
fieldset{border:0;padding:0;margin:0}.rating{display:flex;gap:.75rem;flex-wrap:wrap}.rating label{font-weight:400;display:flex;gap:.3rem;align-items:center}.rating input{width:auto}
form.stack{display:grid;gap:.75rem;max-width:560px}blockquote{margin:.5rem 0;padding:.5rem .75rem;border-left:4px solid #d9e2ec;background:#fff}
footer.site{color:#52606d;font-size:.85rem;padding:2rem 1rem}
@media (max-width:560px){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}h1{font-size:1.35rem}}
`.replace(/\n/g, '');

export function page(meta: PageMeta, body: Html): string {
  return `<!doctype html>${html`<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title}</title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${meta.url}">
${meta.noindex ? raw('<meta name="robots" content="noindex, follow">') : ''}
<meta property="og:type" content="${meta.type}">
<meta property="og:site_name" content="Inovda — Katalog Inovasi Daerah">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${meta.url}">
<meta property="og:locale" content="id_ID">
<meta name="twitter:card" content="summary">
<style>${raw(STYLE)}</style>
</head>
<body>
<header class="site"><div class="wrap"><a href="/katalog">Katalog Inovasi Daerah</a><a href="/">Masuk Inovda</a></div></header>
<main id="isi"><div class="wrap">${body}</div></main>
<footer class="site"><div class="wrap">Data dari pemerintah daerah melalui Inovda. Data terbuka: <a href="/api/docs">API</a> · <a href="/sitemap.xml">Peta situs</a></div></footer>
</body>
</html>`}`;
}
