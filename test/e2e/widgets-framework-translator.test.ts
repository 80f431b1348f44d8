import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { huberLoss, smoothL1Loss } from '~/compute';
import { fmtSig } from '~/lib/format';
import { htmlFiles, readDist, urlOf } from '../site/dist';
import { runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="FrameworkTranslator"]';

/**
 * Axe on the widget only: the chapter around it is another author's (its own page-wide axe run
 * lives in the site tests). Lists each violation readably on failure.
 */
async function expectWidgetAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include(WIDGET).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

function pagesWithWidget(): string[] {
  try {
    return htmlFiles()
      .filter((f) => readDist(f).includes('data-widget="FrameworkTranslator"'))
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

describe.skipIf(!runBrowserTests)('FrameworkTranslator in Chromium', () => {
  const site = useSite();
  const pages = pagesWithWidget();

  it('is placed on at least one page of the built site', () => {
    expect(pages).not.toEqual([]);
  });

  for (const path of pages.slice(0, 1)) {
    it(`${path}: Huber δ and the swap mistake match src/compute; axe is clean`, async () => {
      const { page, errors, offsite } = await site.newPage();
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      await root.getByRole('combobox', { name: 'Loss' }).selectOption('huber');
      const slider = root.getByRole('slider', { name: 'δ (delta)' });
      await slider.focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
      await expect(slider.inputValue()).resolves.toBe('2');
      await root.getByRole('textbox', { name: 'Predictions' }).fill('3, 0.5');
      await root.getByRole('textbox', { name: 'Targets' }).fill('0, 0');
      await root.getByRole('checkbox', { name: /SmoothL1 used where Huber/ }).check();
      await expect(root.locator('#ft-value').textContent()).resolves.toBe(
        fmtSig(huberLoss([3, 0.5], [0, 0], { delta: 2 }).loss, 4),
      );
      await expect(root.locator('#ft-wrong-swapHuber').textContent()).resolves.toBe(
        fmtSig(smoothL1Loss([3, 0.5], [0, 0], { beta: 2 }).loss, 4),
      );
      await page.waitForFunction(() => location.search.includes('ft.param=2'));
      await expectWidgetAxeClean(page);
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    }, 120_000);

    it(`${path}: without JavaScript the first frame (value and table) is there`, async () => {
      const { page } = await site.newPage({ javaScriptEnabled: false });
      await page.goto(site.base() + path);
      const root = page.locator(WIDGET).first();
      await expect(root.locator('#ft-value').textContent()).resolves.toMatch(/^\d/);
      await expect(root.locator('tbody tr').count()).resolves.toBe(8);
    });
  }
});
