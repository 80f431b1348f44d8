import { randomLcg } from 'd3-random';
import type { Page } from 'playwright-core';
import { MAIN_CONTROL_SELECTORS, type Widget } from '../../scripts/widgets.mjs';
import { waitForHydration } from './setup';

/** Marks the widget's root `data-qa-root` and its main control `data-qa-main`; returns its kind. */
export async function markWidget(page: Page, w: Widget): Promise<string> {
  return page.evaluate(
    ({ index, selectors }) => {
      const island = document.querySelectorAll('astro-island')[index]!;
      const root = island.querySelector<HTMLElement>('[data-widget]')!;
      root.setAttribute('data-qa-root', '');
      const main = selectors.map((s) => root.querySelector<HTMLElement>(s)).find(Boolean);
      if (!main) return 'none';
      main.setAttribute('data-qa-main', '');
      return main instanceof HTMLInputElement ? `input:${main.type}` : main.tagName.toLowerCase();
    },
    { index: w.index, selectors: [...MAIN_CONTROL_SELECTORS] },
  );
}

/** Waits for two animation frames: the DOM update of an event is then painted. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}

/** The key that changes a control of this kind. */
function keyFor(kind: string, atMax: boolean): string {
  if (kind === 'input:range' || kind === 'input:number') return atMax ? 'ArrowLeft' : 'ArrowRight';
  if (kind === 'select') return 'ArrowDown';
  return 'Space';
}

/** What a reader sees of a widget: its markup and the values of its controls. */
function snapshot(page: Page): Promise<string> {
  return page.locator('[data-qa-root]').evaluate((root) => {
    const values = [...root.querySelectorAll<HTMLInputElement>('input, select, textarea')].map(
      (c) => `${c.value}/${c.checked}`,
    );
    return `${root.innerHTML}|${values.join(',')}`;
  });
}

/**
 * Reaches the widget's main control with Tab from the widget's start and operates it with a key.
 * Returns the problems found (empty when the widget is keyboard operable).
 */
export async function checkKeyboard(page: Page, w: Widget): Promise<string[]> {
  const kind = await markWidget(page, w);
  if (kind === 'none') return [`${w.name}: no main control`];
  // Start just before the widget: focus its root, then Tab as a reader would.
  await page.locator('[data-qa-root]').evaluate((root: HTMLElement) => {
    root.tabIndex = -1;
    root.focus();
  });
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(
      () => document.activeElement?.hasAttribute('data-qa-main') ?? false,
    );
  }
  await page
    .locator('[data-qa-root]')
    .evaluate((root: HTMLElement) => root.removeAttribute('tabindex'));
  if (!reached) return [`${w.name}: Tab never reaches its main control (${kind})`];
  const problems: string[] = [];
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return s.outlineStyle !== 'none' || s.boxShadow !== 'none';
  });
  if (!outline) problems.push(`${w.name}: its focused main control shows no focus indicator`);
  const before = await snapshot(page);
  const atMax = await page
    .locator('[data-qa-main]')
    .evaluate((c) => c instanceof HTMLInputElement && c.max !== '' && c.value === c.max);
  await page.keyboard.press(keyFor(kind, atMax));
  await nextFrames(page);
  if ((await snapshot(page)) === before)
    problems.push(`${w.name}: pressing ${keyFor(kind, atMax)} on its main control changed nothing`);
  return problems;
}

/** Values that must never break a widget: random, truncated, huge and wrong-typed. */
export function fuzzValue(valid: string, random: () => number): { value: string; junk: boolean } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const kind = pick(['random', 'truncated', 'huge', 'wrong'] as const);
  if (kind === 'truncated')
    return { value: valid.slice(0, Math.floor(random() * valid.length)), junk: false };
  if (kind === 'huge')
    return {
      value: pick(['1e308', '-1e309', '9'.repeat(80), '0.' + '0'.repeat(60) + '1']),
      junk: false,
    };
  if (kind === 'wrong')
    return {
      value: pick(['abc', 'true', '[]', '{"a":1}', 'NaN', 'Infinity', '%', '<b>x</b>']),
      junk: true,
    };
  const chars = 'aZ9-_.~!*()%,;:@$ ';
  const n = 1 + Math.floor(random() * 12);
  let s = '';
  for (let i = 0; i < n; i++) s += chars[Math.floor(random() * chars.length)];
  return { value: s, junk: false };
}

