import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  naiveBce32,
  naiveLogSigmoid32,
  stableBce32,
  stableLogSigmoid32,
  stableLogSoftmax32,
} from '~/compute';
import { formatFloat } from '~/widgets/StabilityLab/stabilityLabState';
import { htmlFiles, readDist, urlOf } from '../site/dist';
import { AxeBuilder } from '@axe-core/playwright';
import { runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="StabilityLab"]';

/** Pages of the built site that carry a StabilityLab. */
function pagesWithWidget(): string[] {
  try {
    return htmlFiles()
      .filter((f) => readDist(f).includes(`data-widget="StabilityLab"`))
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

/** Runs axe on the widget only (the whole chapter is checked by the site's quality tests). */
async function expectWidgetAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).include('#stab').analyze();
  const readable = results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(readable).toEqual([]);
}

describe.skipIf(!runBrowserTests)('StabilityLab in Chromium', () => {
  const site = useSite();
  const pages = pagesWithWidget();

  it('is placed on at least one page of the built site', () => {
    expect(pages).not.toEqual([]);
  });

  for (const path of pages.slice(0, 1)) {
    it(`${path}: the keyboard moves "Logit" and the results match src/compute`, async () => {
      const { page, errors, offsite } = await site.newPage();
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      const box = root.getByRole('spinbutton', { name: /^Logit \(exact/ });
      const text = (id: string) => root.locator(`#stab-${id}`).textContent();
      await root.getByRole('slider', { name: 'Logit' }).focus();
      await page.keyboard.press('ArrowRight');
      const x = Number(await box.inputValue());
      expect(x).toBeCloseTo(5.1, 9);
      await expect(text('log-sigmoid-stable')).resolves.toBe(formatFloat(stableLogSigmoid32(x)));
      await expect(text('bce-naive')).resolves.toBe(formatFloat(naiveBce32(x, 1)));
      await expect(text('bce-stable')).resolves.toBe(formatFloat(stableBce32(x, 1)));
      // To the end: 1000. The naive forms break in words, the stable ones stay finite.
      await page.keyboard.press('End');
      await expect(box.inputValue()).resolves.toBe('1000');
      await expect(text('bce-naive')).resolves.toMatch(/^not a number \(/);
      await expect(text('bce-stable')).resolves.toBe(formatFloat(stableBce32(1000, 1)));
      await expect(text('log-softmax-2-stable')).resolves.toBe(
        formatFloat(stableLogSoftmax32([1000, 0])[1]!),
      );
      await page.keyboard.press('Home');
      expect(naiveLogSigmoid32(-1000)).toBe(-Infinity);
      await expect(text('log-sigmoid-naive')).resolves.toMatch(/^−∞ \(/);
      await expect(text('log-sigmoid-stable')).resolves.toBe(
        formatFloat(stableLogSigmoid32(-1000)),
      );
      const outputs = (await root.locator('output').allTextContents()).join(' ');
      expect(outputs).not.toMatch(/NaN|Infinity|undefined/);
      await page.waitForFunction(() => location.search.includes('stab.x=-1000'));
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    });

    it(`${path}: axe finds nothing with the widget hydrated (light and dark)`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await site.newPage({ colorScheme });
        await page.goto(`${site.base()}${path}?stab.x=89`);
        await hydrated(page);
        await expectWidgetAxeClean(page);
      }
    }, 120_000);

    it(`${path}: without JavaScript the first frame (chart and results) is there`, async () => {
      const { page } = await site.newPage({ javaScriptEnabled: false });
      await page.goto(site.base() + path);
      const root = page.locator(WIDGET).first();
      await expect(root.locator('svg[role="img"]').count()).resolves.toBe(1);
      await expect(root.locator('#stab-bce-stable').textContent()).resolves.toBe(
        formatFloat(stableBce32(5, 1)),
      );
    });
  }
});
