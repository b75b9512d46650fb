import { useId } from 'react';

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  label(value: T): string;
  onToggle(value: T): void;
}

/** A fieldset of checkboxes, one per vocabulary id. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  label,
  onToggle,
}: CheckboxGroupProps<T>) {
  const id = useId();
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.map((value) => (
        <div key={value} className="checkbox-row">
          <input
            type="checkbox"
            id={`${id}-${value}`}
            checked={selected.includes(value)}
            onChange={() => onToggle(value)}
          />
          <label htmlFor={`${id}-${value}`}>{label(value)}</label>
        </div>
      ))}
    </fieldset>
  );
}
