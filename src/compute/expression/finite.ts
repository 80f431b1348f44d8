/** A value checked for finiteness, with the words a widget can show instead of NaN or ∞. */
export type FiniteCheck =
  | { readonly finite: true; readonly value: number }
  | {
      readonly finite: false;
      readonly value: number;
      readonly kind: 'nan' | 'positive-infinity' | 'negative-infinity';
      readonly message: string;
    };

/** Tells whether a computed value is finite, and if not, what it is, without throwing. */
export function checkFinite(value: number): FiniteCheck {
  if (Number.isFinite(value)) return { finite: true, value };
  if (Number.isNaN(value)) {
    return { finite: false, value, kind: 'nan', message: 'undefined here (not a number)' };
  }
  return value > 0
    ? { finite: false, value, kind: 'positive-infinity', message: 'infinite here (+∞)' }
    : { finite: false, value, kind: 'negative-infinity', message: 'infinite here (−∞)' };
}
