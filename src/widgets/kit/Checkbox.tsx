import type { ComponentChildren } from 'preact';

/** Props of `Checkbox`. */
export interface CheckboxProps {
  readonly id: string;
  readonly label: ComponentChildren;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** A native checkbox inside its label (the whole label is the touch target). */
export function Checkbox({ id, label, checked, onChange }: CheckboxProps) {
  return (
    <label class="kit-checkbox">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
