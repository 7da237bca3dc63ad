// A report's table on a narrow screen: it scrolls sideways inside its own box (never the page), with the first
// column — what the row is — sticky at the left edge, so each number stays next to its name. The box is a named,
// focusable region: a keyboard user scrolls it with the arrow keys.
import type { ReactNode } from 'react';
import './report-table.css';

export function ReportTableScroll({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <div className="veza-report-scroll" data-scrolls-inside role="region" aria-label={label} tabIndex={0}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
