import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTable, measurePage, runBudget, staticImports } from '../../scripts/budget.mjs';
import { distDir, requireDist } from './dist';

/** Writes a tiny fake dist/ (files relative to its root) and returns its path. */
function fakeDist(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'lfe-budget-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Incompressible text of `n` characters from a seeded LCG, so gzip cannot shrink it. */
function noise(n: number, seed = 1): string {
  let s = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    out += String.fromCharCode(33 + (s % 90));
  }
  return `export const x=${JSON.stringify(out.replace(/["\\]/g, 'a'))};`;
}

const SITE = '/_astro/Base.astro_astro_type_script_index_0_lang.abc.js';

describe('weight budget on the built site', () => {
  beforeAll(requireDist);

  it('runBudget(dist) finds every page within budget', () => {
    const { pages, breaches } = runBudget(distDir);
    console.log(`\n${formatTable(pages)}\n`);
    expect(pages.length).toBeGreaterThan(0);
    expect(breaches).toEqual([]);
  });
});

describe('weight budget on fixtures', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
  const make = (files: Record<string, string>) => {
    const r = fakeDist(files);
    roots.push(r);
    return r;
  };

  it('staticImports(code) lists import/export-from and bare imports, not dynamic import()', () => {
    const code =
      'import{a as b}from"./x.js";import"./y.js";export{c}from"./z.js";import("./lazy.js")';
    expect(staticImports(code)).toEqual(['./x.js', './y.js', './z.js']);
  });

  it('measurePage follows module scripts, their imports and each island, counting a file once', () => {
    const root = make({
      'index.html': `<link rel="stylesheet" href="/_astro/a.css"><style>p{}</style>
        <script type="module" src="${SITE}"></script>
        <astro-island component-url="/_astro/W.js" renderer-url="/_astro/client.js" ssr><div data-widget="W"></div></astro-island>`,
      '_astro/a.css': 'body{color:red}',
      [SITE.slice(1)]: 'import{h}from"./helper.js";h()',
      '_astro/helper.js': 'export const h=()=>1;',
      '_astro/W.js': 'import{h}from"./helper.js";import"./plot.js";export default h',
      '_astro/client.js': 'export default 1',
      '_astro/plot.js': 'export const p=1',
    });
    const m = measurePage(root, 'index.html');
    expect(m.css.files.map((f) => f.name)).toEqual(['/_astro/a.css', '(inline <style>)']);
    expect(m.jsBefore.files.map((f) => f.name)).toEqual([SITE, '/_astro/helper.js']);
    expect(m.jsHydrated.files.map((f) => f.name).sort()).toEqual(
      [SITE, '/_astro/helper.js', '/_astro/W.js', '/_astro/client.js', '/_astro/plot.js'].sort(),
    );
    expect(m.islands).toBe(1);
  });

  it('runBudget(dist) names the page and the chunk when hydrated JS exceeds 120 kB gzip', () => {
    const root = make({
      'chapters/big/index.html': `<astro-island component-url="/_astro/Big.js" renderer-url="/_astro/client.js" ssr><div data-widget="Big"></div></astro-island>`,
      '_astro/Big.js': noise(160_000),
      '_astro/client.js': 'export default 1',
    });
    const { breaches } = runBudget(root);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatch(
      /^\/chapters\/big\/: JS with all islands hydrated .*\/_astro\/Big\.js/,
    );
  });

  it('runBudget(dist) names the stylesheet when CSS exceeds 20 kB gzip', () => {
    const root = make({
      'index.html': '<link rel="stylesheet" href="/_astro/huge.css">',
      '_astro/huge.css': `/*${noise(30_000)}*/`,
    });
    expect(runBudget(root).breaches).toEqual([
      expect.stringMatching(/^\/: CSS .*\/_astro\/huge\.css/),
    ]);
  });

  it('runBudget(dist) fails a page without widgets that loads a script other than the site scripts', () => {
    const root = make({
      'index.html': `<script type="module" src="${SITE}"></script><script type="module" src="/_astro/tracker.js"></script>`,
      [SITE.slice(1)]: 'export {}',
      '_astro/tracker.js': 'export {}',
    });
    expect(runBudget(root).breaches).toEqual([
      expect.stringMatching(/^\/: has no widget but loads \/_astro\/tracker\.js/),
    ]);
  });
});
