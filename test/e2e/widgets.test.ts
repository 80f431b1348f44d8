import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverWidgets, widgetsInHtml } from '../../scripts/widgets.mjs';
import { distDir, requireDist } from '../site/dist';
import { launchOptions } from './browser';
import { WIDGET_FIXTURES } from './fixtures/widgetPages';
import { serveDist } from './server';
import { runBrowserTests, useSite, waitForHydration } from './setup';
import { checkKeyboard, fuzzUrlState } from './widgetChecks';

// Every widget on the built site, found by its island (see scripts/widgets.mjs for the convention).
requireDist();
const { widgets } = discoverWidgets(distDir);

describe.skipIf(!runBrowserTests)('every widget on the built site', () => {
  const site = useSite();

  it(`discovers the widgets on the built site (${widgets.length}: ${widgets.map((w) => w.name).join(', ') || 'none yet'})`, () => {
    if (widgets.length === 0)
      console.log(
        '\n  No widgets on the built site yet: the keyboard and URL-fuzz checks have nothing to run on.\n',
      );
    for (const w of widgets) expect(w.page).toMatch(/^\//);
  });

  for (const w of widgets) {
    it(`${w.name} on ${w.page}: Tab reaches its main control and a key operates it`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(site.base() + w.page);
      await waitForHydration(page);
      expect(await checkKeyboard(page, w)).toEqual([]);
      expect(errors).toEqual([]);
    });

    it(`${w.name} on ${w.page}: a seeded fuzz of its URL state falls back to defaults, without errors, NaN or a blank chart`, async () => {
      const { page, errors } = await site.newPage();
      expect(await fuzzUrlState(page, errors, site.base(), w)).toEqual([]);
    });
  }
});

describe.skipIf(!runBrowserTests)('the widget checks on fixture pages', () => {
  let root = '';
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'lfe-widgets-'));
    writeFileSync(join(root, '404.html'), '<!DOCTYPE html><title>404</title>');
    for (const [name, html] of Object.entries(WIDGET_FIXTURES)) {
      mkdirSync(join(root, name));
      writeFileSync(join(root, name, 'index.html'), html);
    }
    [browser, server] = await Promise.all([chromium.launch(launchOptions), serveDist(root)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** The fixture's widget and a fresh page for it, recording console errors. */
  async function open(name: string) {
    const w = widgetsInHtml(WIDGET_FIXTURES[name]!, `/${name}/`).widgets[0]!;
    const page = await (await browser!.newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    return { w, page, errors };
  }

  it('checkKeyboard and fuzzUrlState pass a widget that is keyboard operable and validates its URL', async () => {
    const { w, page, errors } = await open('good');
    await page.goto(`${server!.url}/good/`);
    expect(await checkKeyboard(page, w)).toEqual([]);
    expect(await fuzzUrlState(page, errors, server!.url, w)).toEqual([]);
  });

  it('checkKeyboard reports a main control that Tab cannot reach', async () => {
    const { w, page } = await open('no-keyboard');
    await page.goto(`${server!.url}/no-keyboard/`);
    expect(await checkKeyboard(page, w)).toEqual([
      'Fixture: Tab never reaches its main control (div)',
    ]);
  });

  it('fuzzUrlState reports a widget that shows NaN for a wrong-typed URL value', async () => {
    const { w, page, errors } = await open('trusting');
    const problems = await fuzzUrlState(page, errors, server!.url, w);
    expect(problems.some((p) => /shows "NaN/.test(p))).toBe(true);
  });
});
