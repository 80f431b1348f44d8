/**
 * The loss chooser's decision table: the questions, the rules (first match wins) and `chooseLoss`,
 * a pure function of the answers. The chapter can render `CHOOSER_RULES` as a static table with
 * `describeRule`, so the table and the widget cannot disagree. Losses are registry ids; framework
 * calls come from the registry's `frameworks` fields.
 */

import { getLoss, type LossEntry } from '~/compute';

/** One answer to a question. */
export interface ChooserOption {
  readonly value: string;
  readonly label: string;
}

/** A question: its id (also the URL key), its label, its answers (the first is the default). */
export interface ChooserQuestion {
  readonly id: QuestionId;
  readonly label: string;
  readonly options: readonly ChooserOption[];
  /** Asked only for these tasks (every task when absent). */
  readonly tasks?: readonly Task[];
}

export type Task = 'regression' | 'binary' | 'multiclass';
export type QuestionId = 'task' | 'output' | 'outliers' | 'imbalance' | 'calibrated' | 'margins';

/** The answers, one value per question. */
export type ChooserAnswers = Readonly<Record<QuestionId, string>>;

/** The questions, in the order they are asked; `task` comes first (the main control). */
export const CHOOSER_QUESTIONS: readonly ChooserQuestion[] = [
  {
    id: 'task',
    label: 'Task',
    options: [
      { value: 'regression', label: 'Regression (predict a number)' },
      { value: 'binary', label: 'Binary classification' },
      { value: 'multiclass', label: 'Multiclass classification (one label of C)' },
    ],
  },
  {
    id: 'output',
    label: 'What the model outputs',
    options: [
      { value: 'raw', label: 'Raw scores (a number, or logits)' },
      { value: 'probability', label: 'Probabilities (after a sigmoid or softmax)' },
    ],
    tasks: ['binary', 'multiclass'],
  },
  {
    id: 'outliers',
    label: 'Outliers in the targets',
    options: [
      { value: 'none', label: 'None to speak of' },
      { value: 'some', label: 'A few' },
      { value: 'many', label: 'Many, or heavy-tailed noise' },
    ],
    tasks: ['regression'],
  },
  {
    id: 'imbalance',
    label: 'Class imbalance',
    options: [
      { value: 'none', label: 'Roughly balanced' },
      { value: 'moderate', label: 'Moderate (up to about 1:10)' },
      { value: 'severe', label: 'Severe (rare positives, e.g. detection)' },
    ],
    tasks: ['binary', 'multiclass'],
  },
  {
    id: 'calibrated',
    label: 'Need calibrated probabilities',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No, only the decision' },
    ],
    tasks: ['binary', 'multiclass'],
  },
  {
    id: 'margins',
    label: 'Care about margins',
    options: [
      { value: 'no', label: 'No' },
      { value: 'yes', label: 'Yes (a max-margin classifier)' },
    ],
    tasks: ['binary'],
  },
];

/** A rule: when every listed question has one of the listed answers, recommend `loss`. */
export interface ChooserRule {
  readonly id: string;
  readonly when: Partial<Readonly<Record<QuestionId, readonly string[]>>>;
  /** Registry id. */
  readonly loss: string;
  /** A setting to use with it, in words (e.g. pos_weight), or ''. */
  readonly setting: string;
  /** Why, in words. */
  readonly reasons: readonly string[];
}

