/** Filters the search UI can apply: Pagefind filter name → selected values. */
export type SearchFilters = Record<string, string[]>;

/** Parses the /search/ page's URL parameters: q, and repeated difficulty and tag values. */
export function parseSearchParams(params: URLSearchParams): {
  query: string;
  filters: SearchFilters;
} {
  const query = (params.get('q') ?? '').slice(0, 200);
  const filters: SearchFilters = {};
  const difficulty = params.getAll('difficulty').filter((d) => /^[1-5]$/.test(d));
  const tag = params.getAll('tag').filter((t) => /^[a-z0-9-]{1,40}$/.test(t));
  if (difficulty.length) filters['difficulty'] = difficulty;
  if (tag.length) filters['tag'] = tag;
  return { query, filters };
}

/** The URL parameters for a query and filters (the inverse of parseSearchParams). */
export function toSearchParams(query: string, filters: SearchFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (query) p.set('q', query);
  for (const d of filters['difficulty'] ?? []) p.append('difficulty', d);
  for (const t of filters['tag'] ?? []) p.append('tag', t);
  return p;
}
