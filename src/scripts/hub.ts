import { PRACTICE_KEY, parseStampedIds } from '~/lib/progress';

function readSolved(): Record<string, number> {
  try {
    const raw = localStorage.getItem(PRACTICE_KEY);
    const { ids, repaired } = parseStampedIds(raw, 'solved');
    if (repaired) localStorage.setItem(PRACTICE_KEY, JSON.stringify({ version: 1, solved: ids }));
    return ids;
  } catch {
    return {};
  }
}

/** Records a solved problem (called when a typed answer is checked right). */
export function markSolved(id: string): void {
  const solved = { ...readSolved(), [id]: Date.now() };
  try {
    localStorage.setItem(PRACTICE_KEY, JSON.stringify({ version: 1, solved }));
  } catch {
    /* not persisted */
  }
}

/** Filters the /practice/ hub by chapter, difficulty and solved state, and counts what is shown. */
export function initHubFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-hub-filters]');
  if (!form) return;
  const items = [...document.querySelectorAll<HTMLElement>('.gathered')];
  const count = form.querySelector<HTMLElement>('[data-hub-count]')!;
  const params = new URLSearchParams(location.search);
  const chapter = form.elements.namedItem('chapter') as HTMLSelectElement;
  const difficulty = form.elements.namedItem('difficulty') as HTMLSelectElement;
  const unsolved = form.elements.namedItem('unsolved') as HTMLInputElement;
  // Only accept values the selects offer; anything else in the URL is ignored.
  const accept = (select: HTMLSelectElement, value: string | null) => {
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  accept(chapter, params.get('chapter'));
  accept(difficulty, params.get('difficulty'));
  const apply = () => {
    const solved = readSolved();
    let shown = 0;
    for (const item of items) {
      const id = item.dataset['item'] ?? '';
      item.toggleAttribute('data-solved', Object.hasOwn(solved, id));
      const visible =
        (!chapter.value || item.dataset['chapter'] === chapter.value) &&
        (!difficulty.value || item.dataset['difficulty'] === difficulty.value) &&
        (!unsolved.checked || !Object.hasOwn(solved, id));
      item.hidden = !visible;
      if (visible) shown++;
    }
    for (const g of document.querySelectorAll<HTMLElement>('[data-chapter-group]')) {
      g.hidden = !g.querySelector('.gathered:not([hidden])');
    }
    const solvedCount = items.filter((i) => i.hasAttribute('data-solved')).length;
    count.textContent = `Showing ${shown} of ${items.length} ${items.length === 1 ? 'problem' : 'problems'} · ${solvedCount} solved`;
    // Other parameters (a problem's variant, ?p-<id>=<seed>) stay in the URL.
    const next = new URLSearchParams(location.search);
    for (const [key, value] of [
      ['chapter', chapter.value],
      ['difficulty', difficulty.value],
    ] as const) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  document.addEventListener('lfe:solved', apply);
  apply();
}
