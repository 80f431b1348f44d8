import { parseSearchParams, toSearchParams, type SearchFilters } from '~/lib/searchQuery';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    q: string | null,
    o: { filters?: SearchFilters },
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // The index exists only in a built site; the path is kept out of the bundler's sight on purpose.
  const path = '/pagefind/pagefind.js';
  pagefindPromise ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  });
  return pagefindPromise;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind excerpts are HTML with <mark> around matches; keep only text and <mark>. */
function excerptNode(html: string): HTMLParagraphElement {
  const p = el('p');
  const tmp = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  for (const node of tmp.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') p.append(el('mark', {}, [node.textContent ?? '']));
    else p.append(node.textContent ?? '');
  }
  return p;
}

function cleanUrl(url: string): string {
  return url.replace(/\.html(?=$|#)/, '').replace(/\/index(?=$|#)/, '/');
}

/**
 * Mounts the search UI inside `root` (the header dialog or the /search/ page). The markup is
 * server-rendered by SearchPanel.astro; this fills in filters and results.
 */
export async function mountSearch(root: HTMLElement, { syncUrl = false } = {}): Promise<void> {
  if (root.dataset['mounted']) return;
  root.dataset['mounted'] = 'true';
  const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const difficultyBox = root.querySelector<HTMLElement>('[data-filter="difficulty"]')!;
  const tagSelect = root.querySelector<HTMLSelectElement>('select[name=tag]')!;
  const form = root.querySelector<HTMLFormElement>('form')!;

  let pf: Pagefind;
  try {
    status.textContent = 'Loading the search index…';
    pf = await loadPagefind();
  } catch {
    status.textContent =
      'The search index is missing. It is built by `npm run build`; search works on the built site (`npm start`).';
    return;
  }

  const initial = syncUrl ? parseSearchParams(new URLSearchParams(location.search)) : undefined;
  if (initial?.query) input.value = initial.query;

  // The filters are server-rendered from the chapters; add any value the index has beyond them.
  const available = await pf.filters();
  const boxes = () => [...difficultyBox.querySelectorAll<HTMLInputElement>('input')];
  for (const level of Object.keys(available['difficulty'] ?? {}).sort()) {
    if (boxes().some((b) => b.value === level)) continue;
    const box = el('input', { type: 'checkbox', value: level });
    difficultyBox.append(el('label', {}, [box, `${level}★`]));
  }
  for (const tag of Object.keys(available['tag'] ?? {}).sort()) {
    if ([...tagSelect.options].some((o) => o.value === tag)) continue;
    tagSelect.append(el('option', { value: tag, textContent: tag }));
  }
  if (initial) {
    for (const box of boxes())
      box.checked = initial.filters['difficulty']?.includes(box.value) ?? false;
    const tag = initial.filters['tag']?.[0];
    if (tag && [...tagSelect.options].some((o) => o.value === tag)) tagSelect.value = tag;
  }

  const currentFilters = (): SearchFilters => {
    const filters: SearchFilters = {};
    const levels = [...difficultyBox.querySelectorAll<HTMLInputElement>('input:checked')].map(
      (b) => b.value,
    );
    if (levels.length) filters['difficulty'] = levels;
    if (tagSelect.value) filters['tag'] = [tagSelect.value];
    return filters;
  };

  let generation = 0;
  const run = async () => {
    const gen = ++generation;
    const query = input.value.trim();
    const filters = currentFilters();
    if (syncUrl) {
      const params = toSearchParams(query, filters).toString();
      history.replaceState(null, '', params ? `?${params}` : location.pathname);
    }
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = 'Type to search every chapter.';
      return;
    }
    const search = await pf.debouncedSearch(query || null, { filters }, 150);
    if (search === null || gen !== generation) return;
    const data = await Promise.all(search.results.slice(0, 12).map((r) => r.data()));
    if (gen !== generation) return;
    status.textContent =
      search.results.length === 0
        ? `No results for “${query}”. Try another word, or clear the filters.`
        : `${search.results.length} page${search.results.length === 1 ? '' : 's'} found.`;
    list.replaceChildren(
      ...data.map((d) => {
        const subs = d.sub_results.filter((s) => cleanUrl(s.url) !== cleanUrl(d.url)).slice(0, 3);
        return el('li', {}, [
          el('a', {
            className: 'result-title',
            href: cleanUrl(d.url),
            textContent: d.meta.title ?? d.url,
          }),
          excerptNode(d.excerpt),
          ...(subs.length
            ? [
                el(
                  'ul',
                  {},
                  subs.map((s) =>
                    el('li', {}, [
                      el('a', { href: cleanUrl(s.url), textContent: s.title }),
                      excerptNode(s.excerpt),
                    ]),
                  ),
                ),
              ]
            : []),
        ]);
      }),
    );
  };
  input.addEventListener('input', run);
  difficultyBox.addEventListener('change', run);
  tagSelect.addEventListener('change', run);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  status.textContent = 'Type to search every chapter.';
  if (input.value || Object.keys(currentFilters()).length) await run();
}
