import { describe, expect, it } from 'vitest';
import {
  ancestors,
  depths,
  fanOut,
  findCycle,
  findGraphProblems,
  longestChain,
  topologicalOrder,
  unlocks,
} from '~/compute/graph';

// A small tree drawn by hand:
//   a ──► b ──► d ──► e
//   a ──► c ──► d
//             c ──► f
const tree = [
  { id: 'e', prerequisites: ['d'] },
  { id: 'a', prerequisites: [] },
  { id: 'b', prerequisites: ['a'] },
  { id: 'c', prerequisites: ['a'] },
  { id: 'd', prerequisites: ['b', 'c'] },
  { id: 'f', prerequisites: ['c'] },
];

describe('graph', () => {
  it('depths(nodes) is 0 for roots and 1 + the deepest prerequisite otherwise', () => {
    expect(Object.fromEntries(depths(tree))).toEqual({ a: 0, b: 1, c: 1, d: 2, e: 3, f: 2 });
  });

  it('topologicalOrder(nodes) puts every prerequisite before the chapters that need it', () => {
    const order = topologicalOrder(tree);
    expect(order).toHaveLength(tree.length);
    for (const n of tree) {
      for (const p of n.prerequisites) expect(order.indexOf(p)).toBeLessThan(order.indexOf(n.id));
    }
    // Ties keep input order: b before c, d before f (both depth 2; d comes first in the input).
    expect(order).toEqual(['a', 'b', 'c', 'd', 'f', 'e']);
  });

  it('unlocks(nodes) and fanOut(nodes) list the chapters each node opens directly', () => {
    const u = unlocks(tree);
    expect(u.get('a')).toEqual(['b', 'c']);
    expect(u.get('c')).toEqual(['d', 'f']);
    expect(u.get('e')).toEqual([]);
    expect(Object.fromEntries(fanOut(tree))).toEqual({ a: 2, b: 1, c: 2, d: 1, e: 0, f: 0 });
  });

  it('longestChain(nodes) follows the deepest path from a root', () => {
    expect(longestChain(tree)).toEqual(['a', 'b', 'd', 'e']);
    expect(longestChain([])).toEqual([]);
    expect(longestChain([{ id: 'solo', prerequisites: [] }])).toEqual(['solo']);
  });

  it('ancestors(nodes, id) lists every transitive prerequisite in reading order', () => {
    expect(ancestors(tree, 'e')).toEqual(['a', 'b', 'c', 'd']);
    expect(ancestors(tree, 'a')).toEqual([]);
  });

  it('findGraphProblems(nodes) names an unknown prerequisite and the node that lists it', () => {
    const problems = findGraphProblems([...tree, { id: 'g', prerequisites: ['nope'] }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ id: 'g', kind: 'unknown-prerequisite' });
    expect(problems[0]!.message).toContain('"nope"');
  });

  it('findGraphProblems(nodes) reports self-references, duplicates and cycles', () => {
    const kinds = (nodes: Parameters<typeof findGraphProblems>[0]) =>
      findGraphProblems(nodes).map((p) => p.kind);
    expect(kinds([{ id: 'x', prerequisites: ['x'] }])).toEqual(['self-prerequisite']);
    expect(
      kinds([
        { id: 'x', prerequisites: [] },
        { id: 'x', prerequisites: [] },
      ]),
    ).toEqual(['duplicate-id']);
    const cyclic = [
      { id: 'p', prerequisites: ['r'] },
      { id: 'q', prerequisites: ['p'] },
      { id: 'r', prerequisites: ['q'] },
    ];
    expect(kinds(cyclic)).toEqual(['cycle']);
    expect(findGraphProblems(tree)).toEqual([]);
  });

  it('findCycle(nodes) returns a closed path through the cycle', () => {
    const cycle = findCycle([
      { id: 'root', prerequisites: [] },
      { id: 'p', prerequisites: ['root', 'r'] },
      { id: 'q', prerequisites: ['p'] },
      { id: 'r', prerequisites: ['q'] },
    ])!;
    expect(cycle[0]).toBe(cycle[cycle.length - 1]);
    expect(new Set(cycle)).toEqual(new Set(['p', 'q', 'r']));
    expect(cycle).toHaveLength(4);
    expect(findCycle(tree)).toBeNull();
  });

  it('depths(nodes) throws on a cycle instead of recursing forever', () => {
    expect(() =>
      depths([
        { id: 'p', prerequisites: ['q'] },
        { id: 'q', prerequisites: ['p'] },
      ]),
    ).toThrow(/cycle/);
  });
});
