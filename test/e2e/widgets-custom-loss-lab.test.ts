import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compileExpression } from '~/compute';
import { htmlFiles, readDist, urlOf } from '../site/dist';
import { runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="CustomLossLab"]';

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
      .filter((f) => readDist(f).includes('data-widget="CustomLossLab"'))
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

describe.skipIf(!runBrowserTests)('CustomLossLab in Chromium', () => {
  const site = useSite();
  const pages = pagesWithWidget();

  it('is placed on at least one page of the built site', () => {
    expect(pages).not.toEqual([]);
  });

  for (const path of pages.slice(0, 1)) {
    it(`${path}: typing a formula updates the checklist as src/compute says; errors show a caret`, async () => {
      const { page, errors, offsite } = await site.newPage();
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      const box = root.getByRole('textbox', { name: 'Loss formula' });
      await box.fill('r^2');
      const e = compileExpression('r^2', ['r']);
      if (!e.ok) throw new Error('r^2 compiles');
      const top = Math.abs(e.expression.derivative({ r: 6 }, 'r'));
      await expect(root.locator('[data-check="boundedGradient"]').textContent()).resolves.toContain(
        `max |ℓ′| = ${top}`,
      );
      await box.fill('r^2 + (r');
      const bad = compileExpression('r^2 + (r', ['r']);
      if (bad.ok) throw new Error('must fail');
      await expect(root.locator('.cll-caret').textContent()).resolves.toBe(
        `r^2 + (r\n${' '.repeat(bad.error.index)}^`,
      );
      await box.fill('abs(r)');
      await root.getByRole('button', { name: 'Train with it' }).click();
      // The training code loads on the first click (a dynamic import).
      await root.getByRole('img', { name: /Lines fitted with your loss/ }).waitFor();
      // The address bar is written 250 ms after the last change: wait for the last formula (an
      // earlier one may have been written while typing on a busy machine).
      await page.waitForFunction(
        () => new URL(location.href).searchParams.get('lab.f') === 'abs(r)',
      );
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${path}: a link with a formula opens with it; axe finds nothing (${colorScheme})`, async () => {
        const { page, errors } = await site.newPage({ colorScheme });
        await page.goto(
          `${site.base()}${path}?lab.v=z&lab.f=${encodeURIComponent('softplus(-z)')}`,
        );
        const root = await hydrated(page);
        const box = root.getByRole('textbox', { name: 'Loss formula' });
        await expect(box.inputValue()).resolves.toBe('softplus(-z)');
        await box.fill('log(z');
        await expect(root.locator('.cll-caret').count()).resolves.toBe(1);
        await expectWidgetAxeClean(page);
        expect(errors).toEqual([]);
      }, 120_000);
    }

    it(`${path}: without JavaScript the first frame (two charts, the checklist) is there`, async () => {
      const { page } = await site.newPage({ javaScriptEnabled: false });
      await page.goto(site.base() + path);
      const root = page.locator(WIDGET).first();
      await expect(root.locator('svg[role="img"]').count()).resolves.toBe(2);
      await expect(root.locator('[data-check]').count()).resolves.toBe(4);
    });
  }
});
