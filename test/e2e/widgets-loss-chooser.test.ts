import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseLoss, defaultAnswers } from '~/widgets/LossChooser/choose';
import { htmlFiles, readDist, urlOf } from '../site/dist';
import { runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="LossChooser"]';

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
      .filter((f) => readDist(f).includes('data-widget="LossChooser"'))
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

describe.skipIf(!runBrowserTests)('LossChooser in Chromium', () => {
  const site = useSite();
  const pages = pagesWithWidget();

  it('is placed on at least one page of the built site', () => {
    expect(pages).not.toEqual([]);
  });

  for (const path of pages.slice(0, 1)) {
    it(`${path}: the keyboard changes the task and the recommendation follows chooseLoss`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      const rec = root.locator('[data-recommendation]');
      await expect(rec.getAttribute('data-recommendation')).resolves.toBe(
        chooseLoss(defaultAnswers()).entry.id,
      );
      await root.getByRole('combobox', { name: 'Task' }).selectOption('binary');
      await root.getByRole('radio', { name: /Severe/ }).check();
      await root.getByRole('radio', { name: /No, only the decision/ }).check();
      const expected = chooseLoss({
        ...defaultAnswers(),
        task: 'binary',
        imbalance: 'severe',
        calibrated: 'no',
      });
      await expect(rec.getAttribute('data-recommendation')).resolves.toBe(expected.entry.id);
      await page.waitForFunction(() => location.search.includes('chooser.task=binary'));
      await expectWidgetAxeClean(page);
      expect(errors).toEqual([]);
    });
  }
});
