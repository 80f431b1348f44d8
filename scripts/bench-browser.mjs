// `npm run bench:browser`: interaction speed of every widget on the built site. For each widget
// (found by scripts/widgets.mjs), 100 input events on its main control, each timed from just
// before the event is dispatched to the animation frame that follows the widget's last DOM
// change (effects that redraw after paint included). Prints p50 / p95 per widget; budget
// p95 ≤ 8 ms, 16 ms for a widget marked data-race (a multi-optimizer race frame). Beside it, the
// same events timed to the end of our own work (handlers, Preact's render and commit, the chart
// redraw in layout effects), without the browser's style, layout, paint and commit of the frame.
//
// Chromium runs with --disable-frame-rate-limit and --disable-gpu-vsync, so a frame comes as soon
// as the work is done instead of at the next 60 Hz tick: the figure is the work, not the wait.
// Needs `npm run build` first. Not part of `npm test` (timings); run it in .ci/run or by hand.
// The function passed to page.evaluate runs in the page:
/* global document, requestAnimationFrame, queueMicrotask, performance, HTMLInputElement, HTMLSelectElement, Event, MutationObserver, setTimeout */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from './serve.mjs';
import { MAIN_CONTROL_SELECTORS, discoverWidgets } from './widgets.mjs';

const dist = process.env.LFE_DIST ?? join(process.cwd(), 'dist');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EVENTS = 100;

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ has no built site: run `npm run build` first.');
  process.exit(2);
}
const { widgets } = discoverWidgets(dist);
if (widgets.length === 0) {
  console.log('No widgets on the built site yet: nothing to benchmark.');
  process.exit(0);
}

const server = await serveDist(dist);
const browser = await chromium.launch({
  executablePath: chromePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-frame-rate-limit',
    '--disable-gpu-vsync',
  ],
});

/** The p-th percentile (0-100) of sorted numbers, nearest rank. */
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

let failed = false;
try {
  for (const w of widgets) {
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    await page.goto(server.url + w.page);
    const island = page.locator('astro-island').nth(w.index);
    await island.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (i) => !document.querySelectorAll('astro-island')[i].hasAttribute('ssr'),
      w.index,
    );
    const result = await page.evaluate(
      async ({ index, selectors, events }) => {
        const islands = document.querySelectorAll('astro-island');
        const root = islands[index].querySelector('[data-widget]');
        const control = selectors.map((s) => root.querySelector(s)).find(Boolean);
        if (!control) return { error: 'no main control' };
        const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
        /** Changes the control's value the way a reader would, and fires its events. */
        const fire = (i) => {
          if (control instanceof HTMLInputElement && control.type === 'range') {
            const min = Number(control.min || 0);
            const max = Number(control.max || 100);
            const steps = 20;
            const k = i % (2 * steps);
            control.value = String(min + ((max - min) * (k <= steps ? k : 2 * steps - k)) / steps);
            control.dispatchEvent(new Event('input', { bubbles: true }));
          } else if (control instanceof HTMLSelectElement) {
            control.selectedIndex = (control.selectedIndex + 1) % control.options.length;
            control.dispatchEvent(new Event('input', { bubbles: true }));
            control.dispatchEvent(new Event('change', { bubbles: true }));
          } else if (control instanceof HTMLInputElement && control.type === 'checkbox') {
            control.click();
          } else if (control instanceof HTMLInputElement) {
            control.value = String(i % 10);
            control.dispatchEvent(new Event('input', { bubbles: true }));
          } else {
            control.click();
          }
        };
        const times = [];
        const work = [];
        let unchanged = 0;
        for (let i = 0; i < events + 5; i++) {
          let last = -1;
          const mo = new MutationObserver(() => (last = performance.now()));
          mo.observe(root, {
            subtree: true,
            childList: true,
            attributes: true,
            characterData: true,
          });
          // A stepper's "Step" is disabled at the last step: rewind (untimed) and go on stepping.
          if (control.getAttribute('aria-disabled') === 'true') {
            const restart = [...root.querySelectorAll('button')].find((b) =>
              /restart/i.test(b.textContent ?? ''),
            );
            restart?.click();
            await frame();
          }
          await frame();
          const t0 = performance.now();
          fire(i + 1);
          // Our work alone: the handlers ran in fire(); Preact renders and commits (layout
          // effects redraw the chart) in the microtask it queued, which runs before this one.
          await new Promise((r) => queueMicrotask(r));
          const t1 = performance.now();
          let end = await frame();
          // Effects that redraw after paint (Preact's useEffect): wait until a frame passes quietly.
          for (let k = 0; k < 10; k++) {
            await new Promise((r) => setTimeout(r, 0));
            const next = await frame();
            if (last > end) end = next;
            else break;
          }
          mo.disconnect();
          if (last < 0) unchanged++;
          if (i >= 5) {
            // The first 5 warm the JIT up.
            times.push(end - t0);
            work.push(t1 - t0);
          }
        }
        return {
          times,
          work,
          unchanged,
          kind: control.tagName.toLowerCase() + (control.type ? `:${control.type}` : ''),
        };
      },
      { index: w.index, selectors: MAIN_CONTROL_SELECTORS, events: EVENTS },
    );
    await page.context().close();
    const budget = w.race ? 16 : 8;
    if (result.error) {
      failed = true;
      console.log(`✗ ${w.name} on ${w.page}: ${result.error}`);
      continue;
    }
    const sorted = [...result.times].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    const ours = [...result.work].sort((a, b) => a - b);
    const ok = p95 <= budget && result.unchanged < EVENTS / 2;
    if (!ok) failed = true;
    console.log(
      `${ok ? '✓' : '✗'} ${w.name.padEnd(24)} ${w.page.padEnd(32)} ${result.kind.padEnd(14)} p50 ${p50.toFixed(1).padStart(5)} ms  p95 ${p95.toFixed(1).padStart(5)} ms  (budget ${budget} ms, ${EVENTS} events; recompute + redraw alone p50 ${percentile(ours, 50).toFixed(1)} p95 ${percentile(ours, 95).toFixed(1)} ms)`,
    );
    if (result.unchanged >= EVENTS / 2)
      console.log(`    ${result.unchanged} of ${EVENTS + 5} events changed nothing in the widget`);
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
