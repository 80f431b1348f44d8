import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chapterIds,
  decodeAttr,
  distDir,
  htmlFiles,
  indexedUrls,
  readDist,
  requireDist,
  urlOf,
} from './dist';

beforeAll(requireDist);

describe('built site', () => {
  it('every chapter file became a page with its title, rendered math and no KaTeX error', () => {
    const ids = chapterIds();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const file = `chapters/${id}/index.html`;
      expect(existsSync(join(distDir, file)), `${file} was not built`).toBe(true);
      const html = readDist(file);
      expect(html, `${id}: <h1>`).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
      expect(html, `${id}: KaTeX output`).toContain('class="katex"');
      expect(html, `${id}: a KaTeX parse error`).not.toContain('katex-error');
      expect(html, `${id}: NaN printed`).not.toMatch(/>[^<]*\bNaN\b[^<]*</);
      expect(html, `${id}: a prose "undefined"`).not.toMatch(/>[^<]*\bundefined\b[^<]*</);
    }
  });

  it('no internal link or #anchor in dist/ is broken', () => {
    const files = htmlFiles();
    const ids = new Map<string, Set<string>>();
    for (const f of files) {
      ids.set(
        urlOf(f),
        new Set([...readDist(f).matchAll(/\sid="([^"]+)"/g)].map((m) => decodeAttr(m[1]!))),
      );
    }
    const broken: string[] = [];
    for (const f of files) {
      const from = urlOf(f);
      for (const m of readDist(f).matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
        const href = decodeAttr(m[1]!);
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${from}`);
        const path = url.pathname;
        const target =
          ids.get(path) ??
          (existsSync(join(distDir, path)) && !path.endsWith('/') ? new Set<string>() : undefined);
        if (!target) {
          broken.push(`${from}: ${href} (no page at ${path})`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !target.has(anchor))
          broken.push(`${from}: ${href} (no #${anchor} on ${path})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the search index covers every chapter, and only article pages', () => {
    const urls = indexedUrls();
    for (const id of chapterIds()) expect(urls).toContain(`/chapters/${id}/`);
    expect(urls).not.toContain('/search/');
    expect(urls).not.toContain('/404.html');
  });

  it('each formula is indexed once: KaTeX HTML copies and TeX sources are excluded from search', () => {
    for (const id of chapterIds()) {
      const html = readDist(`chapters/${id}/index.html`);
      const htmlCopies = html.match(/class="katex-html"/g)?.length ?? 0;
      const ignored = html.match(/class="katex-html"[^>]*data-pagefind-ignore/g)?.length ?? 0;
      expect(ignored, `${id}: katex-html copies not ignored`).toBe(htmlCopies);
      const annotations = html.match(/<annotation /g)?.length ?? 0;
      const ignoredAnnotations = html.match(/<annotation [^>]*data-pagefind-ignore/g)?.length ?? 0;
      expect(ignoredAnnotations).toBe(annotations);
    }
  });

  it('every page has a title, a description, one h1 and a language', () => {
    for (const f of htmlFiles()) {
      const html = readDist(f);
      expect(html, f).toMatch(/<html lang="en"/);
      expect(html, f).toMatch(/<title>[^<]+<\/title>/);
      expect(html, f).toMatch(/<meta name="description" content="[^"]{20,}"/);
      expect(html.match(/<h1[\s>]/g)?.length, `${f}: number of <h1>`).toBe(1);
    }
  });

  it('pages load KaTeX fonts from the site itself and preload the ones every formula uses', () => {
    const html = readDist(`chapters/${chapterIds()[0]}/index.html`);
    const preloads = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map(
      (m) => m[1]!,
    );
    expect(preloads).toHaveLength(4);
    for (const p of preloads) {
      expect(p).toMatch(
        /^\/_astro\/KaTeX_(Main-Regular|Math-Italic|Size1-Regular|Size4-Regular)\.[\w-]+\.woff2$/,
      );
      expect(existsSync(join(distDir, p))).toBe(true);
    }
    for (const f of htmlFiles())
      expect(readDist(f), f).not.toMatch(
        /(src|href)="(https?:)?\/\/(?!loss-functions-explorer\.example)/,
      );
  });
});
