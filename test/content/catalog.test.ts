import { describe, expect, it } from 'vitest';
import { getLoss } from '~/compute';
import { chaptersDiscussing, lossHref, yesNo } from '~/lib/catalog';

const chapter = (id: string, body: string) => ({ id, title: id, href: `/chapters/${id}/`, body });

describe('catalog helpers', () => {
  it('chaptersDiscussing(entry, chapters) keeps listed chapters and those quoting the id', () => {
    const huber = getLoss('huber');
    const chapters = [
      chapter('what-is-a-loss', 'no mention'),
      chapter('regression-losses', "getLoss('mse')"),
      chapter('custom-losses', "lossIds={['mse', 'huber']}"),
      chapter('cross-entropy', 'a huber-like word without quotes: huber'),
    ];
    const expected = chapters
      .filter(
        (c) =>
          (huber.relatedChapters as readonly string[]).includes(c.id) || c.id === 'custom-losses',
      )
      .map((c) => c.id);
    expect(chaptersDiscussing(huber, chapters).map((c) => c.id)).toEqual(expected);
    expect(chaptersDiscussing(huber, chapters).map((c) => c.id)).not.toContain('cross-entropy');
  });

  it('lossHref(id) and yesNo(value) format links and cells', () => {
    expect(lossHref('smooth-l1')).toBe('/losses/smooth-l1/');
    expect([yesNo(true), yesNo(false), yesNo(undefined)]).toEqual(['yes', 'no', '—']);
  });
});
