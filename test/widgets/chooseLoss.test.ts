import { describe, expect, it } from 'vitest';
import { findLoss } from '~/compute';
import {
  CHOOSER_QUESTIONS,
  CHOOSER_RULES,
  chooseLoss,
  chooserTable,
  defaultAnswers,
  describeRule,
  type ChooserAnswers,
} from '~/widgets/LossChooser/choose';

const answers = (over: Partial<ChooserAnswers>): ChooserAnswers => ({
  ...defaultAnswers(),
  ...over,
});

describe('chooseLoss(answers)', () => {
  it.each([
    [{ task: 'regression', outliers: 'none' }, 'mse'],
    [{ task: 'regression', outliers: 'some' }, 'huber'],
    [{ task: 'regression', outliers: 'many' }, 'mae'],
    [{ task: 'binary' }, 'bce-with-logits'],
    [{ task: 'binary', output: 'probability' }, 'bce'],
    [{ task: 'binary', imbalance: 'moderate' }, 'bce-with-logits'],
    [{ task: 'binary', imbalance: 'severe', calibrated: 'no' }, 'focal'],
    [{ task: 'binary', imbalance: 'severe', calibrated: 'yes' }, 'bce-with-logits'],
    [{ task: 'binary', margins: 'yes', calibrated: 'no' }, 'hinge'],
    [{ task: 'binary', margins: 'yes', calibrated: 'yes' }, 'bce-with-logits'],
    [{ task: 'multiclass' }, 'cross-entropy'],
    [{ task: 'multiclass', imbalance: 'severe', output: 'probability' }, 'cross-entropy'],
  ] as const)('%o → %s', (over, loss) => {
    expect(chooseLoss(answers(over)).entry.id).toBe(loss);
  });

  it('recommends only registry losses, and every rule is reachable', () => {
    for (const r of CHOOSER_RULES) expect(findLoss(r.loss), r.id).toBeDefined();
    // Enumerate every combination of answers: each rule wins for at least one.
    const hit = new Set<string>();
    const walk = (i: number, acc: Record<string, string>) => {
      const q = CHOOSER_QUESTIONS[i];
      if (!q) {
        hit.add(chooseLoss(acc as ChooserAnswers).rule.id);
        return;
      }
      for (const o of q.options) walk(i + 1, { ...acc, [q.id]: o.value });
    };
    walk(0, {});
    expect([...hit].sort()).toEqual(CHOOSER_RULES.map((r) => r.id).sort());
  });

  it('ignores answers to questions not asked for the task (outliers for classification)', () => {
    expect(chooseLoss(answers({ task: 'binary', outliers: 'many' })).entry.id).toBe(
      'bce-with-logits',
    );
    expect(chooseLoss(answers({ task: 'regression', imbalance: 'severe' })).entry.id).toBe('mse');
  });

  it('chooserTable() gives one row per rule, with the condition in words, for the static table', () => {
    const rows = chooserTable();
    expect(rows).toHaveLength(CHOOSER_RULES.length);
    expect(rows[0]!.condition).toBe(describeRule(CHOOSER_RULES[0]!));
    expect(rows[0]!.condition).toMatch(/Task: Regression/);
    expect(rows.every((r) => r.reasons.length > 0 && r.loss.length > 0)).toBe(true);
  });
});
