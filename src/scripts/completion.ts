import {
  NAME_KEY,
  cleanName,
  completionState,
  parseStoredName,
  serializeName,
} from '~/lib/completion';

/** Reads the stored name, repairing a corrupt value in place. */
function loadName(): string {
  try {
    const { name, repaired } = parseStoredName(localStorage.getItem(NAME_KEY));
    if (repaired) {
      if (name) localStorage.setItem(NAME_KEY, serializeName(name));
      else localStorage.removeItem(NAME_KEY);
    }
    return name;
  } catch {
    return ''; // Storage blocked: the name lives in the box for this visit only.
  }
}

function saveName(name: string): void {
  try {
    if (cleanName(name).trim()) localStorage.setItem(NAME_KEY, serializeName(name));
    else localStorage.removeItem(NAME_KEY);
  } catch {
    /* not persisted */
  }
}

/**
 * The /complete/ page: with some chapters left, the count and the remaining chapters (in reading
 * order); with all of them complete, the certificate, the reader's name and today's date.
 *
 * Progress is read the way every page shows it: the site script (scripts/progress.ts) loads and
 * repairs the stored value, marks each `[data-progress-id]` element `data-complete`, and fires
 * `lfe:progress` on load and on every change; this page renders from those marks. (Importing
 * the progress module here instead would split it out of the site script on every page.)
 */
export function initCompletion(): void {
  const list = document.querySelector<HTMLElement>('[data-completion-list]');
  const doneView = document.querySelector<HTMLElement>('[data-completion-done-view]');
  if (!list || !doneView) return;
  const items = [...list.querySelectorAll<HTMLElement>('[data-completion-chapter]')];
  const ids = items.map((li) => li.dataset['completionChapter'] ?? '');
  const listTitle = list.querySelector<HTMLElement>('[data-completion-list-title]')!;
  const input = doneView.querySelector<HTMLInputElement>('input[name=name]')!;
  const nameOut = doneView.querySelector<HTMLElement>('[data-certificate-name]')!;
  const date = doneView.querySelector<HTMLTimeElement>('[data-certificate-date]')!;

  document.querySelector<HTMLElement>('[data-completion-nojs]')?.setAttribute('hidden', '');
  document.querySelector<HTMLElement>('[data-completion-summary]')?.removeAttribute('hidden');

  const render = () => {
    const marked = Object.fromEntries(
      ids.filter((_, i) => items[i]!.hasAttribute('data-complete')).map((id) => [id, 1]),
    );
    const { done, remaining, complete } = completionState(ids, marked);
    for (const el of document.querySelectorAll<HTMLElement>('[data-completion-done]')) {
      el.textContent = String(done.length);
    }
    items.forEach((li, i) => (li.hidden = !remaining.includes(ids[i]!)));
    listTitle.textContent =
      remaining.length === 1 ? 'One chapter to go' : `${remaining.length} chapters to go`;
    list.hidden = complete;
    doneView.hidden = !complete;
  };

  const name = loadName();
  input.value = name;
  nameOut.textContent = name;
  input.addEventListener('input', () => {
    nameOut.textContent = cleanName(input.value).trim();
    saveName(input.value);
  });
  // Enter in the box must not submit (and reload) the page.
  doneView.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
  doneView.querySelector('[data-print]')?.addEventListener('click', () => window.print());

  const today = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  date.dateTime = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  date.textContent = today.toLocaleDateString(undefined, { dateStyle: 'long' });

  render();
  document.addEventListener('lfe:progress', render);
  window.addEventListener('storage', (e) => {
    if (e.key === NAME_KEY) {
      const stored = loadName();
      if (document.activeElement !== input) input.value = stored;
      nameOut.textContent = stored;
    }
  });
}
