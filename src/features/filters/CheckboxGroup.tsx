import { useId } from 'react';

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  label(value: T): string;
  /** A line under an option saying what it means. */
  description?(value: T): string;
  onToggle(value: T): void;
}

/** A fieldset of checkboxes, one per vocabulary id. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  label,
  description,
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
            aria-describedby={description ? `${id}-${value}-meaning` : undefined}
            onChange={() => onToggle(value)}
          />
          <label htmlFor={`${id}-${value}`}>{label(value)}</label>
          {description && (
            <span id={`${id}-${value}-meaning`} className="checkbox-row__meaning">
              {description(value)}
            </span>
          )}
        </div>
      ))}
    </fieldset>
  );
}
