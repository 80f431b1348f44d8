import { checkAnswer } from '~/lib/answer';
import { markSolved } from './hub';

/** Gives each quick check immediate feedback: right or wrong, then the explanation. */
export function initQuickChecks(): void {
  for (const root of document.querySelectorAll<HTMLElement>(
    '[data-quick-check]:not([data-ready])',
  )) {
    root.dataset['ready'] = '';
    const answer = root.dataset['answer'];
    const feedback = root.querySelector<HTMLElement>('[data-qc-feedback]');
    const explanation = root.querySelector<HTMLDetailsElement>('[data-qc-explanation]');
    root.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      if (input.type !== 'radio') return;
      const right = input.value === answer;
      for (const label of root.querySelectorAll<HTMLElement>('.qc-option')) {
        const radio = label.querySelector('input')!;
        label.dataset['state'] = radio.checked ? (right ? 'right' : 'wrong') : '';
      }
      if (feedback) {
        feedback.className = `qc-feedback ${right ? 'right' : 'wrong'}`;
        feedback.textContent = right
          ? 'Correct. The explanation is below.'
          : 'Not quite. Try another option, or open the answer below.';
      }
      if (right && explanation) explanation.open = true;
    });
  }
}

/** Wires each practice problem's answer box: the typed value is checked against the computed one. */
export function initAnswerChecks(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>(
    'form.answer-check:not([data-ready])',
  )) {
    form.dataset['ready'] = '';
    const feedback = form.querySelector<HTMLElement>('[data-answer-feedback]')!;
    const input = form.querySelector<HTMLInputElement>('input[name=answer]')!;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      // Read at each check: "New numbers" replaces the answer and tolerance of a variant.
      const answer = Number(form.dataset['answer']);
      const tolerance = Number(form.dataset['tolerance']);
      const verdict = checkAnswer(input.value, answer, tolerance);
      const id = form.closest<HTMLElement>('[data-problem]')?.dataset['problem'];
      if (verdict === 'right' && id) {
        markSolved(id);
        document.dispatchEvent(new CustomEvent('lfe:solved', { detail: id }));
      }
      feedback.className = `qc-feedback ${verdict === 'right' ? 'right' : 'wrong'}`;
      feedback.textContent =
        verdict === 'right'
          ? 'Correct, within the stated tolerance.'
          : verdict === 'wrong'
            ? 'Not yet. Check your working, or open a hint.'
            : 'That is not a number this box can read. Try a form like 0.25, −1.5 or 3/4.';
    });
  }
}

/**
 * Hints are tiered: with JavaScript, hint n + 1 appears only once hint n has been opened, so a
 * reader takes the smallest nudge first. Without JavaScript every hint is there.
 */
export function initTieredHints(): void {
  for (const problem of document.querySelectorAll<HTMLElement>(
    '[data-problem]:not([data-hints-ready])',
  )) {
    problem.dataset['hintsReady'] = '';
    // global.css hides every hint after the first until it has data-unlocked (from the first
    // frame, so nothing shifts when this runs).
    const hints = [...problem.querySelectorAll<HTMLDetailsElement>(':scope > details.hint')];
    hints.forEach((hint, i) => {
      const next = hints[i + 1];
      if (!next) return;
      if (hint.open) next.dataset['unlocked'] = '';
      hint.addEventListener('toggle', () => {
        if (hint.open) next.dataset['unlocked'] = '';
      });
    });
  }
}
