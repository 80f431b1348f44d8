import { getCollection } from 'astro:content';
import { buildTree, type Tree } from './tree';

let cached: Promise<Tree> | undefined;

/** The site's tech tree, built once per build from the chapters collection (and validated). */
export function getTree(): Promise<Tree> {
  cached ??= getCollection('chapters').then((entries) =>
    buildTree(entries.map((e) => ({ id: e.id, data: e.data, filePath: e.filePath }))),
  );
  return cached;
}
