import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { crossEntropy } from '~/compute';
import { fmtSig } from '~/lib/format';
import { htmlFiles, readDist, urlOf } from '../site/dist';
import { AxeBuilder } from '@axe-core/playwright';
import { runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="SoftmaxCrossEntropy"]';

/** Pages of the built site that carry a SoftmaxCrossEntropy. */
function pagesWithWidget(): string[] {
  try {
    return htmlFiles()
      .filter((f) => readDist(f).includes(`data-widget="SoftmaxCrossEntropy"`))
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

/** The loss src/compute gives for the widget's current controls. */
async function expectedLoss(root: Locator): Promise<string> {
  const k = Number(await root.getByRole('combobox', { name: 'Classes' }).inputValue());
  const y = Number(await root.getByRole('combobox', { name: 'True class' }).inputValue()) - 1;
  const t = Number(await root.getByRole('slider', { name: 'Temperature' }).inputValue());
  const eps = Number(await root.getByRole('slider', { name: 'Label smoothing' }).inputValue());
  const z: number[] = [];
  for (let j = 1; j <= k; j++) {
    z.push(
      Number(
        await root.getByRole('spinbutton', { name: new RegExp(`^Logit z${j} `) }).inputValue(),
      ),
    );
  }
  return fmtSig(crossEntropy([z.map((v) => v / t)], [y], { labelSmoothing: eps }).loss, 4);
}

/** Runs axe on the widget only (the whole chapter is checked by the site's quality tests). */
async function expectWidgetAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).include('#sce').analyze();
  const readable = results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(readable).toEqual([]);
}

describe.skipIf(!runBrowserTests)('SoftmaxCrossEntropy in Chromium', () => {
  const site = useSite();
  const pages = pagesWithWidget();

  it('is placed on at least one page of the built site', () => {
    expect(pages).not.toEqual([]);
  });

  for (const path of pages.slice(0, 1)) {
    it(`${path}: the keyboard moves "Logit z1" and the loss matches crossEntropy`, async () => {
      const { page, errors, offsite } = await site.newPage();
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      const loss = root.getByLabel('Cross-entropy loss L', { exact: true });
      await root.getByRole('slider', { name: 'Logit z1' }).focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(root.getByRole('spinbutton', { name: /^Logit z1 / }).inputValue()).resolves.toBe(
        '1.8',
      );
      await expect(loss.textContent()).resolves.toBe(await expectedLoss(root));
      await root.getByRole('slider', { name: 'Temperature' }).focus();
      await page.keyboard.press('End');
      await root.getByRole('slider', { name: 'Label smoothing' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(loss.textContent()).resolves.toBe(await expectedLoss(root));
      // Logits of ±1000 stay finite.
      await root.getByRole('button', { name: 'Extreme logits (±1000)' }).click();
      await expect(loss.textContent()).resolves.toBe(await expectedLoss(root));
      expect(await root.textContent()).not.toMatch(/NaN|Infinity|undefined/);
      await page.waitForFunction(() => location.search.includes('sce.z1='));
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    });

    it(`${path}: a link with settings opens in that state`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(`${site.base()}${path}?sce.k=4&sce.y=4&sce.z1=-1000&sce.eps=0.2`);
      const root = await hydrated(page);
      await expect(
        root.getByLabel('Cross-entropy loss L', { exact: true }).textContent(),
      ).resolves.toBe(await expectedLoss(root));
      await expect(root.getByRole('slider', { name: /^Logit z/ }).count()).resolves.toBe(4);
      expect(errors).toEqual([]);
    });

    it(`${path}: axe finds nothing with the widget hydrated (light and dark)`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await site.newPage({ colorScheme });
        await page.goto(site.base() + path);
        await hydrated(page);
        await expectWidgetAxeClean(page);
      }
    }, 120_000);

    it(`${path}: without JavaScript the first frame (chart and loss) is there`, async () => {
      const { page } = await site.newPage({ javaScriptEnabled: false });
      await page.goto(site.base() + path);
      const root = page.locator(WIDGET).first();
      await expect(root.locator('svg[role="img"] rect[data-series]').count()).resolves.toBe(9);
      await expect(
        root.getByLabel('Cross-entropy loss L', { exact: true }).textContent(),
      ).resolves.toBe(fmtSig(crossEntropy([[2, 0, -1]], [1]).loss, 4));
    });
  }
});
