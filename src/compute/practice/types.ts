/** A number a problem shows: one value, or a list (a batch of predictions, a vector of logits). */
export type PracticeValue = number | readonly number[];

/** What one variant of a problem shows and checks. */
export interface PracticeSolution {
  /** The value the answer box accepts (within the problem's tolerance). */
  readonly answer: number;
  /**
   * Every number the statement, hints and solution print, by name: the parameters themselves
   * and each intermediate result, all computed by the compute functions the chapter teaches.
   */
  readonly values: Readonly<Record<string, PracticeValue>>;
}

/** How a parameterized problem is written: its printed numbers, how to draw others, how to solve. */
export interface PracticeSpec<P> {
  /** The problem's id, the same as its chapter's `<Problem id>`. */
  readonly id: string;
  /** The numbers the chapter prints (variant 0, what a reader without JavaScript sees). */
  readonly base: P;
  /** Draws a new set of parameters, in ranges where the problem's prose stays true. */
  draw(random: () => number): P;
  /** Solves the problem for these parameters. */
  solve(params: P): PracticeSolution;
  /** Accepted absolute error of the answer; without it the answer box's default applies. */
  readonly tolerance?: number;
}

/** A parameterized problem of the registry: its spec and the solution of any variant. */
export interface PracticeProblem<P = unknown> extends PracticeSpec<P> {
  /** Variant `seed`'s parameters: 0 is `base`, any other seed a reproducible draw. */
  params(seed: number): P;
  /** Variant `seed`'s solution. */
  variant(seed: number): PracticeSolution;
  /** The seed "New numbers" moves to from `seed` (see `nextVariantSeed`). */
  next(seed: number): number;
}
