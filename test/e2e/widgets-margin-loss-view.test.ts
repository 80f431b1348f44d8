import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { getLoss } from '~/compute';
import { fmtSig } from '~/lib/format';
import { htmlFiles, readDist, urlOf } from '../site/dist';
import { AxeBuilder } from '@axe-core/playwright';
import { runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="MarginLossView"]';

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
      .filter((f) => readDist(f).includes('data-widget="MarginLossView"'))
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

/** The [value, derivative, check] cells of the row whose header starts with `name`. */
async function cells(root: Locator, name: RegExp): Promise<string[]> {
  const row = root.getByRole('row').filter({ has: root.page().getByRole('rowheader', { name }) });
  return row.getByRole('cell').allTextContents();
}

describe.skipIf(!runBrowserTests)('MarginLossView in Chromium', () => {
  const site = useSite();
  const pages = pagesWithWidget();

  it('is placed on at least one page of the built site', () => {
    expect(pages, 'no page in dist/ has a MarginLossView').not.toEqual([]);
  });

  for (const path of pages.slice(0, 1)) {
    it(`${path}: the keyboard moves "Margin z" and the table matches the registry`, async () => {
      const { page, errors, offsite } = await site.newPage();
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      const slider = root.getByRole('slider', { name: 'Margin z' });
      const before = Number(await slider.inputValue());
      await slider.focus();
      for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowLeft');
      const z = Number(await slider.inputValue());
      expect(z).toBeCloseTo(before - 0.05, 9);
      for (const [id, name] of [
        ['zero-one', /^0\/1/],
        ['hinge', /^Hinge/],
        ['squared-hinge', /^Squared hinge/],
        ['logistic', /^Logistic, natural log/],
        ['exponential', /^Exponential/],
      ] as const) {
        const [value, derivative] = await cells(root, name);
        expect(value).toBe(fmtSig(getLoss(id).value(z), 4));
        expect(derivative).toBe(fmtSig(getLoss(id).derivative(z), 4));
      }
      const id = await root.getAttribute('id');
      await page.waitForFunction((prefix) => location.search.includes(prefix), `${id}.z=`);
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    });

    it(`${path}: a link with z = −0.3 shows the natural-log logistic failing the bound, base 2 holding`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(site.base() + path);
      const id = await page.locator(WIDGET).first().getAttribute('id');
      await page.goto(`${site.base()}${path}?${id}.z=-0.3&${id}.base2=1`);
      const root = await hydrated(page);
      await expect(root.getByRole('slider', { name: 'Margin z' }).inputValue()).resolves.toBe(
        '-0.3',
      );
      expect((await cells(root, /^Logistic, natural log/))[2]).toBe('< 1 ✗');
      const base2 = await cells(root, /^Logistic, base 2/);
      expect(base2[0]).toBe(fmtSig(getLoss('logistic').value(-0.3) / Math.LN2, 4));
      expect(base2[2]).toBe('≥ 1 ✓');
      await expect(root.getByText(/^Wrong side/).count()).resolves.toBe(1);

      await page.goto(`${site.base()}${path}?${id}.z=NaN`);
      const bad = await hydrated(page);
      await expect(bad.getByText(/could not be used/).textContent()).resolves.toMatch(/Margin z/);
      expect(await bad.locator('table').textContent()).not.toMatch(/NaN|Infinity|undefined/);
      expect(await bad.locator('svg[role="img"]').evaluate((s) => s.outerHTML)).not.toMatch(
        /NaN|Infinity/,
      );
      expect(errors).toEqual([]);
    });

    it(`${path}: axe finds nothing with the widget hydrated (light and dark)`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await site.newPage({ colorScheme });
        await page.goto(site.base() + path);
        const root = await hydrated(page);
        await root.getByRole('checkbox', { name: 'Show base-2 logistic' }).check();
        await expectWidgetAxeClean(page);
      }
    }, 120_000);

    it(`${path}: without JavaScript the first frame (chart and table) is there`, async () => {
      const { page } = await site.newPage({ javaScriptEnabled: false });
      await page.goto(site.base() + path);
      const root = page.locator(WIDGET).first();
      await expect(root.locator('svg[role="img"]').count()).resolves.toBe(1);
      const z = getLoss('hinge').domain.initial;
      expect((await cells(root, /^Hinge/))[0]).toBe(fmtSig(getLoss('hinge').value(z), 4));
    });
  }
});
