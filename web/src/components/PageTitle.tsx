import type { ReactNode } from 'react';

/** The heading of a page's main card: one h1 a page, so screen readers and journeys find the page by it. */
export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <h1 className="section-title" style={{ fontSize: 20 }}>
      {children}
    </h1>
  );
}
