import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getLoss, mseLoss } from '~/compute';
import { fmtSig } from '~/lib/format';
import { htmlFiles, readDist, urlOf } from '../site/dist';
import { AxeBuilder } from '@axe-core/playwright';
import { runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="ProbabilityPenalty"]';
const ce = getLoss('cross-entropy');

/** Pages of the built site that carry a ProbabilityPenalty. */
function pagesWithWidget(): string[] {
  try {
    return htmlFiles()
      .filter((f) => readDist(f).includes(`data-widget="ProbabilityPenalty"`))
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
  const results = await new AxeBuilder({ page }).include('#pp').analyze();
  const readable = results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(readable).toEqual([]);
}

describe.skipIf(!runBrowserTests)('ProbabilityPenalty in Chromium', () => {
  const site = useSite();
  const pages = pagesWithWidget();

  it('is placed on at least one page of the built site', () => {
    expect(pages).not.toEqual([]);
  });

  for (const path of pages.slice(0, 1)) {
    it(`${path}: the keyboard moves the slider and the readouts match src/compute`, async () => {
      const { page, errors, offsite } = await site.newPage();
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      const slider = root.getByRole('slider', { name: 'Probability of the true class' });
      const box = root.getByRole('spinbutton', { name: /exact value/ });
      const before = Number(await box.inputValue());
      await slider.focus();
      await page.keyboard.press('PageDown');
      await page.keyboard.press('ArrowLeft');
      const p = Number(await box.inputValue());
      expect(p).toBeLessThan(before);
      await expect(
        root.getByLabel('Cross-entropy −log p', { exact: true }).textContent(),
      ).resolves.toBe(fmtSig(ce.value(p, {}), 4));
      await expect(
        root.getByLabel('Squared error (1 − p)²', { exact: true }).textContent(),
      ).resolves.toBe(fmtSig(mseLoss([p], [1]).loss, 4));
      // Down to the slider's end: p = 0.001, a confidently wrong verdict, nothing non-finite.
      await page.keyboard.press('Home');
      await expect(box.inputValue()).resolves.toBe('0.001');
      await expect(
        root.getByLabel('Cross-entropy −log p', { exact: true }).textContent(),
      ).resolves.toBe(fmtSig(ce.value(0.001, {}), 4));
      await expect(root.locator('.pp-verdict strong').textContent()).resolves.toBe(
        'Confidently wrong.',
      );
      expect(await root.textContent()).not.toMatch(/NaN|Infinity|undefined/);
      const id = await root.getAttribute('id');
      await page.waitForFunction((prefix) => location.search.includes(prefix), `${id}.p=`);
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    });

    it(`${path}: a link with settings opens in that state`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(`${site.base()}${path}?pp.p=0.02&pp.sq=0`);
      const root = await hydrated(page);
      await expect(
        root.getByLabel('Cross-entropy −log p', { exact: true }).textContent(),
      ).resolves.toBe(fmtSig(ce.value(0.02, {}), 4));
      await expect(
        root.getByLabel('Squared error (1 − p)²', { exact: true }).count(),
      ).resolves.toBe(0);
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

    it(`${path}: without JavaScript the first frame (chart and readouts) is there`, async () => {
      const { page } = await site.newPage({ javaScriptEnabled: false });
      await page.goto(site.base() + path);
      const root = page.locator(WIDGET).first();
      await expect(root.locator('svg[role="img"]').count()).resolves.toBe(1);
      await expect(
        root.getByLabel('Cross-entropy −log p', { exact: true }).textContent(),
      ).resolves.toBe(fmtSig(ce.value(0.7, {}), 4));
    });
  }
});
