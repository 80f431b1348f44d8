import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { lineData, mseLinear1D } from '~/compute';
import { fmtSig } from '~/lib/format';
import { htmlFiles, readDist, urlOf } from '../site/dist';
import { AxeBuilder } from '@axe-core/playwright';
import { runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="ChainRuleStepper"]';
const data = lineData({ n: 20, slope: 2, noise: 1, seed: 1 });

/** Runs axe on the widget (the whole chapter takes minutes on a loaded machine); no violation. */
async function expectWidgetAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include(WIDGET).analyze();
  const readable = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(readable).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(0);
}

function pagesWithWidget(): string[] {
  try {
    return htmlFiles()
      .filter((f) => readDist(f).includes('data-widget="ChainRuleStepper"'))
      .map(urlOf);
  } catch {
    return [];
  }
}

async function hydrated(page: Page): Promise<Locator> {
  const root = page.locator(WIDGET).first();
  await root.scrollIntoViewIfNeeded();
  await page.waitForSelector(`astro-island:not([ssr]) ${WIDGET}`);
  return root;
}

/** The readouts src/compute gives for the widget's current w, b and sample. */
async function fromCompute(root: Locator) {
  const w = Number(await root.getByRole('slider', { name: 'Weight w' }).inputValue());
  const b = Number(await root.getByRole('slider', { name: 'Bias b' }).inputValue());
  const i = Number(await root.getByRole('slider', { name: 'Sample i' }).inputValue()) - 1;
  const fit = mseLinear1D(w, b, data);
  const h = 1e-3;
  const fd = (mseLinear1D(w + h, b, data).loss - mseLinear1D(w - h, b, data).loss) / (2 * h);
  return {
    w,
    dLdw: fmtSig(fit.dLdw, 4),
    dLdyhat: fmtSig(fit.dLdyhat[i]!, 4),
    loss: fmtSig(fit.loss, 4),
    fd: fmtSig(fd, 4),
  };
}

describe.skipIf(!runBrowserTests)('ChainRuleStepper in Chromium', () => {
  const site = useSite();
  const pages = pagesWithWidget();

  it('is placed on at least one page of the built site', () => {
    expect(pages, 'no page in dist/ has a ChainRuleStepper').not.toEqual([]);
  });

  for (const path of pages.slice(0, 1)) {
    it(`${path}: the keyboard moves "Weight w" and the readouts match mseLinear1D`, async () => {
      const { page, errors, offsite } = await site.newPage();
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      const before = await fromCompute(root);
      await root.getByRole('slider', { name: 'Weight w' }).focus();
      for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
      const after = await fromCompute(root);
      expect(after.w).toBeCloseTo(before.w + 0.03, 9);
      await expect(root.getByLabel(/^∂L\/∂w$/).textContent()).resolves.toBe(after.dLdw);
      await expect(root.getByLabel(/^Loss L/).textContent()).resolves.toBe(after.loss);
      await expect(root.getByLabel(/^∂L\/∂ŷi/).textContent()).resolves.toBe(after.dLdyhat);
      await expect(root.getByLabel(/^Finite difference/).textContent()).resolves.toBe(after.fd);

      // "Next step" walks the graph; the step reaches the address bar.
      await root.getByRole('button', { name: 'Next step' }).click();
      await expect(root.locator('.crs-step-title').textContent()).resolves.toMatch(/^Step 2 of 4/);
      const id = await root.getAttribute('id');
      await page.waitForFunction((p) => location.search.includes(p), `${id}.step=1`);
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    });

    it(`${path}: a link with settings opens in that state; a bad one falls back with a notice`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(site.base() + path);
      const id = await page.locator(WIDGET).first().getAttribute('id');
      await page.goto(`${site.base()}${path}?${id}.w=2.5&${id}.b=-1&${id}.step=3&${id}.sample=4`);
      let root = await hydrated(page);
      const state = await fromCompute(root);
      expect(state.w).toBe(2.5);
      await expect(root.getByLabel(/^∂L\/∂w$/).textContent()).resolves.toBe(state.dLdw);
      await expect(root.locator('.crs-step-title').textContent()).resolves.toMatch(/^Step 4/);

      await page.goto(`${site.base()}${path}?${id}.w=Infinity`);
      root = await hydrated(page);
      await expect(root.getByText(/could not be used/).textContent()).resolves.toMatch(/Weight w/);
      const outputs = await root.locator('output').allTextContents();
      expect(outputs.join(' ')).not.toMatch(/NaN|Infinity|undefined|∞/);
      expect(errors).toEqual([]);
    });

    it(`${path}: axe finds nothing with the widget hydrated (light and dark)`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await site.newPage({ colorScheme });
        await page.goto(site.base() + path);
        const root = await hydrated(page);
        await root.getByRole('button', { name: 'Next step' }).click();
        await expectWidgetAxeClean(page);
      }
    }, 120_000);

    it(`${path}: without JavaScript the first frame (graph, chart, readouts) is there`, async () => {
      const { page } = await site.newPage({ javaScriptEnabled: false });
      await page.goto(site.base() + path);
      const root = page.locator(WIDGET).first();
      await expect(root.locator('svg[role="img"]').count()).resolves.toBe(1);
      await expect(root.getByRole('img', { name: /^Computation graph/ }).count()).resolves.toBe(1);
      await expect(root.getByLabel(/^∂L\/∂w$/).textContent()).resolves.toBe(
        fmtSig(mseLinear1D(1, 0, data).dLdw, 4),
      );
    });
  }
});
