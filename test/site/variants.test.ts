import { beforeAll, describe, expect, it } from 'vitest';
import { practiceProblems } from '~/compute';
import { defaultTolerance } from '~/lib/answer';
import { extractSections } from '~/lib/gather';
import { formatParam, type ParamFormat } from '~/lib/variants';
import { chapterIds, readDist, requireDist } from './dist';

beforeAll(requireDist);

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );

/** Each <Param> span of a block of built HTML: its name, format and printed text. */
function params(html: string): { name: string; format: ParamFormat; text: string }[] {
  return [...html.matchAll(/<span class="param"([^>]*)>([^<]*)<\/span>/g)].map(
    ([, attrs, text]) => {
      const attr = (a: string) => new RegExp(`\\s${a}(?:="([^"]*)")?(?=[\\s>]|$)`).exec(attrs!);
      const digits = attr('data-digits')?.[1];
      const index = attr('data-index')?.[1];
      return {
        name: attr('data-param')![1]!,
        format: {
          ...(digits === undefined ? {} : { digits: Number(digits) }),
          ...(index === undefined ? {} : { index: Number(index) }),
          trim: attr('data-trim') !== null,
          vector: attr('data-vector') !== null,
        },
        text: decode(text!),
      };
    },
  );
}

const problemsOf = (page: string) => extractSections(readDist(page), 'problem');

describe('parameterized problems in the built site', () => {
  const chapters = chapterIds().map((id) => ({
    id,
    problems: problemsOf(`chapters/${id}/index.html`),
  }));
  // On the hub, hints and solutions come from reveal-bodies.json when opened: put them back.
  const revealBodies = JSON.parse(readDist('practice/reveal-bodies.json')) as Record<
    string,
    string[]
  >;
  const hub = problemsOf('practice/index.html').map((p) => ({
    ...p,
    html: p.html + (revealBodies[p.id] ?? []).join(''),
  }));

  it('every chapter with a numeric problem has at least one parameterized problem', () => {
    for (const { id, problems } of chapters) {
      if (!problems.some((p) => p.html.includes('data-answer='))) continue;
      expect(
        problems.filter((p) => /^<section[^>]*\sdata-variants/.test(p.html)).map((p) => p.id),
        id,
      ).not.toEqual([]);
    }
  });

  for (const [id, problem] of Object.entries(practiceProblems)) {
    it(`${id}: its chapter and the hub print variant 0 of the registry, numbers and answer`, () => {
      const { answer, values } = problem.variant(0);
      const inChapters = chapters.flatMap((c) => c.problems.filter((p) => p.id === id));
      const inHub = hub.filter((p) => p.id === id);
      expect(inChapters).toHaveLength(1);
      expect(inHub).toHaveLength(1);
      for (const block of [inChapters[0]!, inHub[0]!]) {
        expect(block.html).toMatch(/^<section[^>]*\sdata-variants/);
        expect(block.html).toContain(`data-answer="${answer}"`);
        expect(block.html).toContain(
          `data-tolerance="${problem.tolerance ?? defaultTolerance(answer)}"`,
        );
        expect(block.html).toContain('data-new-numbers');
        const shown = params(block.html);
        // Statement, hints and solution each show changing numbers.
        expect(shown.length).toBeGreaterThanOrEqual(3);
        for (const { name, format, text } of shown) {
          expect(values[name], `${id}: value ${name}`).toBeDefined();
          expect(text, `${id}: ${name}`).toBe(formatParam(values[name]!, format));
        }
      }
    });
  }

  it('no page has a <Param> outside a parameterized problem', () => {
    for (const { id, problems } of chapters) {
      const page = readDist(`chapters/${id}/index.html`);
      const inside = problems
        .filter((p) => /^<section[^>]*\sdata-variants/.test(p.html))
        .reduce((n, p) => n + params(p.html).length, 0);
      expect(params(page).length, id).toBe(inside);
    }
  });
});
