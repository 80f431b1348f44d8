import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lossRegistry } from '~/compute';
import { distDir, readDist, requireDist } from './dist';

beforeAll(requireDist);

describe('loss catalog', () => {
  it('every registry entry has a page at /losses/<id>/ with its name, formula and a figure', () => {
    for (const e of lossRegistry) {
      const file = `losses/${e.id}/index.html`;
      expect(existsSync(join(distDir, file)), file).toBe(true);
      const html = readDist(file);
      expect(html).toContain(`<h1>${e.name.replace(/&/g, '&amp;')}</h1>`);
      expect(
        html.match(/class="katex-display"/g)?.length ?? 0,
        `${e.id}: formula and derivative`,
      ).toBeGreaterThanOrEqual(2);
      expect(html, `${e.id}: server-rendered figure`).toMatch(
        /<figure class="figure loss-figure">[\s\S]*?<svg/,
      );
      expect(html, `${e.id}: explorer island`).toMatch(/<astro-island[^>]*LossCurveExplorer/);
      for (const fw of Object.values(e.frameworks)) {
        const call = fw.call
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;')
          .replace(/'/g, '&#39;');
        expect(html, `${e.id}: framework call`).toContain(call);
      }
    }
  });

  it('/losses/ lists every registry entry once, in registry order, linked to its page', () => {
    const html = readDist('losses/index.html');
    const ids = [...html.matchAll(/<tr data-id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(lossRegistry.map((e) => e.id));
    for (const e of lossRegistry) expect(html).toContain(`href="/losses/${e.id}/"`);
  });
});
