import {
  PROGRESS_KEY,
  parseProgress,
  serializeProgress,
  setCompleted,
  type Progress,
} from '~/lib/progress';

function knownIds(): Set<string> {
  const el = document.querySelector<HTMLElement>('[data-chapter-ids]');
  return new Set((el?.dataset['chapterIds'] ?? '').split(' ').filter(Boolean));
}

/** Reads progress, repairing a corrupt or foreign stored value in place. */
export function loadProgress(): Progress {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(PROGRESS_KEY);
  } catch {
    // Storage can be blocked (privacy settings); progress then lives for this page only.
  }
  const ids = knownIds();
  const { progress, repaired } = parseProgress(raw, ids.size > 0 ? ids : undefined);
  if (repaired) saveProgress(progress);
  return progress;
}

function saveProgress(progress: Progress): void {
  try {
    localStorage.setItem(PROGRESS_KEY, serializeProgress(progress));
  } catch {
    // Quota or blocked storage: keep going without persistence.
  }
}

/** Marks every element carrying data-progress-id whose chapter is complete. */
export function applyProgress(progress: Progress): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress-id]')) {
    const done = Object.hasOwn(progress.completed, el.dataset['progressId'] ?? '');
    el.toggleAttribute('data-complete', done);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-complete-button]')) {
    const done = Object.hasOwn(progress.completed, button.dataset['completeButton'] ?? '');
    button.setAttribute('aria-pressed', String(done));
    const label = button.querySelector('.label');
    if (label) label.textContent = done ? 'Completed ✓' : 'Mark complete';
  }
  const count = Object.keys(progress.completed).length;
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress-count]')) {
    el.textContent = String(count);
  }
  // Page scripts that show progress their own way (the completion page) listen for this.
  document.dispatchEvent(new CustomEvent('lfe:progress'));
}

/** Wires the "Mark complete" buttons and reflects stored progress everywhere on the page. */
export function initProgress(): void {
  let progress = loadProgress();
  applyProgress(progress);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-complete-button]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const id = button.dataset['completeButton'] ?? '';
      const done = button.getAttribute('aria-pressed') !== 'true';
      progress = setCompleted(loadProgress(), id, done, Date.now());
      saveProgress(progress);
      applyProgress(progress);
    });
  }
  window.addEventListener('storage', (e) => {
    if (e.key === PROGRESS_KEY) applyProgress(loadProgress());
  });
}
