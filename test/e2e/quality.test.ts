import { describe, expect, it } from 'vitest';
import { htmlFiles, readDist, requireDist, urlOf } from '../site/dist';
import { expectNoAxeViolations, runBrowserTests, useSite, waitForHydration } from './setup';

// Every page of the built site, found in dist/ (a page added later is checked without any edit).
requireDist();
const PAGES = htmlFiles().map((file) => ({ file, path: urlOf(file) }));

/** How many times `needle` occurs in the built HTML of a page. */
const countIn = (file: string, needle: RegExp) => readDist(file).match(needle)?.length ?? 0;

describe.skipIf(!runBrowserTests)('quality gates on every page', () => {
  const site = useSite();

  it(`finds the pages to check in dist/ (${PAGES.length})`, () => {
    expect(PAGES.map((p) => p.path)).toContain('/');
    expect(PAGES.length).toBeGreaterThan(2);
  });

  for (const { file, path } of PAGES) {
    it(`${path}: axe finds no violation in the light theme, and no colour-contrast violation in the dark theme; no request leaves the origin, no console error`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, offsite, errors } = await site.newPage({ colorScheme });
        await page.goto(site.base() + path);
        await waitForHydration(page);
        // The theme really is the one axe should judge (the head script follows the system).
        expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(
          colorScheme,
        );
        // Every rule in the light theme; the dark theme changes only colours, so there axe runs
        // the colour-contrast rule alone (half the time of a second full run).
        const results = await expectNoAxeViolations(
          page,
          colorScheme === 'dark' ? { only: ['color-contrast'] } : {},
        );
        const ran = [...results.passes, ...results.violations, ...results.incomplete].map(
          (r) => r.id,
        );
        expect(ran, `color-contrast ran in the ${colorScheme} theme`).toContain('color-contrast');
        expect(offsite, 'requests that left the origin').toEqual([]);
        // A Content-Security-Policy violation is reported on the console, so this catches them.
        expect(errors, 'console errors').toEqual([]);
      }
      // Axe over a chapter's ~500 kB of KaTeX markup takes a while on a busy machine.
    }, 180_000);

    it(`${path}: reads fully with JavaScript disabled (text, math, every <details>, each island's first frame)`, async () => {
      const { page } = await site.newPage({ javaScriptEnabled: false });
      await page.goto(site.base() + path);
      await expect(page.locator('h1').first().innerText()).resolves.toMatch(/\S/);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(80);

      const katex = countIn(file, /class="katex"/g);
      expect(await page.locator('.katex').count()).toBe(katex);
      const blankMath = await page
        .locator('main .katex')
        .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width === 0).length);
      expect(blankMath, 'formulas with no width').toBe(0);

      const details = page.locator('main details');
      const n = await details.count();
      expect(n).toBe(countIn(file, /<details[\s>]/g));
      const empty = await details.evaluateAll(
        (ds) =>
          ds.filter((d) => {
            const summary = d.querySelector('summary')?.textContent ?? '';
            return !summary.trim() || (d.textContent ?? '').trim().length <= summary.trim().length;
          }).length,
      );
      expect(empty, '<details> without a summary or a body').toBe(0);
      // The first visible one opens natively (the "On this page" ToC is hidden on wide screens).
      const visible = page.locator('main article details:visible');
      if ((await visible.count()) > 0) {
        const first = visible.first();
        const wasOpen = await first.evaluate((d: HTMLDetailsElement) => d.open);
        await first.locator('summary').first().click();
        expect(await first.evaluate((d: HTMLDetailsElement) => d.open)).toBe(!wasOpen);
      }

      const islands = page.locator('astro-island');
      expect(await islands.count()).toBe(countIn(file, /<astro-island[\s>]/g));
      const unrendered = await islands.evaluateAll((els) =>
        els
          .filter(
            (e) =>
              !e.hasAttribute('ssr') ||
              e.children.length === 0 ||
              // astro-island is display: contents (no box): measure what it rendered.
              (e.firstElementChild?.getBoundingClientRect().height ?? 0) === 0,
          )
          .map((e) => e.getAttribute('component-url')),
      );
      expect(unrendered, 'islands without a server-rendered first frame').toEqual([]);
    });

    it(`${path}: works with corrupt progress and theme values in localStorage, and repairs them`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(site.base() + path);
      await page.evaluate(() => {
        localStorage.setItem('lfe:theme:v1', '{"broken":');
        localStorage.setItem('lfe:progress:v1', '{"version":1,"completed":');
      });
      await page.reload();
      await waitForHydration(page);
      const stored = await page.evaluate(() => [
        localStorage.getItem('lfe:theme:v1'),
        localStorage.getItem('lfe:progress:v1'),
      ]);
      expect(stored[0]).toBe('system');
      expect(JSON.parse(stored[1]!)).toEqual({ version: 1, completed: {} });
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
      expect(errors).toEqual([]);
    });

    it(`${path}: every element Tab reaches first shows a visible focus indicator`, async () => {
      const { page } = await site.newPage();
      await page.goto(site.base() + path);
      const invisible: string[] = [];
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el);
          const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
          const ringed = s.boxShadow !== 'none';
          const r = el.getBoundingClientRect();
          return {
            name: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}`,
            visible: (outlined || ringed) && r.width > 0 && r.height > 0,
          };
        });
        if (focus && !focus.visible) invisible.push(focus.name);
      }
      expect(invisible).toEqual([]);
    });

    it(`${path}: with prefers-reduced-motion, nothing animates or transitions`, async () => {
      const { page } = await site.newPage({ reducedMotion: 'reduce' });
      await page.goto(site.base() + path);
      const moving = await page.evaluate(() => {
        const seconds = (v: string) =>
          Math.max(
            ...v.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 1e-3 : 1)),
          );
        const out: string[] = [];
        const all = [document.documentElement, ...document.querySelectorAll('*')];
        for (const el of all) {
          const s = getComputedStyle(el);
          const t = seconds(s.transitionDuration);
          const a = s.animationName !== 'none' ? seconds(s.animationDuration) : 0;
          if (t > 0.01 || a > 0.01 || s.scrollBehavior === 'smooth')
            out.push(`${el.tagName.toLowerCase()}.${el.className}: ${s.transitionDuration}`);
        }
        return out;
      });
      expect(moving).toEqual([]);
    });
  }
});
