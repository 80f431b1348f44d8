// `npm run budget`: the weight of every page in dist/ (HTML, CSS, JavaScript before and after its
// islands hydrate), raw and gzip, checked against the budgets of issue 7. Pure Node, no browser.
// The site test test/site/budget.test.ts imports this same module, so `npm test` runs it too.
//
// Definitions (also in the README's "Quality" section):
// - CSS: every stylesheet the page links, plus its inline <style> blocks.
// - JS before islands: every <script type="module"> of the page (external or inline) and its
//   static imports, followed through the import graph of dist/_astro/*.js. Dynamic import()s
//   (search's Pagefind loader) load on demand and are not counted.
// - JS hydrated: the above plus, for every <astro-island>, its component-url and renderer-url
//   and their static imports. Each file is counted once per page.
// - Site scripts: the bundled <script>s of our .astro files (Astro names their chunks
//   `<File>.astro_astro_type_script_index_<n>_lang.<hash>.js`, or inlines a small one as an
//   inline module script) — theme toggle, menu, search dialog, progress, practice feedback — and
//   their static imports. A page without islands may
//   load nothing else.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Buffer } from 'node:buffer';

/** The budgets, in bytes of gzip. */
export const BUDGETS = {
  /** All JavaScript of a page once every island on it has hydrated. */
  hydratedJs: 120 * 1024,
  /** All CSS of a page. */
  css: 20 * 1024,
  /** The site scripts (theme, menu, search dialog, progress, practice), before any island. */
  siteJs: 12 * 1024,
};

/** Bytes of `text` raw and gzipped (zlib level 9, as a static host precompresses). */
export function sizeOf(text) {
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

const SITE_SCRIPT = /\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;

/** Whether a chunk path is one of the site's own bundled .astro scripts. */
export function isSiteScript(path) {
  return SITE_SCRIPT.test(path);
}

/** Every HTML file under `dist`, relative to it, sorted. */
export function htmlPages(dist) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(relative(dist, full).split('\\').join('/'));
    }
  };
  walk(dist);
  return out.sort();
}

