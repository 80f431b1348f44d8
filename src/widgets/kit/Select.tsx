import type { ComponentChildren } from 'preact';

/** One choice of a `Select`. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/** A labelled group of choices (rendered as an <optgroup>). */
export interface SelectGroup {
  readonly label: string;
  readonly options: readonly SelectOption[];
}

/** Props of `Select`: give either `options` or `groups`. */
export interface SelectProps {
  readonly id: string;
  readonly label: ComponentChildren;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options?: readonly SelectOption[];
  readonly groups?: readonly SelectGroup[];
  readonly mainControl?: boolean;
}

/** A labelled native <select>. */
export function Select(props: SelectProps) {
  const { id, label, value, onChange } = props;
  const option = (o: SelectOption) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <div class="kit-select">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        {...(props.mainControl && { 'data-main-control': '' })}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {props.options?.map(option)}
        {props.groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map(option)}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
