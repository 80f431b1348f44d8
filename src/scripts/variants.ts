import type { PracticeProblem } from '~/compute/practice/types';
import { defaultTolerance } from '~/lib/answer';
import { materializeLazy } from './lazyDetails';
import { formatParam, parseVariantSeed, variantQueryKey, type ParamFormat } from '~/lib/variants';

// One lazily loaded chunk per problem: a page fetches only the solver (and the compute functions
// it calls) of a problem whose new numbers the reader asks for. Nothing of src/compute is
// imported statically, so a page that never asks pays only for this file.
const loaders = import.meta.glob<PracticeProblem>('../compute/practice/problems/*.ts', {
  import: 'problem',
});

function formatOf(el: HTMLElement): ParamFormat {
  const { digits, index } = el.dataset;
  return {
    ...(digits === undefined ? {} : { digits: Number(digits) }),
    ...(index === undefined ? {} : { index: Number(index) }),
    trim: el.hasAttribute('data-trim'),
    vector: el.hasAttribute('data-vector'),
  };
}

/** Shows variant `seed` of a problem: its numbers, its answer, a fresh answer box and closed hints. */
function applyVariant(root: HTMLElement, problem: PracticeProblem, seed: number): void {
  const { answer, values } = problem.variant(seed);
  for (const el of root.querySelectorAll<HTMLElement>('[data-param]')) {
    const value = values[el.dataset['param'] ?? ''];
    if (value !== undefined) el.textContent = formatParam(value, formatOf(el));
  }
  const form = root.querySelector<HTMLFormElement>('form.answer-check');
  if (form) {
    form.dataset['answer'] = String(answer);
    form.dataset['tolerance'] = String(problem.tolerance ?? defaultTolerance(answer));
    form.reset();
    const feedback = form.querySelector<HTMLElement>('[data-answer-feedback]');
    if (feedback) {
      feedback.className = 'qc-feedback';
      feedback.textContent = '';
    }
  }
  // New numbers, new attempt: hints and solution close, and hints unlock one at a time again.
  const hints = [...root.querySelectorAll<HTMLDetailsElement>(':scope > details.hint')];
  for (const d of root.querySelectorAll<HTMLDetailsElement>(':scope > details')) d.open = false;
  for (const hint of hints) delete hint.dataset['unlocked'];
  root.dataset['variant'] = String(seed);
}

/** Writes (or, for the printed numbers, removes) `?p-<id>=<seed>`, keeping the rest of the URL. */
function writeSeed(id: string, seed: number): void {
  const url = new URL(location.href);
  if (seed === 0) url.searchParams.delete(variantQueryKey(id));
  else url.searchParams.set(variantQueryKey(id), String(seed));
  history.replaceState(history.state, '', url);
}

/**
 * Wires "New numbers" on every parameterized problem of the page (chapters and the /practice/
 * hub): a click draws the next seeded variant, and `?p-<id>=<seed>` in the URL opens one. A seed
 * that is not a whole number leaves the printed numbers and says so.
 */
export function initVariants(): void {
  const query = new URLSearchParams(location.search);
  for (const root of document.querySelectorAll<HTMLElement>(
    '[data-problem][data-variants]:not([data-variants-ready])',
  )) {
    root.dataset['variantsReady'] = '';
    const id = root.dataset['problem'] ?? '';
    const load = loaders[`../compute/practice/problems/${id}.ts`];
    const bar = root.querySelector<HTMLElement>('[data-variant-bar]');
    if (!bar) continue;
    if (!load) {
      bar.hidden = true; // no variants registered for this problem: no button that cannot work
      continue;
    }
    const newButton = bar.querySelector<HTMLButtonElement>('[data-new-numbers]')!;
    const originalButton = bar.querySelector<HTMLButtonElement>('[data-original-numbers]')!;
    const status = bar.querySelector<HTMLElement>('[data-variant-status]')!;
    let seed = 0;
    let loaded: Promise<PracticeProblem> | undefined;
    const show = async (next: (problem: PracticeProblem) => number, fromLink = false) => {
      try {
        const problem = await (loaded ??= load());
        seed = next(problem);
        await materializeLazy(root); // on the hub: the numbers in hints and solutions change too
        applyVariant(root, problem, seed);
        originalButton.hidden = seed === 0;
        if (!fromLink) writeSeed(id, seed);
        status.textContent =
          seed === 0
            ? 'The original numbers are back.'
            : fromLink
              ? `These are the numbers of variant ${seed}, from the link.`
              : `New numbers: variant ${seed}. The page's address now links to it.`;
      } catch {
        loaded = undefined;
        status.textContent = 'New numbers could not be loaded; the problem still works as printed.';
      }
    };
    newButton.addEventListener('click', () => void show((p) => p.next(seed)));
    originalButton.addEventListener('click', () => void show(() => 0));

    const raw = query.get(variantQueryKey(id));
    if (raw === null) continue;
    const linked = parseVariantSeed(raw);
    if (linked === null) {
      status.textContent = `The link asked for variant “${raw.slice(0, 24)}”, which is not a variant number, so these are the original numbers.`;
    } else if (linked > 0) {
      void show(() => linked, true);
    }
  }
}