/** The static import specifiers of an ES module (import/export … from, bare import "…"). */
export function staticImports(code) {
  const out = [];
  const re = /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

/** Attributes of every `<tag …>` in `html`, as plain objects. */
function tags(html, tag) {
  const out = [];
  const re = new RegExp(`<${tag}\\b([^>]*)>`, 'gi');
  for (const m of html.matchAll(re)) {
    const attrs = {};
    for (const a of m[1].matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[a[1].toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    }
    out.push({ attrs, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

function decode(s) {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Measures one built page. `file` is relative to `dist`. */
export function measurePage(dist, file) {
  const html = readFileSync(join(dist, file), 'utf8');
  const pageUrl = '/' + file.replace(/index\.html$/, '');
  const resolve = (spec, from) => posix.resolve(posix.dirname(from), spec);
  const read = (url) => {
    const path = join(dist, decodeURIComponent(url.split(/[?#]/)[0]));
    if (!existsSync(path)) throw new Error(`${file}: ${url} is referenced but not in dist/`);
    return readFileSync(path);
  };

  // CSS: linked stylesheets and inline <style> blocks.
  const css = [];
  for (const { attrs } of tags(html, 'link')) {
    if ((attrs.rel ?? '').split(/\s+/).includes('stylesheet') && attrs.href) {
      const url = resolve(attrs.href, pageUrl);
      css.push({ name: url, ...sizeOf(read(url)) });
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    css.push({ name: '(inline <style>)', ...sizeOf(m[1]) });
  }

  // The static import closure of a set of entry URLs, each file once.
  const closure = (entries, seen = new Map()) => {
    const queue = [...entries];
    while (queue.length) {
      const { url, code } = queue.shift();
      if (seen.has(url)) continue;
      const text = code ?? read(url).toString('utf8');
      seen.set(url, { name: url, ...sizeOf(text) });
      for (const spec of staticImports(text)) {
        if (/^[a-z]+:/i.test(spec))
          throw new Error(`${file}: ${url} imports ${spec} from off-site`);
        queue.push({ url: resolve(spec, url.startsWith('(') ? pageUrl : url) });
      }
    }
    return seen;
  };

  // Module scripts of the page, external or inline.
  const moduleEntries = [];
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = tags(`<script${m[1]}>`, 'script')[0].attrs;
    if (attrs.type !== 'module') continue;
    if (attrs.src) moduleEntries.push({ url: resolve(attrs.src, pageUrl) });
    else moduleEntries.push({ url: `(inline module ${++inline})`, code: m[2] });
  }
  const before = closure(moduleEntries);
  // Inline module scripts are site scripts too: Astro inlines a small <script> of an .astro file
  // that has no imports, and an island is never inline.
  const site = closure(moduleEntries.filter((e) => e.code !== undefined || isSiteScript(e.url)));

  // Islands: component and renderer modules.
  const islands = tags(html, 'astro-island').map(({ attrs }) => attrs);
  const islandEntries = [];
  for (const a of islands) {
    for (const key of ['component-url', 'renderer-url']) {
      if (a[key]) islandEntries.push({ url: resolve(a[key], pageUrl) });
    }
  }
  const hydrated = closure(islandEntries, new Map(before));

  const sum = (items) =>
    items.reduce((t, i) => ({ raw: t.raw + i.raw, gzip: t.gzip + i.gzip }), { raw: 0, gzip: 0 });
  return {
    page: pageUrl,
    islands: islands.length,
    html: sizeOf(html),
    css: { ...sum(css), files: css },
    jsBefore: { ...sum([...before.values()]), files: [...before.values()] },
    jsSite: { ...sum([...site.values()]), files: [...site.values()] },
    jsHydrated: { ...sum([...hydrated.values()]), files: [...hydrated.values()] },
  };
}

/** Breaches of the budgets, each naming the page and the chunk(s) responsible. */
export function checkBudgets(m, budgets = BUDGETS) {
  const breaches = [];
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  const biggest = (files) =>
    [...files]
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 3)
      .map((f) => `${f.name} (${kB(f.gzip)})`)
      .join(', ');
  if (m.jsHydrated.gzip > budgets.hydratedJs) {
    breaches.push(
      `${m.page}: JS with all islands hydrated is ${kB(m.jsHydrated.gzip)} gzip > ${kB(budgets.hydratedJs)}; largest chunks: ${biggest(m.jsHydrated.files)}`,
    );
  }
  if (m.css.gzip > budgets.css) {
    breaches.push(
      `${m.page}: CSS is ${kB(m.css.gzip)} gzip > ${kB(budgets.css)}; largest: ${biggest(m.css.files)}`,
    );
  }
  if (m.jsSite.gzip > budgets.siteJs) {
    breaches.push(
      `${m.page}: site scripts are ${kB(m.jsSite.gzip)} gzip > ${kB(budgets.siteJs)}; largest: ${biggest(m.jsSite.files)}`,
    );
  }
  if (m.islands === 0) {
    const siteNames = new Set(m.jsSite.files.map((f) => f.name));
    for (const f of m.jsBefore.files) {
      if (!siteNames.has(f.name)) {
        breaches.push(
          `${m.page}: has no widget but loads ${f.name} (${kB(f.gzip)}), which is not a site script`,
        );
      }
    }
  }
  return breaches;
}

/** Measures every page of `dist` and returns the measurements and every breach. */
export function runBudget(
  dist = process.env.LFE_DIST ?? join(process.cwd(), 'dist'),
  budgets = BUDGETS,
) {
  const pages = htmlPages(dist).map((f) => measurePage(dist, f));
  return { pages, breaches: pages.flatMap((m) => checkBudgets(m, budgets)) };
}

/** The figures as a plain-text table (kB; gzip, with raw in parentheses where useful). */
export function formatTable(pages) {
  const kB = (n) => (n / 1024).toFixed(1);
  const head = [
    'page',
    'islands',
    'HTML gz (raw)',
    'CSS gz (raw)',
    'JS before gz',
    'JS hydrated gz (raw)',
  ];
  const rows = pages.map((m) => [
    m.page,
    String(m.islands),
    `${kB(m.html.gzip)} (${kB(m.html.raw)})`,
    `${kB(m.css.gzip)} (${kB(m.css.raw)})`,
    kB(m.jsBefore.gzip),
    `${kB(m.jsHydrated.gzip)} (${kB(m.jsHydrated.raw)})`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.env.LFE_DIST ?? join(process.cwd(), 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/ has no built site: run `npm run build` first.');
    process.exit(2);
  }
  const { pages, breaches } = runBudget(dist);
  console.log(
    `Page weight in kB (gzip level 9). Budgets: JS hydrated ≤ ${BUDGETS.hydratedJs / 1024}, CSS ≤ ${BUDGETS.css / 1024}, site scripts ≤ ${BUDGETS.siteJs / 1024}; no JS beyond site scripts without a widget.\n`,
  );
  console.log(formatTable(pages));
  if (breaches.length) {
    console.error(`\n✗ ${breaches.length} budget breach(es):\n  ${breaches.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`\n✓ ${pages.length} pages within budget.`);
}
