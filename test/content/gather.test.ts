import { describe, expect, it } from 'vitest';
import { deferRevealBodies, extractSections, fillGatherSlot } from '~/lib/gather';

const page = `<main><p>intro</p>
<section class="problem" id="a-p1" data-difficulty="easy"><h3>One</h3><section class="inner"><p>nested</p></section><p>after</p></section>
<section class="worked-example" id="a-ex"><p>ex</p></section>
<section class="problem extra" id="a-p2" data-difficulty="hard"><p>two</p></section></main>`;

describe('gather', () => {
  it('extractSections(html, className) returns each section whole, nested sections included', () => {
    const problems = extractSections(page, 'problem');
    expect(problems.map((p) => [p.id, p.difficulty])).toEqual([
      ['a-p1', 'easy'],
      ['a-p2', 'hard'],
    ]);
    expect(problems[0]!.html).toBe(
      '<section class="problem" id="a-p1" data-difficulty="easy"><h3>One</h3><section class="inner"><p>nested</p></section><p>after</p></section>',
    );
    expect(extractSections(page, 'worked-example').map((e) => e.id)).toEqual(['a-ex']);
    expect(extractSections(page, 'quick-check')).toEqual([]);
  });

  it('extractSections throws on an unclosed section or a section without an id', () => {
    expect(() => extractSections('<section class="problem" id="x"><p>', 'problem')).toThrow(
      /Unclosed/,
    );
    expect(() => extractSections('<section class="problem"></section>', 'problem')).toThrow(
      /no id/,
    );
  });

  it('fillGatherSlot(page, name, content) fills the empty slot and refuses a missing one', () => {
    const html = '<div class="hub" data-gather="problems"></div>';
    expect(fillGatherSlot(html, 'problems', '<p>x</p>')).toBe(
      '<div class="hub" data-gather="problems"><p>x</p></div>',
    );
    expect(() => fillGatherSlot(html, 'examples', 'x')).toThrow(/No empty/);
  });
});

describe('deferRevealBodies', () => {
  const F = '<p>fallback</p>';
  it('takes out each top-level reveal body, in order, leaving a keyed <details> with the fallback', () => {
    const html =
      '<p>q</p><details class="reveal hint"><summary>Hint</summary><div class="reveal-body"><p>h</p></div></details>' +
      '<details class="other"><summary>s</summary><p>kept</p></details>' +
      '<details class="reveal solution"><summary>Show solution</summary><div class="reveal-body">' +
      '<details class="reveal hint"><summary>inner</summary><p>i</p></details><p>s</p></div></details><p>end</p>';
    const { html: out, bodies } = deferRevealBodies(html, 'x-p1', F);
    expect(out).toBe(
      '<p>q</p><details class="reveal hint" data-lazy="x-p1/0"><summary>Hint</summary><p>fallback</p></details>' +
        '<details class="other"><summary>s</summary><p>kept</p></details>' +
        '<details class="reveal solution" data-lazy="x-p1/1"><summary>Show solution</summary><p>fallback</p></details><p>end</p>',
    );
    expect(bodies).toEqual([
      '<div class="reveal-body"><p>h</p></div>',
      '<div class="reveal-body"><details class="reveal hint"><summary>inner</summary><p>i</p></details><p>s</p></div>',
    ]);
    expect(deferRevealBodies('<p>none</p>', 'k', F)).toEqual({ html: '<p>none</p>', bodies: [] });
  });

  it('refuses a reveal it cannot cut safely', () => {
    expect(() =>
      deferRevealBodies('<details class="reveal"><summary>x</summary><p>', 'k', F),
    ).toThrow(/Unclosed/);
    expect(() => deferRevealBodies('<details class="reveal"><p>x</p></details>', 'k', F)).toThrow(
      /no <summary>/,
    );
  });
});
