import { depths, findGraphProblems, topologicalOrder, unlocks } from '../compute/graph';
import type { ChapterData } from './chapterSchema';

/** A chapter as the loader gives it: id, frontmatter, and the file it came from. */
export interface ChapterSource {
  id: string;
  data: ChapterData;
  filePath?: string | undefined;
}

/** A chapter placed in the tech tree, with every graph figure computed. */
export interface TreeChapter extends ChapterSource {
  href: string;
  depth: number;
  /** Position in reading order (topological, prerequisites first), from 0. */
  order: number;
  unlocks: string[];
  prev: string | undefined;
  next: string | undefined;
}

/** The whole tech tree, chapters in reading order. */
export interface Tree {
  chapters: TreeChapter[];
  byId: Map<string, TreeChapter>;
  maxDepth: number;
}

/** Thrown when the chapters do not form a valid tree; the message names each file and problem. */
export class TreeError extends Error {
  override name = 'TreeError';
}

/** The URL of a chapter page. */
export function chapterHref(id: string): string {
  return `/chapters/${id}/`;
}

/**
 * Validates the chapters as a graph and lays them out in reading order. Throws a TreeError naming
 * the file and the problem on an unknown prerequisite, a self-reference, a duplicate or a cycle.
 */
export function buildTree(sources: readonly ChapterSource[]): Tree {
  const nodes = sources.map((s) => ({ id: s.id, prerequisites: s.data.prerequisites }));
  const problems = findGraphProblems(nodes);
  if (problems.length > 0) {
    const file = (id: string) =>
      sources.find((s) => s.id === id)?.filePath ?? `content/chapters/${id}.mdx`;
    throw new TreeError(
      'The chapters do not form a valid tech tree:\n' +
        problems.map((p) => `  - ${file(p.id)}: ${p.message}`).join('\n'),
    );
  }
  const depth = depths(nodes);
  const unlock = unlocks(nodes);
  // Reading order: topological, ties broken by difficulty then title, so it is stable.
  const sorted = [...sources].sort(
    (a, b) =>
      depth.get(a.id)! - depth.get(b.id)! ||
      a.data.difficulty - b.data.difficulty ||
      a.data.title.localeCompare(b.data.title),
  );
  const order = topologicalOrder(
    sorted.map((s) => ({ id: s.id, prerequisites: s.data.prerequisites })),
  );
  const byIdSource = new Map(sources.map((s) => [s.id, s]));
  const chapters: TreeChapter[] = order.map((id, i) => ({
    ...byIdSource.get(id)!,
    href: chapterHref(id),
    depth: depth.get(id)!,
    order: i,
    unlocks: unlock.get(id)!,
    prev: order[i - 1],
    next: order[i + 1],
  }));
  return {
    chapters,
    byId: new Map(chapters.map((c) => [c.id, c])),
    maxDepth: Math.max(0, ...chapters.map((c) => c.depth)),
  };
}
