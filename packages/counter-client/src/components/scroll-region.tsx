import type { ReactNode } from 'react';

/** Props of {@link ScrollRegion}. */
export interface ScrollRegionProps {
  /** What the region holds, for a screen reader (a table's name). */
  label?: string;
  /** The id of the heading that names it, instead of `label`. */
  labelledBy?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A wide table that scrolls sideways on a narrow screen. It takes focus, so that a keyboard can
 * scroll it with the arrow keys (WCAG 2.1.1), and is a named region a screen reader can find.
 */
export function ScrollRegion({ label, labelledBy, className, children }: ScrollRegionProps) {
  return (
    <div
      className={['table-scroll', className].filter(Boolean).join(' ')}
      role="region"
      aria-label={label}
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