/** The rules, first match wins; the last rule of each task matches any other answers. */
export const CHOOSER_RULES: readonly ChooserRule[] = [
  {
    id: 'reg-clean',
    when: { task: ['regression'], outliers: ['none'] },
    loss: 'mse',
    setting: '',
    reasons: [
      'With clean, roughly Gaussian noise the mean is what you want, and MSE estimates it.',
      'Smooth and convex, with a gradient that shrinks as the fit improves.',
    ],
  },
  {
    id: 'reg-some',
    when: { task: ['regression'], outliers: ['some'] },
    loss: 'huber',
    setting: 'δ near the size of a typical residual',
    reasons: [
      'Quadratic for small residuals (like MSE), linear beyond δ: an outlier’s pull is capped at δ.',
      'Still convex and differentiable, so it trains as easily as MSE.',
    ],
  },
  {
    id: 'reg-many',
    when: { task: ['regression'] },
    loss: 'mae',
    setting: '',
    reasons: [
      'Estimates the median, which many outliers cannot drag far.',
      'Every point pulls with the same strength; the price is a kink at 0 and slower final convergence.',
    ],
  },
  {
    id: 'bin-margin',
    when: { task: ['binary'], output: ['raw'], margins: ['yes'], calibrated: ['no'] },
    loss: 'hinge',
    setting: 'labels −1 and +1',
    reasons: [
      'Zero once a point is on the right side with margin 1, so it focuses on the hard points (the SVM loss).',
      'It gives no probabilities: pick logistic loss instead if you need them.',
    ],
  },
  {
    id: 'bin-prob',
    when: { task: ['binary'], output: ['probability'] },
    loss: 'bce',
    setting: 'better: remove the sigmoid and use BCE with logits',
    reasons: [
      'Binary cross-entropy on probabilities is the likelihood of the labels: calibrated.',
      'On probabilities the log is unstable near 0 and 1; the with-logits form is not.',
    ],
  },
  {
    id: 'bin-severe',
    when: { task: ['binary'], imbalance: ['severe'], calibrated: ['no'] },
    loss: 'focal',
    setting: 'γ = 2, α = 0.25 (torchvision’s defaults)',
    reasons: [
      'The (1 − p_t)^γ factor turns down the many easy negatives, so the rare positives drive training.',
      'It distorts probabilities: not for calibrated outputs.',
    ],
  },
  {
    id: 'bin-imbalanced',
    when: { task: ['binary'], imbalance: ['moderate', 'severe'] },
    loss: 'bce-with-logits',
    setting: 'pos_weight ≈ negatives ÷ positives',
    reasons: [
      'Weighting the positive term rebalances the classes while keeping a proper likelihood.',
      'From logits, it is numerically stable for any score.',
    ],
  },
  {
    id: 'bin-default',
    when: { task: ['binary'] },
    loss: 'bce-with-logits',
    setting: '',
    reasons: [
      'The likelihood of the labels under a sigmoid: calibrated probabilities, convex in the logit.',
      'The with-logits form is stable for any score.',
    ],
  },
  {
    id: 'multi',
    when: { task: ['multiclass'] },
    loss: 'cross-entropy',
    setting: '',
    reasons: [
      'Softmax cross-entropy is the likelihood of the labels: calibrated class probabilities.',
      'It applies log-softmax itself: feed it the logits, never softmax outputs.',
    ],
  },
];

/** The defaults: each question's first answer. */
export function defaultAnswers(): ChooserAnswers {
  return Object.fromEntries(CHOOSER_QUESTIONS.map((q) => [q.id, q.options[0]!.value])) as Record<
    QuestionId,
    string
  >;
}

/** Whether a question is asked for these answers' task. */
export function isAsked(question: ChooserQuestion, answers: ChooserAnswers): boolean {
  return question.tasks === undefined || question.tasks.includes(answers.task as Task);
}

/** Whether a rule matches the answers (questions not asked for the task are ignored). */
export function ruleMatches(rule: ChooserRule, answers: ChooserAnswers): boolean {
  return Object.entries(rule.when).every(([q, values]) =>
    values.includes(answers[q as QuestionId]),
  );
}

/** The recommendation: the first matching rule, its registry entry and extra notes in words. */
export interface Recommendation {
  readonly rule: ChooserRule;
  readonly entry: LossEntry;
  /** Caveats from answers the rule did not use (e.g. imbalance with multiclass). */
  readonly notes: readonly string[];
}

/** Applies the rules to the answers (a pure function of them). */
export function chooseLoss(answers: ChooserAnswers): Recommendation {
  const rule =
    CHOOSER_RULES.find((r) => ruleMatches(r, answers)) ??
    CHOOSER_RULES.find((r) => r.id === 'bin-default')!;
  const notes: string[] = [];
  if (answers.task === 'multiclass') {
    if (answers.output === 'probability')
      notes.push('Your model ends in a softmax: drop it and pass the logits to the loss.');
    if (answers.imbalance !== 'none')
      notes.push('For imbalance, pass per-class weights (weight=) or smooth the labels.');
  }
  if (
    answers.task === 'binary' &&
    answers.margins === 'yes' &&
    rule.loss !== 'hinge' &&
    answers.output === 'raw'
  ) {
    notes.push(
      'You care about margins but also need probabilities: the logistic loss keeps pushing margins up, smoothly.',
    );
  }
  return { rule, entry: getLoss(rule.loss), notes };
}

/** A rule's condition in words, for the chapter's static table. */
export function describeRule(rule: ChooserRule): string {
  const parts: string[] = [];
  for (const q of CHOOSER_QUESTIONS) {
    const values = rule.when[q.id];
    if (!values) continue;
    const labels = values.map((v) => q.options.find((o) => o.value === v)?.label ?? v);
    parts.push(`${q.label}: ${labels.join(' or ')}`);
  }
  return parts.join('; ');
}

/** The rules as rows for a static table: condition, loss name and id, setting, reasons. */
export function chooserTable(): {
  condition: string;
  loss: string;
  lossId: string;
  setting: string;
  reasons: readonly string[];
}[] {
  return CHOOSER_RULES.map((r) => ({
    condition: `${describeRule(r)}${r.id === 'reg-many' || r.id === 'bin-default' || r.id === 'multi' ? ' (otherwise)' : ''}`,
    loss: getLoss(r.loss).name,
    lossId: r.loss,
    setting: r.setting,
    reasons: r.reasons,
  }));
}
