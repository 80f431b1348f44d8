import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chapterIds, readDist, requireDist } from './dist';

beforeAll(requireDist);

/** A chapter's `minutes` and `title`, read straight from its MDX frontmatter. */
function frontmatter(id: string): { minutes: number; title: string } {
  const text = readFileSync(join(process.cwd(), 'content/chapters', `${id}.mdx`), 'utf8');
  const head = text.split(/^---$/m)[1] ?? '';
  const title = /^title:\s*(.+)$/m
    .exec(head)![1]!
    .trim()
    .replace(/^(['"])(.*)\1$/, '$2');
  return { minutes: Number(/^minutes:\s*(\d+)/m.exec(head)![1]), title };
}

describe('/complete/', () => {
  const html = readDist('complete/index.html');

  it('lists every chapter on the certificate and states the total minutes of the frontmatter', () => {
    const ids = chapterIds();
    const total = ids.reduce((s, id) => s + frontmatter(id).minutes, 0);
    const certificate = html.slice(html.indexOf('class="certificate"'));
    const list = /<ol class="certificate-chapters"[^>]*>([^]*?)<\/ol>/.exec(certificate)![1]!;
    expect(list.match(/<li\b/g)).toHaveLength(ids.length);
    for (const id of ids) expect(list).toContain(frontmatter(id).title);
    expect(certificate).toContain(`${ids.length} chapters · ${total} minutes`);
    for (const id of ids) {
      expect(html).toContain(`data-completion-chapter="${id}"`);
      expect(html).toContain(`href="/chapters/${id}/"`);
    }
  });

  it('is linked from the home page, the footer and the last chapter', () => {
    expect(readDist('index.html')).toContain('href="/complete/"');
    const last = chapterIds().find(
      (id) => !/rel="next"/.test(readDist(`chapters/${id}/index.html`)),
    );
    expect(last).toBeDefined();
    expect(readDist(`chapters/${last}/index.html`)).toMatch(/<a class="next" href="\/complete\/">/);
    expect(readDist('losses/index.html')).toMatch(/<footer[^]*href="\/complete\/"/);
  });

  it('tells a reader without JavaScript where progress lives, and hides the certificate', () => {
    expect(html).toMatch(/data-completion-nojs[^>]*>[^<]*lives only in this browser/);
    expect(html).toMatch(/<div data-completion-done-view[^>]*hidden/);
  });
});
