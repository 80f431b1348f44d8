/** Bounds on a formula, so that no input can take long to parse or evaluate. */
export const EXPRESSION_LIMITS = {
  /** Characters in the source. */
  maxLength: 500,
  /** Nested parentheses, calls, signs and exponents. */
  maxDepth: 32,
  /** Nodes of the syntax tree. */
  maxNodes: 300,
} as const;
