import { describe, expect, it } from 'vitest';
import { buildTree, TreeError } from '~/lib/tree';
import { chapterSchema } from '~/lib/chapterSchema';
import { layoutTree, wrapTitle } from '~/lib/treeLayout';

const data = (over: Record<string, unknown> = {}) =>
  chapterSchema.parse({ title: 'T', summary: 'S', difficulty: 1, minutes: 5, ...over });

describe('chapterSchema', () => {
  it('chapterSchema.parse(frontmatter) fills defaults for lists', () => {
    expect(data()).toMatchObject({ prerequisites: [], tags: [], symbols: [] });
  });

  it('chapterSchema rejects a bad field with a message naming it', () => {
    const bad = chapterSchema.safeParse({ title: 'T', summary: 'S', difficulty: 7, minutes: 5 });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['difficulty']);
    expect(
      chapterSchema.safeParse({ title: 'T', summary: 'S', difficulty: 1, minutes: 5, extra: 1 })
        .success,
    ).toBe(false);
    expect(
      chapterSchema.safeParse({
        title: 'T',
        summary: 'S',
        difficulty: 1,
        minutes: 5,
        prerequisites: ['Not An Id'],
      }).success,
    ).toBe(false);
    expect(
      chapterSchema.safeParse({ title: '', summary: 'S', difficulty: 1, minutes: 5 }).success,
    ).toBe(false);
  });
});

describe('buildTree', () => {
  it('buildTree(sources) orders chapters, links prev/next and computes depth and unlocks', () => {
    const tree = buildTree([
      { id: 'second', data: data({ title: 'Second', prerequisites: ['first'] }) },
      { id: 'first', data: data({ title: 'First' }) },
      { id: 'third', data: data({ title: 'Third', prerequisites: ['second', 'first'] }) },
    ]);
    expect(tree.chapters.map((c) => c.id)).toEqual(['first', 'second', 'third']);
    const second = tree.byId.get('second')!;
    expect(second).toMatchObject({
      depth: 1,
      order: 1,
      prev: 'first',
      next: 'third',
      href: '/chapters/second/',
    });
    expect(tree.byId.get('first')!.unlocks).toEqual(['second', 'third']);
    expect(tree.maxDepth).toBe(2);
  });

  it('buildTree(sources) throws a TreeError naming the file and the unknown prerequisite', () => {
    const build = () =>
      buildTree([
        { id: 'a', data: data(), filePath: 'content/chapters/a.mdx' },
        { id: 'b', data: data({ prerequisites: ['missing'] }), filePath: 'content/chapters/b.mdx' },
      ]);
    expect(build).toThrow(TreeError);
    expect(build).toThrow(
      /content\/chapters\/b\.mdx: "b" lists the unknown prerequisite "missing"/,
    );
  });

  it('buildTree(sources) throws on a cycle, showing the cycle', () => {
    expect(() =>
      buildTree([
        { id: 'a', data: data({ prerequisites: ['b'] }) },
        { id: 'b', data: data({ prerequisites: ['a'] }) },
      ]),
    ).toThrow(/cycle: (a → b → a|b → a → b)/);
  });
});

describe('layoutTree', () => {
  const input = [
    { id: 'a', depth: 0, prerequisites: [] },
    { id: 'b', depth: 1, prerequisites: ['a'] },
    { id: 'c', depth: 1, prerequisites: ['a'] },
    { id: 'd', depth: 2, prerequisites: ['c'] },
  ];

  it('layoutTree(input) places rows by depth, without overlaps, inside the canvas', () => {
    const l = layoutTree(input, {
      nodeWidth: 100,
      nodeHeight: 40,
      gapX: 20,
      gapY: 30,
      padding: 10,
    });
    const at = Object.fromEntries(l.nodes.map((n) => [n.id, n]));
    expect(at['a']!.y).toBe(10);
    expect(at['b']!.y).toBe(10 + 40 + 30);
    expect(at['d']!.y).toBe(10 + 2 * (40 + 30));
    // Two nodes in the widest row: 2·100 + 20 + 2·10.
    expect(l.width).toBe(240);
    expect(l.height).toBe(10 * 2 + 3 * 40 + 2 * 30);
    expect(Math.abs(at['b']!.x - at['c']!.x)).toBeGreaterThanOrEqual(100 + 20);
    for (const n of l.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(l.width);
    }
    expect(l.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(['a>b', 'a>c', 'c>d']);
  });

  it('layoutTree(input) orders a row by the position of its prerequisites', () => {
    const l = layoutTree([
      { id: 'left', depth: 0, prerequisites: [] },
      { id: 'right', depth: 0, prerequisites: [] },
      { id: 'under-right', depth: 1, prerequisites: ['right'] },
      { id: 'under-left', depth: 1, prerequisites: ['left'] },
    ]);
    const x = Object.fromEntries(l.nodes.map((n) => [n.id, n.x]));
    expect(x['under-left']!).toBeLessThan(x['under-right']!);
  });

  it('wrapTitle(title) wraps at spaces and ellipsizes past the last line', () => {
    expect(wrapTitle('What is a loss?')).toEqual(['What is a loss?']);
    expect(wrapTitle('Backpropagation worked by hand', 16)).toEqual([
      'Backpropagation',
      'worked by hand',
    ]);
    expect(wrapTitle('one two three four five six', 7, 2)).toEqual(['one two', 'three…']);
  });
});
