import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  createLinearRegression,
  createOptimizer,
  defaultParams,
  fit,
  getLoss,
  lineData,
  pick,
  splitTrainHeldOut,
} from '~/compute';
import { fmtSig } from '~/lib/format';
import { htmlFiles, readDist, urlOf } from '../site/dist';
import { expectNoAxeViolations, runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="TrainingPlayground"]';

function pagesWithWidget(): string[] {
  try {
    return htmlFiles()
      .filter((f) => readDist(f).includes('data-widget="TrainingPlayground"'))
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

/** Compute's final epoch for the regression settings the widget shows (SGD, full batch). */
async function computed(page: Page) {
  const root = page.locator(WIDGET).first();
  const num = async (name: string) =>
    Number(await root.getByRole('slider', { name, exact: true }).inputValue());
  const loss = await root.getByRole('combobox', { name: 'Loss' }).inputValue();
  const lr = Number(await root.getByRole('combobox', { name: 'Learning rate' }).inputValue());
  const [points, noise, seed, outliers, epochs] = await Promise.all(
    ['Points', 'Noise', 'Seed', 'Add outliers', 'Epochs'].map(num),
  );
  const d = lineData({ n: points!, noise: noise!, outliers: outliers!, seed: seed! });
  const split = splitTrainHeldOut(points!, { heldOutFraction: 0.25, seed: seed! });
  const entry = getLoss(loss);
  const run = fit({
    model: createLinearRegression(1),
    data: { x: pick(d.x, split.train), y: pick(d.y, split.train) },
    heldOut: { x: pick(d.x, split.heldOut), y: pick(d.y, split.heldOut) },
    loss: entry,
    lossParams: defaultParams(entry),
    optimizer: createOptimizer('sgd', { lr }),
    epochs: epochs!,
    seed: seed!,
  });
  const last = run.trace[run.trace.length - 1]!;
  return {
    loss,
    w: fmtSig(last.params[0]!),
    b: fmtSig(last.params[1]!),
    train: fmtSig(last.trainLoss),
  };
}

const readout = (page: Page, label: string) =>
  page.locator(WIDGET).first().getByLabel(label, { exact: true }).textContent();

describe.skipIf(!runBrowserTests)('TrainingPlayground in Chromium', () => {
  const site = useSite();
  const pages = pagesWithWidget();

  it('is placed on at least one page of the built site', () => {
    expect(pages).not.toEqual([]);
  });

  for (const path of pages.slice(0, 1)) {
    it(`${path}: the keyboard switches the loss and the fit matches src/compute`, async () => {
      const { page, errors, offsite } = await site.newPage();
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      const before = await computed(page);
      await expect(readout(page, 'Intercept b')).resolves.toBe(before.b);
      await root.getByRole('combobox', { name: 'Loss' }).focus();
      await page.keyboard.press('ArrowDown');
      const after = await computed(page);
      expect(after.loss).not.toBe(before.loss);
      await expect(readout(page, 'Slope w')).resolves.toBe(after.w);
      await expect(readout(page, 'Intercept b')).resolves.toBe(after.b);
      await expect(readout(page, 'Training loss')).resolves.toBe(after.train);
      // With outliers present the line moves when the loss changes.
      expect(after.b).not.toBe(before.b);
      // The Player steps back through the run.
      await root.getByRole('button', { name: 'Restart' }).click();
      await expect(readout(page, 'Epoch')).resolves.toBe('0');
      const id = await root.getAttribute('id');
      await page.waitForFunction((prefix) => location.search.includes(prefix), `${id}.loss=`);
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    });

    it(`${path}: a diverging link says so in words; no NaN or Infinity`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(`${site.base()}${path}?play.lr=3`);
      const root = await hydrated(page);
      await expect(root.textContent()).resolves.toMatch(/Training diverged/);
      expect(await root.evaluate((r) => r.innerHTML)).not.toMatch(/NaN|Infinity/);
      expect(errors).toEqual([]);
    });

    it(`${path}: a click on the chart adds a point`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      const before = await readout(page, 'Slope w');
      await root.locator('.pg-click .kit-plot').click({ position: { x: 500, y: 30 } });
      await expect(root.getByText(/1 added/).count()).resolves.toBe(1);
      expect(await readout(page, 'Slope w')).not.toBe(before);
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

    it(`${path}: without JavaScript the first frame (charts and readouts) is there`, async () => {
      const { page } = await site.newPage({ javaScriptEnabled: false });
      await page.goto(site.base() + path);
      const root = page.locator(WIDGET).first();
      await expect(root.locator('svg[role="img"]').count()).resolves.toBe(2);
      await expect(readout(page, 'Intercept b')).resolves.toBe((await computed(page)).b);
    });
  }
});
