import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createLandscape, createOptimizer, descend } from '~/compute';
import { fmtSig } from '~/lib/format';
import { htmlFiles, readDist, urlOf } from '../site/dist';
import { AxeBuilder } from '@axe-core/playwright';
import { runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="LandscapeDescent"]';

/** Pages of the built site that carry a LandscapeDescent. */
function pagesWithWidget(): string[] {
  try {
    return htmlFiles()
      .filter((f) => readDist(f).includes('data-widget="LandscapeDescent"'))
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

describe.skipIf(!runBrowserTests)('LandscapeDescent in Chromium', () => {
  const site = useSite();
  const pages = pagesWithWidget();

  it('is placed on the gradient-descent and optimizers chapters', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['/chapters/gradient-descent/', '/chapters/optimizers/']),
    );
  });

  for (const path of pages) {
    it(`${path}: Step, a learning rate and the start move the race as descend says`, async () => {
      const { page, errors, offsite } = await site.newPage();
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      const l = createLandscape('rosenbrock');
      const sgd = (lr: number, start = l.defaultStart) =>
        descend(l, start, createOptimizer('sgd', { lr }), 300).path;
      const readout = (name: string) => root.getByLabel(name, { exact: true }).textContent();

      await root.getByRole('button', { name: 'Step', exact: true }).click();
      await root.getByRole('button', { name: 'Step', exact: true }).click();
      await expect(readout('SGD loss')).resolves.toBe(fmtSig(sgd(0.002)[2]!.value));
      await expect(readout('SGD w₁')).resolves.toBe(fmtSig(sgd(0.002)[2]!.params[0]));

      // A bigger learning rate: Arrow keys on the slider walk the list of rates.
      const lr = root.getByRole('slider', { name: 'Learning rate η (SGD)' });
      await lr.focus();
      await page.keyboard.press('ArrowRight'); // 0.002 → 0.003
      await expect(readout('SGD loss')).resolves.toBe(fmtSig(sgd(0.003)[2]!.value));

      // Arrow keys on the focused chart move the start.
      await root.getByRole('group', { name: /^Chart of the/ }).focus();
      await page.keyboard.press('ArrowUp');
      const moved = sgd(0.003, [-1.2, 1.05]);
      await expect(readout('SGD loss')).resolves.toBe(fmtSig(moved[2]!.value));

      const id = await root.getAttribute('id');
      await page.waitForFunction((p) => location.search.includes(`${p}.step=2`), id);
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    });

    it(`${path}: a diverging rate says so in words and no number goes bad`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(site.base() + path);
      const id = await page.locator(WIDGET).first().getAttribute('id');
      await page.goto(`${site.base()}${path}?${id}.sgd=1&${id}.sgd.lr=0.05&${id}.step=300`);
      const root = await hydrated(page);
      const l = createLandscape('rosenbrock');
      const r = descend(l, l.defaultStart, createOptimizer('sgd', { lr: 0.05 }), 300);
      expect(r.stopped).toBe('diverged');
      await expect(root.getByText(r.message).count()).resolves.toBe(1);
      const outputs = await root.locator('output').allTextContents();
      expect(outputs.join(' ')).not.toMatch(/NaN|Infinity|undefined|∞/);
      expect(await root.locator('svg[role="img"]').evaluate((s) => s.outerHTML)).not.toMatch(
        /NaN|Infinity/,
      );
      expect(errors).toEqual([]);
    });

    it(`${path}: Play advances the race and pauses by itself at the end`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      await root.getByRole('combobox', { name: 'Speed' }).selectOption('4');
      await root.getByRole('button', { name: 'Play' }).click();
      await page.waitForFunction(
        (sel) =>
          document.querySelector(`${sel} .kit-player-counter`)?.textContent !== 'Step 0 of 300',
        WIDGET,
      );
      await root.getByRole('button', { name: 'Play' }).waitFor({ timeout: 15_000 });
      await expect(root.locator('.kit-player-counter').textContent()).resolves.toBe(
        'Step 300 of 300',
      );
      expect(errors).toEqual([]);
    });

    // Scoped to the widget: the chapter around it is checked by the site's own axe tests.
    it(`${path}: axe finds nothing in the hydrated widget (light and dark)`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await site.newPage({ colorScheme });
        await page.goto(site.base() + path);
        const root = await hydrated(page);
        await root.getByRole('button', { name: 'Step', exact: true }).click();
        const results = await new AxeBuilder({ page }).include(WIDGET).analyze();
        const readable = results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
        );
        expect(readable, colorScheme).toEqual([]);
      }
    }, 180_000);

    it(`${path}: without JavaScript the first frame (chart and readouts) is there`, async () => {
      const { page } = await site.newPage({ javaScriptEnabled: false });
      await page.goto(site.base() + path);
      const root = page.locator(WIDGET).first();
      await expect(root.locator('svg[role="img"] g[data-racer]').count()).resolves.toBeGreaterThan(
        0,
      );
      await expect(root.getByLabel('SGD loss', { exact: true }).textContent()).resolves.toMatch(
        /^\d/,
      );
    });
  }
});
