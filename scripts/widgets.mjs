// Finds the widgets (Preact islands) on the built site, for the browser benchmark
// (scripts/bench-browser.mjs) and the generic widget tests (test/e2e/widgets.test.ts).
//
// The convention every widget follows (README, "Quality"; src/widgets/kit/WidgetFrame does the
// first two for you):
// - the island's root element has data-widget="<Name>" (the folder name in src/widgets/);
// - the root's id is the URL prefix of its state: keys `<id>.<field>` in the query string
//   (data-url-prefix="<prefix>" on the root overrides it);
// - its main control (the one a reader moves first) is the element with data-main-control, else
//   its first slider (input[type=range]), else its first native control;
// - a frame that steps several optimizers at once is marked data-race (16 ms budget, not 8 ms).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from './budget.mjs';

/** In the browser: the main control of a widget root (see the convention above). */
export const MAIN_CONTROL_SELECTORS = [
  '[data-main-control]',
  'input[type=range]',
  'input:not([type=hidden]), select, button, textarea',
];

/** The widgets in one page's HTML, in document order, with any island breaking the convention. */
export function widgetsInHtml(html, page) {
  const widgets = [];
  const problems = [];
  const re = /<astro-island\b([^>]*)>([\s\S]*?)<\/astro-island>/gi;
  let index = 0;
  for (const m of html.matchAll(re)) {
    const attrs = m[1];
    const body = m[2];
    const component = /\bcomponent-url="([^"]*)"/.exec(attrs)?.[1] ?? '?';
    const root = /<[a-z][\w-]*\b[^>]*\bdata-widget="([^"]+)"[^>]*>/i.exec(body);
    if (!root) {
      problems.push(`${page}: island ${index} (${component}) has no element with data-widget`);
    } else {
      const tag = root[0];
      const id = /\sid="([^"]+)"/.exec(tag)?.[1];
      const explicit = /\bdata-url-prefix="([^"]+)"/.exec(tag)?.[1];
      const hasMainControl =
        /\sdata-main-control[\s=>]/.test(body) || /<(input|select|button|textarea)\b/i.test(body);
      widgets.push({
        page,
        index,
        name: root[1],
        urlPrefix: explicit ?? (id ? `${id}.` : null),
        race: /\sdata-race[\s=>]/.test(tag),
        ssr: /(?:^|\s)ssr(?:[\s=]|$)/.test(attrs) && body.trim().length > 0,
        hasMainControl,
      });
      if (!hasMainControl) problems.push(`${page}: widget ${root[1]} has no control to operate`);
    }
    index++;
  }
  return { widgets, problems };
}

/** The URL path a built HTML file is served at. */
export function urlOfPage(file) {
  if (file === 'index.html') return '/';
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** Every widget on every page of `dist`, and every island breaking the convention. */
export function discoverWidgets(dist = process.env.LFE_DIST ?? join(process.cwd(), 'dist')) {
  const widgets = [];
  const problems = [];
  for (const file of htmlPages(dist)) {
    const found = widgetsInHtml(readFileSync(join(dist, file), 'utf8'), urlOfPage(file));
    widgets.push(...found.widgets);
    problems.push(...found.problems);
  }
  return { widgets, problems };
}
