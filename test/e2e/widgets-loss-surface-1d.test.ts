import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createOptimizer, lineData, mseLinear1D } from '~/compute';
import { fmtSig } from '~/lib/format';
import { AxeBuilder } from '@axe-core/playwright';
import { runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="LossSurface1D"]';
const PATH = '/chapters/gradient-descent/';
const data = lineData({ n: 20, slope: 2, noise: 1, seed: 1 });
const at = (w: number) => mseLinear1D(w, 0, data);

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

describe.skipIf(!runBrowserTests)('LossSurface1D in Chromium', () => {
  const site = useSite();

  it('the keyboard moves "Weight w"; readouts and "Take a step" match src/compute', async () => {
    const { page, errors, offsite } = await site.newPage();
    await page.goto(site.base() + PATH);
    const root = await hydrated(page);
    const slider = root.getByRole('slider', { name: 'Weight w' });
    await slider.focus();
    for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
    const w = Number(await slider.inputValue());
    expect(w).toBeCloseTo(0.05, 9);
    await expect(root.getByLabel('Loss L(w)').textContent()).resolves.toBe(fmtSig(at(w).loss, 4));
    await expect(root.getByLabel('Gradient ∂L/∂w').textContent()).resolves.toBe(
      fmtSig(at(w).dLdw, 4),
    );
    await root.getByRole('button', { name: 'Take a step' }).click();
    const w1 = createOptimizer('sgd', { lr: 0.1 }).step([w], [at(w).dLdw])[0]!;
    await expect(root.getByLabel('Loss L(w)').textContent()).resolves.toBe(fmtSig(at(w1).loss, 4));
    await page.waitForFunction(() => location.search.includes('ls1.n=1'));
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  });

  it('a too-large learning rate diverges and says so; a bad link falls back with a notice', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.base()}${PATH}?ls1.lr=1.5&ls1.n=3`);
    const root = await hydrated(page);
    await expect(root.locator('#ls1-message').textContent()).resolves.toMatch(/Diverging/);
    await page.goto(`${site.base()}${PATH}?ls1.w=abc`);
    const again = await hydrated(page);
    await expect(again.getByText(/could not be used/).textContent()).resolves.toMatch(/weight/);
    const outputs = await again.locator('output').allTextContents();
    expect(outputs.join(' ')).not.toMatch(/NaN|Infinity|undefined|∞/);
    expect(errors).toEqual([]);
  });

  it('axe finds nothing with the widget hydrated (light and dark)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await site.newPage({ colorScheme });
      await page.goto(site.base() + PATH);
      const root = await hydrated(page);
      await root.getByRole('button', { name: 'Take a step' }).click();
      await expectWidgetAxeClean(page);
    }
  }, 120_000);

  it('without JavaScript the first frame (chart and readouts) is there', async () => {
    const { page } = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.base() + PATH);
    const root = page.locator(WIDGET).first();
    await expect(root.locator('svg[role="img"]').count()).resolves.toBe(1);
    await expect(root.getByLabel('Loss L(w)').textContent()).resolves.toBe(fmtSig(at(0).loss, 4));
  });
});
