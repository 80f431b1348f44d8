/**
 * Reading progress kept in localStorage: which chapters the reader marked complete. The stored
 * value is versioned; anything unreadable (corrupt JSON, an old or foreign shape, unknown ids) is
 * ignored and replaced, never thrown.
 */

/** The localStorage key; bump the version when the stored shape changes. */
export const PROGRESS_KEY = 'lfe:progress:v1';

/** The stored shape. */
export interface Progress {
  version: 1;
  /** Chapter ids marked complete, each with the time it was marked (ms since epoch). */
  completed: Record<string, number>;
}

/** An empty progress record. */
export function emptyProgress(): Progress {
  return { version: 1, completed: {} };
}

/**
 * Parses a stored `{ version: 1, [field]: { id: timestamp } }` record. Returns the record's ids
 * and whether the stored value had to be repaired (so the caller can write the clean value
 * back). Only kebab-case ids (and, when given, ids in `knownIds`) with finite timestamps survive.
 */
export function parseStampedIds(
  raw: string | null,
  field: string,
  knownIds?: ReadonlySet<string>,
): { ids: Record<string, number>; repaired: boolean } {
  if (raw === null) return { ids: {}, repaired: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ids: {}, repaired: true };
  }
  const record =
    typeof data === 'object' && data !== null && (data as { version?: unknown }).version === 1
      ? (data as Record<string, unknown>)[field]
      : undefined;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { ids: {}, repaired: true };
  }
  const ids: Record<string, number> = {};
  let repaired = false;
  for (const [id, t] of Object.entries(record as Record<string, unknown>)) {
    const validId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && (!knownIds || knownIds.has(id));
    if (validId && typeof t === 'number' && Number.isFinite(t)) ids[id] = t;
    else repaired = true;
  }
  return { ids, repaired };
}

/**
 * Parses stored chapter progress. Returns the progress and whether the stored value had to be
 * repaired. Only ids in `knownIds` (when given) survive.
 */
export function parseProgress(
  raw: string | null,
  knownIds?: ReadonlySet<string>,
): { progress: Progress; repaired: boolean } {
  const { ids, repaired } = parseStampedIds(raw, 'completed', knownIds);
  return { progress: { version: 1, completed: ids }, repaired };
}

/** Serializes progress for storage. */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** Returns a copy of `progress` with `id` marked complete (at `now`) or not. */
export function setCompleted(progress: Progress, id: string, done: boolean, now: number): Progress {
  const completed = { ...progress.completed };
  if (done) completed[id] = now;
  else delete completed[id];
  return { version: 1, completed };
}

/** The localStorage key of solved practice problems. */
export const PRACTICE_KEY = 'lfe:practice:v1';
