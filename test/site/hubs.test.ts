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

  it('/practice/ serves each hint and solution body on demand, exactly as its chapter prints it', () => {
    const hub = readDist('practice/index.html');
    const bodies = JSON.parse(readDist('practice/reveal-bodies.json')) as Record<string, string[]>;
    const keys = [...hub.matchAll(/<details\s[^>]*data-lazy="([^"]+)"/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(40);
    let withMath = 0;
    for (const id of chapterIds()) {
      const chapter = readDist(`chapters/${id}/index.html`);
      for (const problem of extractSections(chapter, 'problem')) {
        const reveals = problem.html.match(/<details\s[^>]*class="reveal[\s"]/g) ?? [];
        const own = bodies[problem.id] ?? [];
        // Every reveal of the problem is deferred (none nested in another here), in order.
        expect(own.length, problem.id).toBe(reveals.length);
        expect(keys.filter((k) => k.startsWith(`${problem.id}/`))).toEqual(
          own.map((_, n) => `${problem.id}/${n}`),
        );
        for (const body of own) {
          expect(body.length).toBeGreaterThan(20);
          expect(problem.html, `${problem.id}: a body the chapter does not have`).toContain(body);
          if (body.includes('class="katex"')) withMath++;
        }
      }
    }
    expect(withMath).toBeGreaterThan(20);
    // Without JavaScript, each deferred reveal links to its problem in the chapter instead.
    for (const m of hub.matchAll(
      /data-lazy="([^"/]+)\/\d+"><summary>[\s\S]*?<\/summary>([\s\S]*?)<\/details>/g,
    ))
      expect(m[2]).toMatch(
        new RegExp(`class="reveal-body lazy-fallback".*href="/chapters/[a-z0-9-]+/#${m[1]}"`),
      );
    // The hub itself stays light: the bodies were 80 % of it.
    expect(hub.length).toBeLessThan(400_000);
  });

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
