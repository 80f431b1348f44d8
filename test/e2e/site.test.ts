import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, runBrowserTests, useSite } from './setup';

const CHAPTER = '/chapters/what-is-a-loss/';

describe.skipIf(!runBrowserTests)('site in Chromium', () => {
  const site = useSite();

  it('home → click a tree node → the chapter', async () => {
    const { page, offsite, errors } = await site.newPage();
    await page.goto(site.base() + '/');
    const node = page.locator('a.tree-node[href="' + CHAPTER + '"]');
    await expect(node.getAttribute('aria-label')).resolves.toMatch(
      /difficulty \d of 5, \d+ minutes/,
    );
    await node.click();
    await page.waitForURL(site.base() + CHAPTER);
    await expect(page.locator('h1').textContent()).resolves.toBe('What is a loss?');
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('search "surrogate" from the dialog (Ctrl+K) finds what-is-a-loss and links to a heading', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.base() + '/');
    await page.keyboard.press('Control+k');
    const input = page.getByRole('searchbox', { name: 'Search the guide' });
    await expect(input.isVisible()).resolves.toBe(true);
    await input.fill('surrogate');
    await page.locator('#search-dialog .search-results a.result-title').first().waitFor();
    const titles = await page
      .locator('#search-dialog .search-results a.result-title')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(titles).toContain(CHAPTER);
    const subLinks = await page
      .locator('#search-dialog .search-results ul a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(subLinks.some((h) => h?.startsWith(CHAPTER + '#'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the /search/ page filters by difficulty and keeps the query in the URL', async () => {
    const { page } = await site.newPage();
    await page.goto(site.base() + '/search/?q=loss');
    await page.locator('.search-results a.result-title').first().waitFor();
    const boxes = page.locator('[data-filter="difficulty"] input');
    expect(await boxes.count()).toBeGreaterThan(0);
    await boxes.first().check();
    await page.waitForFunction(() => location.search.includes('difficulty='));
    expect(new URL(page.url()).searchParams.get('q')).toBe('loss');
  });

  it('the theme choice survives a reload, with no flash of the other theme', async () => {
    const { page } = await site.newPage({ colorScheme: 'light' });
    await page.goto(site.base() + CHAPTER);
    const theme = () => page.evaluate(() => document.documentElement.dataset['theme']);
    expect(await theme()).toBe('light');
    const toggle = page.locator('[data-theme-toggle]');
    await toggle.click(); // system → light
    await toggle.click(); // light → dark
    expect(await theme()).toBe('dark');
    await page.reload();
    expect(await theme()).toBe('dark');
    // The inline head script sets the theme before the stylesheet paints anything.
    const atFirstParse = await page.evaluate(() =>
      document.documentElement.getAttribute('data-theme'),
    );
    expect(atFirstParse).toBe('dark');
    await expect(toggle.getAttribute('aria-label')).resolves.toMatch(/^Dark theme/);
  });

  it('a corrupt theme or progress value in localStorage is ignored and repaired', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.base() + '/');
    await page.evaluate(() => {
      localStorage.setItem('lfe:theme:v1', '{"broken":');
      localStorage.setItem('lfe:progress:v1', '{"version":1,"completed":');
    });
    await page.goto(site.base() + CHAPTER);
    const stored = await page.evaluate(() => [
      localStorage.getItem('lfe:theme:v1'),
      localStorage.getItem('lfe:progress:v1'),
    ]);
    expect(stored[0]).toBe('system');
    expect(JSON.parse(stored[1]!)).toEqual({ version: 1, completed: {} });
    expect(errors).toEqual([]);
  });

  it('"Mark complete" is stored and shown in the sidebar and on the tree', async () => {
    const { page } = await site.newPage();
    await page.goto(site.base() + CHAPTER);
    const button = page.getByRole('button', { name: 'Mark complete' });
    await button.click();
    await expect(
      page.getByRole('button', { name: 'Completed ✓' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await expect(
      page
        .locator(`#sidebar a[href="${CHAPTER}"]`)
        .evaluate((a) => a.hasAttribute('data-complete')),
    ).resolves.toBe(true);
    await page.goto(site.base() + '/');
    await expect(
      page
        .locator(`a.tree-node[href="${CHAPTER}"]`)
        .evaluate((a) => a.hasAttribute('data-complete')),
    ).resolves.toBe(true);
  });

  it('a Solution opens when its summary is clicked', async () => {
    const { page } = await site.newPage();
    await page.goto(site.base() + CHAPTER);
    const solution = page.locator('details.solution').first();
    expect(await solution.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await solution.locator('summary').click();
    expect(await solution.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    await expect(solution.locator('.reveal-body').isVisible()).resolves.toBe(true);
  });

  it('with JavaScript disabled the chapter text, math and solutions are all there', async () => {
    const { page } = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.base() + CHAPTER);
    await expect(page.locator('h1').textContent()).resolves.toBe('What is a loss?');
    expect(await page.locator('.katex').count()).toBeGreaterThan(5);
    const solutions = page.locator('details.solution');
    expect(await solutions.count()).toBeGreaterThanOrEqual(3);
    await solutions.first().locator('summary').click();
    await expect(solutions.first().locator('.reveal-body').isVisible()).resolves.toBe(true);
    expect((await page.locator('article').innerText()).length).toBeGreaterThan(5000);
  });

  for (const path of ['/', CHAPTER, '/search/?q=loss']) {
    // axe over a long chapter with hundreds of formulas takes tens of seconds on 2 cores.
    it(`axe reports no violation on ${path} (light and dark)`, { timeout: 180_000 }, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, offsite } = await site.newPage({ colorScheme });
        await page.goto(site.base() + path);
        if (path.startsWith('/search/')) await page.locator('.search-results li').first().waitFor();
        await expectNoAxeViolations(page);
        expect(offsite).toEqual([]);
      }
    });
  }

  it('the search dialog passes axe while open', async () => {
    const { page } = await site.newPage();
    await page.goto(site.base() + CHAPTER);
    await page
      .getByRole('button', { name: /Search/ })
      .first()
      .click();
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill('gradient');
    await page.locator('#search-dialog .search-results li').first().waitFor();
    await expectNoAxeViolations(page);
  });

  it('works at 360 px: the chapters menu opens and closes with Escape', async () => {
    const { page } = await site.newPage({ viewport: { width: 360, height: 780 } });
    await page.goto(site.base() + CHAPTER);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    const menu = page.getByRole('button', { name: 'Chapters menu' });
    await menu.click();
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(false);
  });
});
