import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { distDir, requireDist } from '../site/dist';
import { hasChromium, chromiumPath, launchChromium } from './browser';
import { serveDist } from './server';

const inCI = process.env['CI'] === 'true';

/**
 * Browser tests run when a Chromium is found. Without one they are skipped with a loud notice,
 * except under CI=true, where a missing browser is a failure.
 */
export const runBrowserTests = hasChromium;

if (!hasChromium) {
  const notice = `\n\n  ⚠  BROWSER TESTS SKIPPED: no Chromium at ${chromiumPath}.\n     Install one (apt-get install chromium) or set CHROMIUM_PATH.\n\n`;
  console.warn(notice);
  if (inCI) {
    it('has a Chromium to run the browser tests (CI=true)', () => {
      throw new Error(`No Chromium at ${chromiumPath}; CI must run the browser tests.`);
    });
  }
}

/** A browser and a server for the built site, started once per test file. */
export function useSite(): {
  base: () => string;
  browser: () => Browser;
  newPage: (
    options?: Parameters<Browser['newContext']>[0],
  ) => Promise<{ page: Page; context: BrowserContext; offsite: string[]; errors: string[] }>;
} {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    if (!runBrowserTests) return;
    requireDist();
    [browser, server] = await Promise.all([launchChromium(), serveDist(distDir)]);
  });
  // Each test's pages are closed when it ends: left open, every-page suites kept hundreds of
  // renderer processes alive (20 GB on a 24 GB machine).
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => {})));
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    await browser?.close();
    await server?.close();
  });
  return {
    base: () => server!.url,
    browser: () => browser!,
    async newPage(options = {}) {
      const context = await browser!.newContext({
        viewport: { width: 1280, height: 900 },
        ...options,
      });
      contexts.push(context);
      const offsite: string[] = [];
      const errors: string[] = [];
      // Any request that would leave the site's origin is recorded and refused.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(server!.url) || url.startsWith('data:') || url.startsWith('blob:'))
          return route.continue();
        offsite.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      return { page, context, offsite, errors };
    },
  };
}

/**
 * Runs axe on a page and asserts no violation, listing each one readably on failure. Returns the
 * results, so a caller can check which rules ran (e.g. color-contrast in the dark theme).
 * `only` limits the rules; `include` limits the check to a part of the page (a widget: the whole
 * page is checked by quality.test.ts).
 */
export async function expectNoAxeViolations(
  page: Page,
  options: { readonly only?: readonly string[]; readonly include?: string } = {},
): Promise<Awaited<ReturnType<AxeBuilder['analyze']>>> {
  // Off-screen prose blocks are content-visibility: auto (skipped until near the viewport), and
  // axe treats skipped content as hidden: render everything so that every element is judged.
  await page.addStyleTag({ content: '.prose > * { content-visibility: visible !important; }' });
  const builder = new AxeBuilder({ page });
  if (options.only) builder.withRules([...options.only]);
  if (options.include) builder.include(options.include);
  const results = await builder.analyze();
  const readable = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(readable).toEqual([]);
  return results;
}

/**
 * Waits until every Astro island on the page has hydrated. Islands are `client:visible`, so each
 * is scrolled into view first; the page is then scrolled back to the top.
 */
export async function waitForHydration(page: Page): Promise<void> {
  // client:visible islands hydrate only once seen: bring each into view in turn and wait for it,
  // since scrolling past all of them in one go leaves all but the last unseen.
  const count = await page.evaluate(() => document.querySelectorAll('astro-island').length);
  for (let i = 0; i < count; i++) {
    const pending = await page.evaluate((index) => {
      const island = document.querySelectorAll('astro-island')[index];
      if (!island || !island.hasAttribute('ssr')) return false;
      // astro-island is display: contents (no box of its own): scroll to its first child.
      (island.firstElementChild ?? island).scrollIntoView();
      return true;
    }, i);
    if (!pending) continue;
    await page.waitForFunction(
      (index) => !document.querySelectorAll('astro-island')[index]?.hasAttribute('ssr'),
      i,
    );
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
