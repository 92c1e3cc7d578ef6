import type { ReactNode } from 'react';

interface ToolButtonProps {
  readonly children: ReactNode;
  readonly onClick: () => void;
  /**
   * Said by aria-disabled rather than disabled, and the click ignored: a focused
   * button that became disabled would drop the focus.
   */
  readonly disabled?: boolean;
  /** aria-keyshortcuts: the key that does the same */
  readonly keys?: string;
  /** a switch's state (aria-pressed) */
  readonly pressed?: boolean;
  /** a disclosure's state (aria-expanded) */
  readonly expanded?: boolean;
  /** classes beside `tool` */
  readonly className?: string;
}

/** A toolbar button, as every bar of the app has them. */
export function ToolButton({
  children,
  onClick,
  disabled,
  keys,
  pressed,
  expanded,
  className,
}: ToolButtonProps) {
  return (
    <button
      type="button"
      className={className ? `tool ${className}` : 'tool'}
      aria-disabled={disabled}
      aria-keyshortcuts={keys}
      aria-pressed={pressed}
      aria-expanded={expanded}
      onClick={() => {
        if (!disabled) onClick();
      }}
    >
      {children}
    </button>
  );
}
