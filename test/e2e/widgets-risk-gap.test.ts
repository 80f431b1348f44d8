import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createRiskDistribution, fitRidgePolynomial } from '~/compute';
import { fmtSig } from '~/lib/format';
import { htmlFiles, readDist, urlOf } from '../site/dist';
import { expectNoAxeViolations, runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="RiskGapSimulator"]';
const dist = createRiskDistribution({ target: 'sine', noise: 0.3 });

function pagesWithWidget(): string[] {
  try {
    return htmlFiles()
      .filter((f) => readDist(f).includes('data-widget="RiskGapSimulator"'))
      .map(urlOf);
  } catch {
    return [];
  }
}

async function hydrated(page: Page) {
  const root = page.locator(WIDGET).first();
  await root.scrollIntoViewIfNeeded();
  await page.waitForSelector(`astro-island:not([ssr]) ${WIDGET}`);
  return root;
}

/** What compute gives at the widget's current settings (λ from the slider's log10 value). */
async function computed(page: Page) {
  const root = page.locator(WIDGET).first();
  const value = async (name: string) =>
    Number(await root.getByRole('slider', { name, exact: true }).inputValue());
  const n = await value('Training set size');
  const degree = await value('Model complexity');
  const logLambda = await value('Regularization λ');
  const seed = Number((await root.locator('.rgs-seed').textContent())!.replace(/\D/g, ''));
  const s = dist.sample(n, seed);
  const fit = fitRidgePolynomial(s.x, s.y, {
    degree,
    lambda: logLambda <= -9 ? 0 : 10 ** logLambda,
  });
  const risk = dist.expectedRisk(fit.predict);
  return { n, train: fmtSig(fit.trainLoss), risk: fmtSig(risk), gap: fmtSig(risk - fit.trainLoss) };
}

const readout = (page: Page, label: string) =>
  page.locator(WIDGET).first().getByLabel(label, { exact: true }).textContent();

describe.skipIf(!runBrowserTests)('RiskGapSimulator in Chromium', () => {
  const site = useSite();
  const pages = pagesWithWidget();

  it('is placed on at least one page of the built site', () => {
    expect(pages).not.toEqual([]);
  });

  for (const path of pages.slice(0, 1)) {
    it(`${path}: the keyboard moves "Training set size" and the readouts match src/compute`, async () => {
      const { page, errors, offsite } = await site.newPage();
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      const slider = root.getByRole('slider', { name: 'Training set size' });
      const before = await computed(page);
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const after = await computed(page);
      expect(after.n).toBe(before.n + 2);
      await expect(readout(page, 'Training loss')).resolves.toBe(after.train);
      await expect(readout(page, 'Expected loss')).resolves.toBe(after.risk);
      await expect(readout(page, 'Gap')).resolves.toBe(after.gap);
      await root.getByRole('button', { name: 'Resample' }).click();
      await expect(readout(page, 'Expected loss')).resolves.toBe((await computed(page)).risk);
      const id = await root.getAttribute('id');
      await page.waitForFunction((prefix) => location.search.includes(prefix), `${id}.n=`);
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    });

    it(`${path}: a link opens in its state; an interpolating fit is explained in words`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(`${site.base()}${path}?risk.n=5&risk.degree=12`);
      const root = await hydrated(page);
      const state = await computed(page);
      expect(state.n).toBe(5);
      await expect(readout(page, 'Expected loss')).resolves.toBe(state.risk);
      await expect(root.textContent()).resolves.toMatch(
        /swings wildly between the training points/,
      );
      expect(await root.evaluate((r) => r.innerHTML)).not.toMatch(/NaN|Infinity/);
      expect(errors).toEqual([]);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      // axe over a whole chapter is slow on a busy machine: a longer timeout for this one.
      it(`${path}: axe finds nothing with the widget hydrated (${colorScheme})`, async () => {
        const { page } = await site.newPage({ colorScheme });
        await page.goto(site.base() + path);
        await hydrated(page);
        await expectNoAxeViolations(page, { include: WIDGET });
      }, 180_000);
    }

    it(`${path}: without JavaScript the first frame (two charts and readouts) is there`, async () => {
      const { page } = await site.newPage({ javaScriptEnabled: false });
      await page.goto(site.base() + path);
      const root = page.locator(WIDGET).first();
      await expect(root.locator('svg[role="img"]').count()).resolves.toBe(2);
      await expect(readout(page, 'Expected loss')).resolves.toBe((await computed(page)).risk);
    });
  }
});
