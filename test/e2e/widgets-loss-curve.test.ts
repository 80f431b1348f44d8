import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getLoss } from '~/compute';
import { fmtSig } from '~/lib/format';
import { htmlFiles, readDist, urlOf } from '../site/dist';
import { expectNoAxeViolations, runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="LossCurveExplorer"]';

/** Pages of the built site that carry a LossCurveExplorer. */
function pagesWithWidget(): string[] {
  try {
    return htmlFiles()
      .filter((f) => readDist(f).includes('data-widget="LossCurveExplorer"'))
      .map(urlOf);
  } catch {
    return [];
  }
}

/** Scrolls the first explorer into view (it hydrates client:visible) and waits for hydration. */
async function hydrated(page: Page) {
  const root = page.locator(WIDGET).first();
  await root.scrollIntoViewIfNeeded();
  await page.waitForSelector(`astro-island:not([ssr]) ${WIDGET}`);
  return root;
}

/** What the registry gives at the widget's current settings, formatted as the readouts are. */
async function registryReadouts(page: Page) {
  const root = page.locator(WIDGET).first();
  const entry = getLoss(await root.getByRole('combobox', { name: 'Loss' }).inputValue());
  const u = Number(
    await root.getByRole('slider', { name: entry.domain.label, exact: true }).inputValue(),
  );
  const params: Record<string, number> = {};
  for (const p of entry.params) {
    params[p.id] = Number(await root.getByRole('slider', { name: p.label }).inputValue());
  }
  return {
    entry,
    u,
    value: fmtSig(entry.value(u, params), 4),
    slope: fmtSig(entry.derivative(u, params), 4),
  };
}

const readout = (page: Page, label: RegExp) =>
  page.locator(WIDGET).first().getByLabel(label).textContent();

describe.skipIf(!runBrowserTests)('LossCurveExplorer in Chromium', () => {
  const site = useSite();
  const pages = pagesWithWidget();

  it('is placed on at least one page of the built site', () => {
    expect(pages, 'no page in dist/ has a LossCurveExplorer; put one in a chapter').not.toEqual([]);
  });

  for (const path of pages.slice(0, 1)) {
    it(`${path}: the keyboard moves the slider and the readouts match src/compute`, async () => {
      const { page, errors, offsite } = await site.newPage();
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      const before = await registryReadouts(page);
      const slider = root.getByRole('slider', { name: before.entry.domain.label, exact: true });
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const after = await registryReadouts(page);
      expect(after.u).toBeCloseTo(Math.min(before.entry.domain.max, before.u + 0.02), 9);
      await expect(readout(page, /^Loss ℓ/)).resolves.toBe(after.value);
      await expect(readout(page, /^Derivative ℓ′/)).resolves.toBe(after.slope);

      // Arrow keys on the focused chart move the point too.
      await root.getByRole('group', { name: /^Chart of/ }).focus();
      await page.keyboard.press('ArrowLeft');
      const moved = await registryReadouts(page);
      expect(moved.u).toBeCloseTo(after.u - 0.01, 9);
      await expect(readout(page, /^Loss ℓ/)).resolves.toBe(moved.value);

      // The state reaches the address bar (debounced).
      const id = await root.getAttribute('id');
      await page.waitForFunction((prefix) => location.search.includes(prefix), `${id}.`);
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    });

    it(`${path}: a link with settings opens in that state; a bad one falls back with a notice`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(site.base() + path);
      const id = await page.locator(WIDGET).first().getAttribute('id');
      await page.goto(`${site.base()}${path}?${id}.loss=hinge&${id}.z=-1.25`);
      await hydrated(page);
      const state = await registryReadouts(page);
      expect([state.entry.id, state.u]).toEqual(['hinge', -1.25]);
      await expect(readout(page, /^Loss ℓ/)).resolves.toBe(state.value);

      await page.goto(`${site.base()}${path}?${id}.loss=hinge&${id}.z=NaN`);
      const root = await hydrated(page);
      await expect(root.getByText(/could not be used/).textContent()).resolves.toMatch(/Margin z/);
      await expect(readout(page, /^Loss ℓ/)).resolves.toBe((await registryReadouts(page)).value);
      // The notice quotes the bad value; the outputs and the chart never show one.
      const outputs = await root.locator('output').allTextContents();
      expect(outputs.join(' ')).not.toMatch(/NaN|Infinity|undefined|∞/);
      expect(await root.locator('svg').evaluate((s) => s.outerHTML)).not.toMatch(/NaN|Infinity/);
      expect(errors).toEqual([]);
    });

    it(`${path}: "Copy link" copies the link, or says how to copy it`, async () => {
      const { page, context, errors } = await site.newPage();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: site.base(),
      });
      await page.goto(site.base() + path);
      const root = await hydrated(page);
      const slider = root.locator('[data-main-control]');
      await slider.focus();
      await page.keyboard.press('ArrowLeft');
      await root.getByRole('button', { name: 'Copy link' }).click();
      const status = root.locator('.kit-copy-status');
      await page.waitForFunction(
        (el) => (el?.textContent ?? '') !== '',
        await status.elementHandle(),
      );
      const text = await status.textContent();
      const id = await root.getAttribute('id');
      if (text === 'Link copied') {
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toContain(`${id}.`);
      } else {
        expect(text).toMatch(/Copying is blocked/);
        const field = root.getByRole('textbox', { name: 'Link to this state' });
        expect(await field.inputValue()).toContain(`${id}.`);
      }
      expect(errors).toEqual([]);
    });

    it(`${path}: axe finds nothing with the widget hydrated (light and dark)`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await site.newPage({ colorScheme });
        await page.goto(site.base() + path);
        const root = await hydrated(page);
        await root.getByRole('checkbox', { name: 'Show derivative' }).check();
        await expectNoAxeViolations(page, { include: WIDGET });
      }
    });

    it(`${path}: without JavaScript the first frame (chart and readouts) is there`, async () => {
      const { page } = await site.newPage({ javaScriptEnabled: false });
      await page.goto(site.base() + path);
      const root = page.locator(WIDGET).first();
      await expect(root.locator('svg[role="img"]').count()).resolves.toBe(1);
      await expect(readout(page, /^Loss ℓ/)).resolves.toMatch(/^−?\d/);
    });
  }
});
