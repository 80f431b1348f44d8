import { describe, expect, it } from 'vitest';
import { extractSections, fillGatherSlot } from '~/lib/gather';

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