/** The widget's state keys in a URL, with their values. */
function stateIn(url: string, prefix: string): [string, string][] {
  return [...new URL(url).searchParams].filter(([k]) => k.startsWith(prefix));
}

/** What the fuzz checks on a loaded widget: no NaN or Infinity shown, nothing blank. */
async function brokenReadouts(page: Page): Promise<string[]> {
  return page.locator('[data-qa-root]').evaluate((root) => {
    const out: string[] = [];
    const shown = [...root.querySelectorAll('output, svg text, [data-readout]')]
      .map((e) => e.textContent ?? '')
      .join(' ');
    if (/\bNaN\b|Infinity|undefined/.test(shown)) out.push(`shows "${shown.slice(0, 80)}"`);
    if (root.getBoundingClientRect().height === 0) out.push('is blank (no height)');
    for (const svg of root.querySelectorAll('svg'))
      if (
        svg.getBoundingClientRect().height > 20 &&
        svg.querySelectorAll('path, line, circle, rect').length === 0
      )
        out.push('has an empty chart');
    for (const r of root.querySelectorAll<HTMLInputElement>('input[type=range]')) {
      const v = Number(r.value);
      if (!Number.isFinite(v) || v < Number(r.min) || v > Number(r.max))
        out.push(`slider ${r.id} holds ${r.value}`);
    }
    return out;
  });
}

function controlValues(page: Page): Promise<string[]> {
  return page
    .locator('[data-qa-root]')
    .evaluate((root) =>
      [...root.querySelectorAll<HTMLInputElement>('input, select, textarea')].map(
        (c) => `${c.id || c.name}=${c.type === 'checkbox' ? c.checked : c.value}`,
      ),
    );
}

/**
 * Seeded fuzz of a widget's URL state: finds its keys by operating it, then loads the page with
 * random, truncated, huge and wrong-typed values. Returns the problems found.
 */
export async function fuzzUrlState(
  page: Page,
  errors: string[],
  base: string,
  w: Widget,
  { seed = 7, cases = 10 } = {},
): Promise<string[]> {
  if (!w.urlPrefix) return [`${w.name}: no URL prefix (root id)`];
  const prefix = w.urlPrefix;
  const pageUrl = base + w.page;
  await page.goto(pageUrl);
  await waitForHydration(page);
  const kind = await markWidget(page, w);
  const defaults = await controlValues(page);
  // Operate the main control until the widget writes its state into the URL.
  await page.locator('[data-qa-main]').focus();
  await page.keyboard.press(keyFor(kind, false));
  await page
    .waitForFunction((p) => location.search.includes(p), prefix, { timeout: 3000 })
    .catch(() => {});
  const valid = stateIn(page.url(), prefix);
  if (valid.length === 0) return [`${w.name}: operating it wrote no "${prefix}…" key into the URL`];

  const random = randomLcg(seed);
  const problems: string[] = [];
  for (let c = 0; c < cases; c++) {
    const params = new URLSearchParams();
    let allJunk = true;
    for (const [k, v] of valid) {
      const f = fuzzValue(v, random);
      allJunk &&= f.junk;
      params.set(k, f.value);
    }
    if (random() < 0.3) params.set(`${prefix}unknown`, '1');
    errors.length = 0;
    await page.goto(`${pageUrl}?${params}`);
    await waitForHydration(page);
    await markWidget(page, w);
    await nextFrames(page);
    const query = params.toString();
    for (const p of await brokenReadouts(page)) problems.push(`${w.name} ?${query}: ${p}`);
    for (const e of errors) problems.push(`${w.name} ?${query}: console error ${e}`);
    if (allJunk) {
      const now = await controlValues(page);
      if (now.join() !== defaults.join())
        problems.push(`${w.name} ?${query}: did not fall back to its defaults (${now.join()})`);
    }
  }
  return problems;
}
