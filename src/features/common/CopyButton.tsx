import { useCopy } from './useCopy';

interface CopyButtonProps {
  /** The text, or a function reading it when the button is pressed (for values that change). */
  text: string | (() => string);
  label: string;
  copiedLabel: string;
  failedLabel: string;
  /** Accessible name when it should say more than the visible label. */
  ariaLabel?: string;
  className?: string;
}

/** A button that copies `text`, with a visible (and announced) confirmation next to it. */
export function CopyButton({ text, label, copiedLabel, failedLabel, ariaLabel, className }: CopyButtonProps) {
  const { state, copy } = useCopy();
  return (
    <span className={`copy ${className ?? ''}`}>
      <button
        type="button"
        className="button"
        aria-label={ariaLabel}
        onClick={() => void copy(typeof text === 'string' ? text : text())}
      >
        {label}
      </button>
      <span role="status" className={`copy__status copy__status--${state}`}>
        {state === 'copied' ? `✓ ${copiedLabel}` : state === 'failed' ? failedLabel : ''}
      </span>
    </span>
  );
}
