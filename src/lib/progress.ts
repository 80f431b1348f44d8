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
 * Parses a stored string. Returns the progress and whether the stored value had to be repaired
 * (so the caller can write the clean value back). Only ids in `knownIds` (when given) survive.
 */
export function parseProgress(
  raw: string | null,
  knownIds?: ReadonlySet<string>,
): { progress: Progress; repaired: boolean } {
  if (raw === null) return { progress: emptyProgress(), repaired: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), repaired: true };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { version?: unknown }).version !== 1 ||
    typeof (data as { completed?: unknown }).completed !== 'object' ||
    (data as { completed?: unknown }).completed === null ||
    Array.isArray((data as { completed?: unknown }).completed)
  ) {
    return { progress: emptyProgress(), repaired: true };
  }
  const completed: Record<string, number> = {};
  let repaired = false;
  for (const [id, t] of Object.entries(
    (data as { completed: Record<string, unknown> }).completed,
  )) {
    const validId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && (!knownIds || knownIds.has(id));
    if (validId && typeof t === 'number' && Number.isFinite(t)) completed[id] = t;
    else repaired = true;
  }
  return { progress: { version: 1, completed }, repaired };
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
