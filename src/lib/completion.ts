/**
 * The completion page's logic: which chapters are left, and the reader's name for the
 * certificate, kept in localStorage like progress (versioned; corrupt values are repaired).
 */

/** The localStorage key of the name on the certificate; bump the version if the shape changes. */
export const NAME_KEY = 'lfe:name:v1';

/** The longest name the certificate takes. */
export const MAX_NAME_LENGTH = 80;

/**
 * Tidies a typed name: control characters out, runs of spaces made one, at most MAX_NAME_LENGTH
 * characters (counted as code points, so an emoji is not cut in half). Leading spaces go; a
 * trailing one stays so a name can be typed letter by letter.
 */
export function cleanName(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ');
  return [...flat.trimStart()].slice(0, MAX_NAME_LENGTH).join('');
}

/** The stored shape: `{ "version": 1, "name": "…" }`. */
export function serializeName(name: string): string {
  return JSON.stringify({ version: 1, name: cleanName(name).trim() });
}

/**
 * Reads the stored name. Anything that is not a version-1 record with a clean string name (bad
 * JSON, another shape, a name too long or with control characters) comes back repaired: the
 * cleaned name, or '' when there is none to save.
 */
export function parseStoredName(raw: string | null): { name: string; repaired: boolean } {
  if (raw === null) return { name: '', repaired: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { name: '', repaired: true };
  }
  const name =
    typeof data === 'object' && data !== null && (data as { version?: unknown }).version === 1
      ? (data as { name?: unknown }).name
      : undefined;
  if (typeof name !== 'string') return { name: '', repaired: true };
  const clean = cleanName(name).trim();
  return { name: clean, repaired: clean !== name };
}

/** Done and remaining chapters, in the order given (the tree's reading order). */
export function completionState(
  chapterIds: readonly string[],
  completed: Readonly<Record<string, number>>,
): { done: string[]; remaining: string[]; complete: boolean } {
  const done = chapterIds.filter((id) => Object.hasOwn(completed, id));
  const remaining = chapterIds.filter((id) => !Object.hasOwn(completed, id));
  return { done, remaining, complete: chapterIds.length > 0 && remaining.length === 0 };
}

/** A reading time in words: 45 → "45 minutes", 130 → "2 hours 10 minutes", 60 → "1 hour". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - 60 * h);
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (h === 0) return part(m, 'minute');
  return m === 0 ? part(h, 'hour') : `${part(h, 'hour')} ${part(m, 'minute')}`;
}
