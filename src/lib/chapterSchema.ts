import { z } from 'astro/zod';

/** Chapter ids are the MDX file names: lowercase words joined by hyphens. */
export const chapterId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case chapter id such as "what-is-a-loss"');

/** One row of a chapter's notation table. */
export const symbolSchema = z
  .object({
    /** The symbol as LaTeX, rendered with KaTeX (e.g. '\hat y'). */
    symbol: z.string().min(1),
    /** What the symbol stands for in this chapter, in plain words. */
    meaning: z.string().min(1),
  })
  .strict();

/** The frontmatter of a chapter (content/chapters/<id>.mdx). */
export const chapterSchema = z
  .object({
    /** The chapter's title, as shown in the header, sidebar, tree and search results. */
    title: z.string().min(1).max(80),
    /** One line saying what the reader will learn; used as the page description. */
    summary: z.string().min(1).max(240),
    /** How demanding the chapter is, from 1 (first steps) to 5 (research-level). */
    difficulty: z.number().int().min(1).max(5),
    /** Honest reading time in minutes, worked examples and practice included. */
    minutes: z.number().int().min(1).max(240),
    /** Ids of the chapters to read first; each must exist, and the graph must have no cycle. */
    prerequisites: z.array(chapterId).default([]),
    /** Lowercase topic tags, used as search filters. */
    tags: z
      .array(z.string().regex(/^[a-z0-9-]+$/, 'tags are lowercase words or hyphens'))
      .default([]),
    /** The notation the chapter uses, shown as its notation table and gathered on /notation/. */
    symbols: z.array(symbolSchema).default([]),
  })
  .strict();

/** A chapter's validated frontmatter. */
export type ChapterData = z.infer<typeof chapterSchema>;
