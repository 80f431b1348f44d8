// `npm run bench:browser`: interaction speed of every widget on the built site. For each widget
// (found by scripts/widgets.mjs), 100 input events on its main control, each timed three ways:
//
// - "event → frame" (the budgeted figure, issue 7's definition: performance.now() around the
//   handler, finished at the next animation frame). The event is dispatched the way Chromium
//   dispatches a slider drag (pointer and mouse moves are rAF-aligned): in an animation-frame
//   callback, and the clock stops in the next callback of the same frame, after the handlers,
//   Preact's render and commit and the layout effects that redraw the charts (microtasks run
//   between callbacks). If the widget writes to its DOM after that (a post-paint effect), the
//   update is not finished: the clock runs on to the animation frame after its last change, so
//   a deferred redraw pays for a whole frame. Budget p95 ≤ 8 ms, 16 ms for a widget marked
//   data-race (a multi-optimizer race frame).
// - "main thread": to the end of the browser's style, layout, paint and commit of that frame
//   (a task queued from the last callback runs once the frame's main-thread work is over).
// - "next frame": to the following animation frame, so the compositor's raster and draw of the
//   frame are in too. On a machine without a GPU they are done in software on the CPU and cost
//   several ms however small the change: the "floor" line beside each widget is the same three
//   figures for a one-character text change in the widget, the cost of any frame on that page.
//
// The last two are printed for reference, not gated. Chromium runs with
// --disable-frame-rate-limit and --disable-gpu-vsync, so a frame comes as soon as the work is
// done instead of at the next 60 Hz tick: the figures are the work, not the wait.
// Needs `npm run build` first. Not part of `npm test` (timings); .ci/run runs it.
// The function passed to page.evaluate runs in the page:
/* global document, requestAnimationFrame, performance, HTMLInputElement, HTMLSelectElement, Event, MutationObserver, setTimeout, MessageChannel */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from './serve.mjs';
import { MAIN_CONTROL_SELECTORS, discoverWidgets } from './widgets.mjs';

const dist = process.env.LFE_DIST ?? join(process.cwd(), 'dist');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// 100 events per widget; LFE_BENCH_EVENTS sets another count (the fixture test uses fewer).
const EVENTS = Number(process.env.LFE_BENCH_EVENTS) || 100;

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

/** p95 of a list of times in ms. */
const p95Of = (times) =>
  percentile(
    [...times].sort((x, y) => x - y),
    95,
  );

/** Loads the widget's page in a fresh context and times its events (see the header). */
async function benchWidget(w) {
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
      /** Resolves when a task queued now runs: from a frame callback, after that frame's main-thread work. */
      const afterTask = () =>
        new Promise((r) => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => r(performance.now());
          ch.port2.postMessage(0);
        });
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
      /**
       * Times `events` calls of `act` (after `warm` untimed ones): dispatched in one animation
       * frame callback, clocked in the next callback of that frame, after that frame's
       * main-thread work, and at the following frame.
       */
      const measure = async (act, count, before = async () => {}) => {
        const warm = 5;
        const out = { frame: [], main: [], next: [], unchanged: 0 };
        for (let i = 0; i < count + warm; i++) {
          let last = -1;
          const mo = new MutationObserver(() => (last = performance.now()));
          mo.observe(root, {
            subtree: true,
            childList: true,
            attributes: true,
            characterData: true,
          });
          await before();
          await frame();
          const { t0, t1 } = await new Promise((resolve) => {
            let start = 0;
            requestAnimationFrame(() => {
              start = performance.now();
              act(i + 1);
            });
            requestAnimationFrame(() => resolve({ t0: start, t1: performance.now() }));
          });
          const rendered = await afterTask();
          let next = await frame();
          let done = t1;
          // A post-paint effect that writes to the DOM: wait until a frame passes quietly; the
          // update is finished at the animation frame after the last change.
          for (let k = 0; k < 10; k++) {
            await new Promise((r) => setTimeout(r, 0));
            const after = await frame();
            if (last > Math.max(done, t1)) done = after;
            else break;
          }
          if (done > next) next = done;
          mo.disconnect();
          if (last < 0) out.unchanged++;
          if (i >= warm) {
            out.frame.push(done - t0);
            out.main.push(Math.max(rendered, done) - t0);
            out.next.push(next - t0);
          }
        }
        return out;
      };
      // A stepper's "Step" is disabled at the last step: rewind (untimed) and go on stepping.
      const rewind = async () => {
        if (control.getAttribute('aria-disabled') !== 'true') return;
        const restart = [...root.querySelectorAll('button')].find((b) =>
          /restart/i.test(b.textContent ?? ''),
        );
        restart?.click();
        await frame();
      };
      const widget = await measure(fire, events, rewind);
      // The page's floor: a one-character text change in the widget, nothing else.
      const probe = document.createElement('span');
      probe.setAttribute('aria-hidden', 'true');
      probe.textContent = '0';
      root.prepend(probe);
      const floor = await measure((i) => (probe.textContent = String(i % 10)), 50);
      probe.remove();
      return {
        widget,
        floor,
        kind: control.tagName.toLowerCase() + (control.type ? `:${control.type}` : ''),
      };
    },
    { index: w.index, selectors: MAIN_CONTROL_SELECTORS, events: EVENTS },
  );
  await page.context().close();
  return result;
}

let failed = false;
try {
  for (const w of widgets) {
    const budget = w.race ? 16 : 8;
    let result = await benchWidget(w);
    let note = '';
    // Timings on a shared 2-core machine are noisy: a widget over budget is measured twice more
    // and the run with the median p95 counts (as Lighthouse's median of three).
    if (!result.error && p95Of(result.widget.frame) > budget) {
      const runs = [result, await benchWidget(w), await benchWidget(w)];
      if (runs.every((r) => !r.error)) {
        runs.sort((a, b) => p95Of(a.widget.frame) - p95Of(b.widget.frame));
        note = `  (median of 3 runs; p95s ${runs.map((r) => p95Of(r.widget.frame).toFixed(1)).join(', ')})`;
        result = runs[1];
      }
    }
    if (result.error) {
      failed = true;
      console.log(`✗ ${w.name} on ${w.page}: ${result.error}`);
      continue;
    }
    /** "p50 / p95" of a list of times in ms. */
    const p = (times) => {
      const sorted = [...times].sort((x, y) => x - y);
      return `${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 95).toFixed(1)}`;
    };
    const p95 = p95Of(result.widget.frame);
    const ok = p95 <= budget && result.widget.unchanged < EVENTS / 2;
    if (!ok) failed = true;
    console.log(
      `${ok ? '✓' : '✗'} ${w.name.padEnd(20)} ${w.page.padEnd(28)} ${result.kind.padEnd(17)} event → frame p50 / p95 ${p(result.widget.frame).padStart(11)} ms (budget ${budget})   main thread ${p(result.widget.main).padStart(11)}   next frame ${p(result.widget.next).padStart(11)}${note}`,
    );
    console.log(
      `  ${' '.repeat(20)} ${' '.repeat(28)} ${'floor'.padEnd(17)}                ${p(result.floor.frame).padStart(11)}                   ${p(result.floor.main).padStart(11)}              ${p(result.floor.next).padStart(11)}`,
    );
    if (result.widget.unchanged >= EVENTS / 2)
      console.log(
        `    ${result.widget.unchanged} of ${EVENTS + 5} events changed nothing in the widget`,
      );
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
