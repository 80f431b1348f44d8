import { beforeAll, describe, expect, it } from 'vitest';
import { extractSections } from '~/lib/gather';
import { chapterIds, readDist, requireDist } from './dist';

beforeAll(requireDist);

describe('practice and worked-example hubs', () => {
  for (const [route, className] of [
    ['practice', 'problem'],
    ['worked-examples', 'worked-example'],
  ] as const) {
    it(`/${route}/ shows every ${className} of every chapter exactly once, linked to its chapter`, () => {
      const hub = readDist(`${route}/index.html`);
      const inHub = extractSections(hub, className).map((s) => s.id);
      const inChapters = chapterIds().flatMap((id) =>
        extractSections(readDist(`chapters/${id}/index.html`), className).map((s) => s.id),
      );
      expect(inChapters.length).toBeGreaterThan(0);
      expect([...inHub].sort()).toEqual([...inChapters].sort());
      expect(new Set(inHub).size).toBe(inHub.length);
      for (const id of inHub) expect(hub).toMatch(new RegExp(`href="/chapters/[a-z0-9-]+/#${id}"`));
    });
  }

  it('every problem id and worked-example id is unique across the site', () => {
    const all = chapterIds().flatMap((id) => {
      const html = readDist(`chapters/${id}/index.html`);
      return [...extractSections(html, 'problem'), ...extractSections(html, 'worked-example')].map(
        (s) => s.id,
      );
    });
    expect(all.length - new Set(all).size).toBe(0);
  });

  it('/notation/ lists every symbol of every chapter', () => {
    const html = readDist('notation/index.html');
    const rows = html.match(/<tr>/g)?.length ?? 0;
    expect(rows).toBeGreaterThan(1);
    for (const id of chapterIds()) expect(html).toContain(`href="/chapters/${id}/"`);
  });
});
