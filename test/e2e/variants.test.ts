import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { practiceProblems } from '~/compute';
import { defaultTolerance } from '~/lib/answer';
import { formatParam } from '~/lib/variants';
import { runBrowserTests, useSite } from './setup';

/** The answer box's verdict for a typed value. */
async function check(problem: Locator, typed: string): Promise<string> {
  const form = problem.locator('form.answer-check');
  await form.getByRole('textbox').fill(typed);
  await form.getByRole('button', { name: 'Check' }).click();
  return (await form.locator('[data-answer-feedback]').textContent()) ?? '';
}

/** The text every <Param> of a problem shows, in document order. */
const paramTexts = (problem: Locator) =>
  problem.locator('[data-param]').evaluateAll((els) => els.map((e) => e.textContent));

/** The seed "New numbers" put into the URL for problem `id`. */
const seedInUrl = (page: Page, id: string) =>
  Number(new URL(page.url()).searchParams.get(`p-${id}`));

describe.skipIf(!runBrowserTests)('"New numbers" on parameterized problems', () => {
  const site = useSite();

  it('draws a variant: numbers, hints, solution and the answer box all change together', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.base() + '/chapters/optimizers/');
    const problem = page.locator('#op-p1');
    const button = problem.getByRole('button', { name: 'New numbers' });
    await button.waitFor({ state: 'visible' });
    const registry = practiceProblems['op-p1']!;
    const printed = registry.variant(0);
    const before = await paramTexts(problem);

    // Open the first hint and the solution, then ask for new numbers: both close again.
    await problem.locator('details.hint summary').first().click();
    await button.click();
    await expect.poll(() => seedInUrl(page, 'op-p1')).toBeGreaterThan(0);
    const seed = seedInUrl(page, 'op-p1');
    const variant = registry.variant(seed);
    expect(variant.answer).not.toBe(printed.answer);
    await expect
      .poll(() => problem.locator('form.answer-check').getAttribute('data-answer'))
      .toBe(String(variant.answer));
    const after = await paramTexts(problem);
    expect(after).not.toEqual(before);
    expect(await problem.locator('details.hint').first().getAttribute('open')).toBeNull();
    expect(await problem.locator('details.hint').nth(1).isVisible()).toBe(false);
    await expect(problem.locator('[data-variant-status]').textContent()).resolves.toContain(
      `variant ${seed}`,
    );

    // The statement, the hints and the solution print the variant's numbers.
    const show = (name: string, digits: number, index?: number) =>
      formatParam(variant.values[name]!, { digits, ...(index === undefined ? {} : { index }) });
    const statement = problem.locator(':scope > p').first();
    for (const name of ['lr', 'mu', 'g']) {
      await expect(statement.locator(`[data-param="${name}"]`).textContent()).resolves.toBe(
        formatParam(variant.values[name]!, { digits: name === 'g' ? 1 : 2, trim: true }),
      );
    }
    await problem.locator('details.hint summary').first().click();
    await expect(problem.locator('details.hint').first().textContent()).resolves.toContain(
      formatParam(variant.values['g']!, { digits: 1, trim: true }),
    );
    await problem.locator('details.solution summary').click();
    const solution = (await problem.locator('details.solution').textContent()) ?? '';
    expect(solution).toContain(show('weights', 3, 2));
    expect(solution).toContain(show('buffers', 3, 2));
    expect(solution).toContain(show('plain', 3));

    // The box accepts the new answer, typed as a reader rounds it, and rejects the old one.
    const tolerance = defaultTolerance(variant.answer);
    expect(Math.abs(printed.answer - variant.answer)).toBeGreaterThan(tolerance);
    expect(await check(problem, printed.answer.toFixed(3).replace('-', '−'))).toMatch(/^Not yet/);
    expect(await check(problem, variant.answer.toFixed(3).replace('-', '−'))).toMatch(/^Correct/);

    // Back to the printed numbers: the URL forgets the seed.
    await problem.getByRole('button', { name: 'Original numbers' }).click();
    await expect.poll(() => paramTexts(problem)).toEqual(before);
    expect(new URL(page.url()).searchParams.has('p-op-p1')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('?p-<id>=<seed> opens the same variant, and a malformed seed falls back with a message', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.base() + '/chapters/cross-entropy/');
    const problem = page.locator('#ce-p1');
    await problem.getByRole('button', { name: 'New numbers' }).click();
    await expect.poll(() => seedInUrl(page, 'ce-p1')).toBeGreaterThan(0);
    await expect.poll(() => paramTexts(problem)).not.toContain('0.9');
    const drawn = await paramTexts(problem);
    const link = page.url();

    const other = (await site.newPage()).page;
    await other.goto(link);
    const linked = other.locator('#ce-p1');
    await expect.poll(() => paramTexts(linked)).toEqual(drawn);
    await expect(linked.locator('[data-variant-status]').textContent()).resolves.toMatch(
      /from the link/,
    );

    const printed = practiceProblems['ce-p1']!.variant(0);
    for (const bad of ['abc', '-3', '1e5', '2.5', '9999999999', '']) {
      await page.goto(`${site.base()}/chapters/cross-entropy/?p-ce-p1=${encodeURIComponent(bad)}`);
      const p = page.locator('#ce-p1');
      await p.getByRole('button', { name: 'New numbers' }).waitFor({ state: 'visible' });
      expect(await p.locator('form.answer-check').getAttribute('data-answer')).toBe(
        String(printed.answer),
      );
      expect(await p.locator('[data-param="p"]').first().textContent()).toBe('0.9');
      await expect(p.locator('[data-variant-status]').textContent()).resolves.toMatch(
        /not a variant number/,
      );
    }
    expect(errors).toEqual([]);
  });

  it('works on the /practice/ hub, where the URL keeps the seed next to the filters', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.base() + '/practice/?p-ml-p1=4');
    const problem = page.locator('#ml-p1');
    const variant = practiceProblems['ml-p1']!.variant(4);
    await expect
      .poll(() => problem.locator('[data-param="hinge"]').textContent())
      .toBe(formatParam(variant.values['hinge']!, { digits: 2 }));
    expect(await check(problem, variant.answer.toFixed(2))).toMatch(/^Correct/);
    // The solution, fetched for the hub, carries the variant's numbers too.
    await problem.locator(':scope > details.solution > summary').click();
    const inSolution = problem.locator(':scope > details.solution [data-param]');
    await expect.poll(() => inSolution.count()).toBeGreaterThan(0);
    for (const el of await inSolution.all()) {
      const name = (await el.getAttribute('data-param'))!;
      const digits = Number(await el.getAttribute('data-digits'));
      expect(await el.textContent(), name).toBe(formatParam(variant.values[name]!, { digits }));
    }
    expect(await problem.locator(':scope > details.solution').innerText()).not.toMatch(
      /needs JavaScript/,
    );

    await page.getByLabel('Difficulty').selectOption('easy');
    expect(new URL(page.url()).searchParams.get('p-ml-p1')).toBe('4');
    await problem.getByRole('button', { name: 'New numbers' }).click();
    await expect.poll(() => seedInUrl(page, 'ml-p1')).toBeGreaterThan(4);
    expect(new URL(page.url()).searchParams.get('difficulty')).toBe('easy');
    expect(errors).toEqual([]);
  });
});
