import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { network } from '~/compute';
import { fmt } from '~/lib/format';
import { AxeBuilder } from '@axe-core/playwright';
import { runBrowserTests, useSite } from './setup';

const WIDGET = '[data-widget="BackpropWalkthrough"]';
const PATH = '/chapters/backpropagation/';

/** The chapter's example through compute, with x2 as given. */
function trace(x2: number) {
  const net = network.createNetworkFromWeights(2, [
    {
      weights: [
        [0.2, 0.4],
        [0.3, 0.1],
      ],
      biases: [0.1, 0.2],
      activation: 'sigmoid',
    },
    { weights: [[0.7, 0.5]], biases: [0.3], activation: 'sigmoid' },
  ]);
  return network.backpropStep(net, [1, x2], [1], { loss: 'bce', learningRate: 0.5 });
}

/** Axe on the widget alone (the whole chapter is checked by the site's own a11y test). */
async function expectWidgetAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).include(WIDGET).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes[0]?.target.join(' ')}`),
  ).toEqual([]);
}

async function hydrated(page: Page) {
  const root = page.locator(WIDGET).first();
  await root.scrollIntoViewIfNeeded();
  await page.waitForSelector(`astro-island:not([ssr]) ${WIDGET}`);
  return root;
}

describe.skipIf(!runBrowserTests)('BackpropWalkthrough in Chromium', () => {
  const site = useSite();

  it('"Step" walks to the loss; editing x2 recomputes it as src/compute does', async () => {
    const { page, errors, offsite } = await site.newPage();
    await page.goto(site.base() + PATH);
    const root = await hydrated(page);
    await root.getByRole('button', { name: 'Step', exact: true }).focus();
    for (let k = 0; k < 4; k++) await page.keyboard.press('Enter');
    await expect(root.getByRole('heading', { level: 3 }).textContent()).resolves.toBe('4. Loss');
    const lines = () => root.locator('.bpw-lines').textContent();
    await expect(lines()).resolves.toContain(`= ${fmt(trace(0).backward.loss, 4)}`);
    await root.getByText('Edit the input').click();
    const x2 = root.getByRole('spinbutton', { name: 'x2' });
    await x2.fill('0.5');
    await x2.press('Enter');
    await expect(lines()).resolves.toContain(`= ${fmt(trace(0.5).backward.loss, 4)}`);
    await page.waitForFunction(() => location.search.includes('bpw.x2=0.5'));
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  });

  it('axe finds nothing (light and dark); without JavaScript the diagram is there', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await site.newPage({ colorScheme });
      await page.goto(`${site.base()}${PATH}?bpw.s=9`);
      const root = await hydrated(page);
      await root.getByText('Edit the input').click();
      await expectWidgetAxeClean(page);
    }
    const { page } = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.base() + PATH);
    const root = page.locator(WIDGET).first();
    await expect(root.locator('svg.bpw-diagram[role="img"]').count()).resolves.toBe(1);
  }, 120_000);
});
