import { describe, expect, it } from 'vitest';
import { parseReaderNumber } from '~/lib/answer';
import { runBrowserTests, useSite } from './setup';

describe.skipIf(!runBrowserTests)('practice in Chromium', () => {
  const site = useSite();

  it('the answer box accepts the computed answer within tolerance and rejects a wrong one', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.base() + '/practice/');
    const form = page.locator('form.answer-check').first();
    await form.waitFor({ state: 'visible' });
    const answer = Number(await form.getAttribute('data-answer'));
    const tolerance = Number(await form.getAttribute('data-tolerance'));
    expect(Number.isFinite(answer) && tolerance > 0).toBe(true);
    const input = form.getByRole('textbox');
    const feedback = form.locator('[data-answer-feedback]');

    await input.fill(String(answer + 10 * tolerance + 1));
    await form.getByRole('button', { name: 'Check' }).click();
    await expect(feedback.textContent()).resolves.toMatch(/^Not yet/);

    // A reader types a rounded value with a Unicode minus where needed: still right.
    const typed = (answer + tolerance / 2).toFixed(6).replace('-', '−');
    expect(Math.abs(parseReaderNumber(typed)! - answer)).toBeLessThanOrEqual(tolerance);
    await input.fill(typed);
    await form.getByRole('button', { name: 'Check' }).click();
    await expect(feedback.textContent()).resolves.toMatch(/^Correct/);
    await expect(page.locator('[data-hub-count]').textContent()).resolves.toMatch(/· 1 solved/);

    await input.fill('one half');
    await form.getByRole('button', { name: 'Check' }).click();
    await expect(feedback.textContent()).resolves.toMatch(/not a number this box can read/);
    expect(errors).toEqual([]);
  });

  it('a hint and a solution opened on the hub show their bodies, math included', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.base() + '/practice/');
    const problem = page.locator('#ml-p1');
    const solution = problem.locator(':scope > details.solution');
    await solution.locator('summary').click();
    await expect.poll(() => solution.locator('.lazy-fallback').count()).toBe(0);
    await expect(solution.locator('.reveal-body').innerText()).resolves.toMatch(/hinge/i);
    const hint = problem.locator(':scope > details.hint').first();
    await hint.locator('summary').click();
    await expect.poll(() => hint.locator('.reveal-body .katex').count()).toBeGreaterThan(0);
    // The chapter prints the same text.
    const chapter = await site.newPage();
    await chapter.page.goto(site.base() + '/chapters/margin-losses/');
    const printed = await chapter.page
      .locator('#ml-p1 > details.solution .reveal-body')
      .evaluate((e) => e.textContent);
    expect(await solution.locator('.reveal-body').evaluate((e) => e.textContent)).toBe(printed);
    expect(errors).toEqual([]);
  });

  it('when the bodies cannot be fetched, an opened hint says so and keeps the link to the chapter', async () => {
    const { page, errors } = await site.newPage();
    await page.route('**/practice/reveal-bodies.json', (route) => route.abort());
    await page.goto(site.base() + '/practice/');
    const hint = page.locator('#ml-p1 > details.hint').first();
    await hint.locator('summary').click();
    await expect
      .poll(() => hint.innerText())
      .toMatch(/could not be loaded here; read it under the problem in its chapter/);
    await expect(hint.locator('a').getAttribute('href')).resolves.toBe(
      '/chapters/margin-losses/#ml-p1',
    );
    // Only the refused request is reported; the page goes on working.
    expect(errors.filter((e) => !/reveal-bodies|Failed to load resource/.test(e))).toEqual([]);
    await page.getByLabel('Difficulty').selectOption('hard');
    await expect(page.locator('[data-hub-count]').textContent()).resolves.toMatch(
      /^Showing \d+ of/,
    );
  });

  it('hints open one at a time, and the hub filters by difficulty', async () => {
    const { page } = await site.newPage();
    await page.goto(site.base() + '/practice/');
    const problem = page
      .locator('.gathered .problem')
      .filter({ has: page.locator('details.hint >> nth=1') })
      .first();
    const hints = problem.locator(':scope > details.hint');
    await expect(hints.nth(1).isVisible()).resolves.toBe(false);
    await hints.nth(0).locator('summary').click();
    await expect(hints.nth(1).isVisible()).resolves.toBe(true);

    await page.getByLabel('Difficulty').selectOption('hard');
    const visible = await page
      .locator('.gathered:not([hidden])')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['difficulty']));
    expect(visible.length).toBeGreaterThan(0);
    expect(new Set(visible)).toEqual(new Set(['hard']));
    expect(new URL(page.url()).searchParams.get('difficulty')).toBe('hard');
  });
});

describe.skipIf(!runBrowserTests)('loss catalog in Chromium', () => {
  const site = useSite();

  it('the catalog sorts by a column and filters by family and convexity', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.base() + '/losses/');
    const rows = page.locator('[data-catalog-table] tbody tr:not([hidden])');
    const total = await rows.count();
    await page.getByLabel('Family').selectOption('margin');
    const families = await rows.evaluateAll((rs) =>
      rs.map((r) => (r as HTMLElement).dataset['family']),
    );
    expect(new Set(families)).toEqual(new Set(['margin']));
    await page.getByLabel('Convex').check();
    const convex = await rows.evaluateAll((rs) =>
      rs.map((r) => (r as HTMLElement).dataset['convex']),
    );
    expect(convex.length).toBeLessThan(families.length);
    expect(new Set(convex)).toEqual(new Set(['true']));
    await page.getByLabel('Family').selectOption('');
    await page.getByLabel('Convex').uncheck();
    expect(await rows.count()).toBe(total);

    await page.getByRole('button', { name: 'Loss' }).click();
    const names = await rows.evaluateAll((rs) =>
      rs.map((r) => (r as HTMLElement).dataset['name']!),
    );
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await expect(page.locator('th[aria-sort]').getAttribute('aria-sort')).resolves.toBe(
      'ascending',
    );
    expect(errors).toEqual([]);
  });
});
