import type { LossEntry, LossFamily } from '../compute/registry';

/** Display names of the loss families, in catalog order. */
export const FAMILY_NAMES: Readonly<Record<LossFamily, string>> = {
  regression: 'Regression',
  margin: 'Margin (binary, labels ±1)',
  probabilistic: 'Probabilistic (binary)',
  multiclass: 'Multiclass',
};

/** The URL of a loss's catalog page. */
export function lossHref(id: string): string {
  return `/losses/${id}/`;
}

/** A chapter as the catalog needs it: id, title and raw MDX source. */
export interface ChapterText {
  id: string;
  title: string;
  href: string;
  body: string;
}

/**
 * The chapters that discuss a loss, in reading order: those the registry lists, and those whose
 * source names the loss's id in quotes (a getLoss call, a widget's loss list). Only chapters that
 * exist are returned.
 */
export function chaptersDiscussing(
  entry: LossEntry,
  chapters: readonly ChapterText[],
): ChapterText[] {
  const listed = new Set<string>(entry.relatedChapters);
  const quoted = new RegExp(`['"]${entry.id.replace(/[-]/g, '\\-')}['"]`);
  return chapters.filter((c) => listed.has(c.id) || quoted.test(c.body));
}

/** Text for a yes/no property cell, with words rather than symbols alone. */
export function yesNo(value: boolean | undefined): string {
  return value === undefined ? '—' : value ? 'yes' : 'no';
}
