import { describe, expect, it } from 'vitest';
import { discoverWidgets, widgetsInHtml } from '../../scripts/widgets.mjs';
import { distDir, requireDist } from './dist';

const FIXTURE = `<main>
  <astro-island uid="a" component-url="/_astro/LossCurve.js" renderer-url="/_astro/client.js" ssr>
    <div id="lc" class="widget" data-widget="LossCurve">
      <input type="range" data-main-control aria-label="delta"><svg></svg>
    </div>
  </astro-island>
  <astro-island uid="b" component-url="/_astro/Race.js" ssr>
    <section data-widget="OptimizerRace" data-url-prefix="race:" data-race><button data-main-control>Run</button></section>
  </astro-island>
  <astro-island uid="d" component-url="/_astro/Still.js" ssr>
    <figure data-widget="Still"><svg></svg></figure>
  </astro-island>
  <astro-island uid="c" component-url="/_astro/Bare.js"></astro-island>
</main>`;

describe('widget discovery', () => {
  it('widgetsInHtml(html, page) finds each island, its data-widget name, URL prefix and race flag, and islands breaking the convention', () => {
    const { widgets, problems } = widgetsInHtml(FIXTURE, '/chapters/x/');
    expect(widgets).toEqual([
      {
        page: '/chapters/x/',
        index: 0,
        name: 'LossCurve',
        urlPrefix: 'lc.',
        race: false,
        ssr: true,
        hasMainControl: true,
      },
      {
        page: '/chapters/x/',
        index: 1,
        name: 'OptimizerRace',
        urlPrefix: 'race:',
        race: true,
        ssr: true,
        hasMainControl: true,
      },
      {
        page: '/chapters/x/',
        index: 2,
        name: 'Still',
        urlPrefix: null,
        race: false,
        ssr: true,
        hasMainControl: false,
      },
    ]);
    expect(problems).toEqual([
      '/chapters/x/: widget Still has no control to operate',
      '/chapters/x/: island 3 (/_astro/Bare.js) has no element with data-widget',
    ]);
  });

  it('every island on the built site follows the widget convention', () => {
    requireDist();
    const { widgets, problems } = discoverWidgets(distDir);
    if (widgets.length === 0)
      console.log('\n  No widgets on the built site yet: nothing to check.\n');
    else console.log(`\n  Widgets: ${widgets.map((w) => `${w.name} on ${w.page}`).join(', ')}\n`);
    expect(problems).toEqual([]);
    for (const w of widgets) {
      expect(w.ssr, `${w.name} on ${w.page}: server-rendered first frame`).toBe(true);
      expect(w.urlPrefix, `${w.name} on ${w.page}: an id (URL prefix)`).not.toBeNull();
    }
  });
});
