import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createOptimizer, mseLinear1D } from '~/compute';
import { fmt } from '~/lib/format';
import { AxeBuilder } from '@axe-core/playwright';
import { runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="OptimizationLoop"]';
const PATH = '/chapters/gradient-descent/';
// The widget's stated example: x = 2, y = 3, w0 = 0.5, η = 0.05.
const r = mseLinear1D(0.5, 0, { x: [2], y: [3] });

/** Axe on the widget alone (the whole chapter is checked by the site's own a11y test). */
async function expectWidgetAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).include(WIDGET).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes[0]?.target.join(' ')}`),
  ).toEqual([]);
}

async function hydrated(page: Page) {
  const root = page.locator(WIDGET).first();
  await root.scrollIntoViewIfNeeded();
  await page.waitForSelector(`astro-island:not([ssr]) ${WIDGET}`);
  return root;
}

describe.skipIf(!runBrowserTests)('OptimizationLoop in Chromium', () => {
  const site = useSite();

  it('"Step" by keyboard walks the loop; the formulas match src/compute', async () => {
    const { page, errors, offsite } = await site.newPage();
    await page.goto(site.base() + PATH);
    const root = await hydrated(page);
    await root.getByRole('button', { name: 'Step', exact: true }).focus();
    for (let k = 0; k < 3; k++) await page.keyboard.press('Enter');
    const formulas = await root.locator('.loop-formula').allTextContents();
    const w1 = createOptimizer('sgd', { lr: 0.05 }).step([0.5], [r.dLdw])[0]!;
    expect(formulas[1]).toBe(
      `L = (ŷ − y)² = (${fmt(r.predictions[0]!, 3)} − 3)² = ${fmt(r.loss, 3)}`,
    );
    expect(formulas[3]).toBe(
      `w ← w − η · ∂L/∂w = 0.500 − 0.050 × (${fmt(r.dLdw, 3)}) = ${fmt(w1, 3)}`,
    );
    await expect(root.locator('[data-active="true"]').getAttribute('data-phase')).resolves.toBe(
      'update',
    );
    await page.waitForFunction(() => location.search.includes('loop.s=3'));
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  });

  it('keeps a steady height: the text below does not move as the reader steps, Resets or narrows the page', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.base() + PATH);
    const root = await hydrated(page);
    const step = root.getByRole('button', { name: 'Step', exact: true });
    /** The widget's height and the top of the element after it, relative to the widget. */
    const measure = () =>
      root.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const next = el.parentElement!.closest('astro-island')!.nextElementSibling!;
        return { height: box.height, below: next.getBoundingClientRect().top - box.top };
      });
    const seen: { height: number; below: number }[] = [];
    // 20 steps: the phase texts and the weight history change length, which wrapped to other
    // heights before (881 to 947 px at 1280 px wide).
    for (let k = 0; k < 20; k++) {
      await step.click();
      seen.push(await measure());
    }
    for (let k = 1; k < seen.length; k++) {
      expect(seen[k]!.height).toBeGreaterThanOrEqual(seen[k - 1]!.height);
      expect(seen[k]!.below).toBeGreaterThanOrEqual(seen[k - 1]!.below);
    }
    const tallest = seen.at(-1)!;
    // Reset empties the history: the content is shorter, the frame is not.
    await root.getByRole('button', { name: 'Reset' }).click();
    await expect(measure()).resolves.toEqual(tallest);
    // At another width the frame starts over from its content's own height.
    await page.setViewportSize({ width: 420, height: 900 });
    await page.waitForFunction((sel) => {
      const el = document.querySelector<HTMLElement>(sel)!;
      return el.offsetWidth < 420 && el.style.minHeight !== '';
    }, WIDGET);
    const narrow = await root.evaluate((el: HTMLElement) => {
      const floor = el.style.minHeight;
      el.style.minHeight = '';
      const natural = el.getBoundingClientRect().height;
      el.style.minHeight = floor;
      return { floor, natural };
    });
    expect(parseFloat(narrow.floor)).toBeCloseTo(narrow.natural, 1);
    expect(errors).toEqual([]);
  });

  it('axe finds nothing (light and dark); without JavaScript the ring and first formula are there', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await site.newPage({ colorScheme });
      await page.goto(site.base() + PATH);
      const root = await hydrated(page);
      await root.getByRole('button', { name: 'Step', exact: true }).click();
      await expectWidgetAxeClean(page);
    }
    const { page } = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.base() + PATH);
    const root = page.locator(WIDGET).first();
    await expect(root.locator('svg.loop-ring[role="img"]').count()).resolves.toBe(1);
    await expect(root.locator('.loop-formula').first().textContent()).resolves.toBe(
      `ŷ = w · x = 0.500 × 2 = ${fmt(r.predictions[0]!, 3)}`,
    );
  }, 120_000);
});
