import type { ReactNode } from 'react';

interface ToggleButtonsProps<T extends string> {
  /** Names the group for screen readers. */
  label: string;
  /** Shown before the buttons (`Sort by:`); screen readers have the group's label. */
  caption?: string;
  options: readonly T[];
  selected: T;
  text(option: T): string;
  onChoose(option: T): void;
  /** Shown after the buttons, such as a hint on the choice. */
  children?: ReactNode;
}

/** One of a few choices as a row of toggle buttons (order, layout, edition), the chosen one pressed. */
export function ToggleButtons<T extends string>({
  label,
  caption,
  options,
  selected,
  text,
  onChoose,
  children,
}: ToggleButtonsProps<T>) {
  const buttons = (
    <div role="group" aria-label={label} className="segmented">
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className="button button--toggle"
          aria-pressed={selected === option}
          onClick={() => onChoose(option)}
        >
          {text(option)}
        </button>
      ))}
    </div>
  );
  if (caption === undefined && children === undefined) return buttons;
  return (
    <div className="sort-bar">
      {caption !== undefined && (
        <span className="sort-bar__label" aria-hidden="true">
          {caption}:
        </span>
      )}
      {buttons}
      {children}
    </div>
  );
}
